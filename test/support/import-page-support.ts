// A small notice of our own wording for the operator page's tests (株洲 is a real city,
// the notice is made up): one settlement stop with a stated resumption, one enrolment
// stop whose year is left out (the draft fills it in and flags it), and a hotline.
export const PAGE_NOTICE = `# 株洲市医疗保障局关于医保信息系统升级暂停服务的通知

因医保信息系统升级，现将有关事项通知如下：

一、2023年4月7日20:00起，暂停全市定点医药机构医保联网结算（刷医保卡）业务，预计2023年4月10日8:00起恢复。

二、暂停期间，参保人员就医购药的费用由个人先行垫付，系统恢复后持票据到就诊机构办理补录结算。

三、4月6日17:00起，暂停医保参保登记业务，恢复时间另行通知。

咨询电话：0731-5551234（市医保中心）

株洲市医疗保障局
2023年3月30日
`;

export const PAGE_NOTICE_ID = 'zhuzhou-2023-04';
/** during the settlement stop, and after it */
export const DURING = '2023-04-08T10:00';
export const AFTER = '2023-04-12T10:00';
export const SETTLEMENT_QUESTION = '株洲现在还能刷医保卡吗';
