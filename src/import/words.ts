// The importer's own vocabulary: how notices say "stops", "resumes", "until further notice",
// which headings hold guidance, and which words tell a business's domain. Grammar that uses
// them is in the modules beside this one; the kinds of business are the shared _domain/.

/** verbs that stop a business, longest first; the object follows them */
export const STOP_VERBS = ['暂停办理', '暂停受理', '停止办理', '停止受理', '暂停服务', '暂停', '停止', '停办', '关闭'];
/** what cannot be done, a stop said from the citizen's side ("都刷不了医保卡", "办不了备案"): the verb and what it does */
export const CANNOT = /(都|也|均|全|全部|暂时|暂)*(刷不了|办不了|用不了|交不了|缴不了|不能办理|无法办理|不能使用|无法使用|不能缴费|无法缴费)/;
/** the business a cannot-verb names with what follows it: 刷卡 is settlement, 交 is paying */
export const CANNOT_DOES: Record<string, string> = { 刷不了: '结算', 交不了: '缴费', 缴不了: '缴费', 不能缴费: '缴费', 无法缴费: '缴费' };
/** words before a stop verb that deny it: "缴费渠道不会暂停" stops nothing */
export const DENIED = /(不|未|无需|不必|不再|并未|并不|没有)(会|将|得|需|予|用)?$/;
/** a range stated as a period ("集中缴费期为…至…", "缴费期：…至…"): when something may be done, never a stop */
export const PERIOD = /(期|期间|期限|时段)(为|是|定为)?[：:]?(自|从)?\s*$/;
/** a stop with no time of its own, attached to the stop before it ("…查询功能也一并暂停") */
export const ATTACHED_STOP = /(同步|同时|一并|一同|随之|亦|也)(将|会)?(同步|同时|一并)?(暂停|停止|停办|关闭)/;
/** a list that goes on beyond its named items: "A、B等业务", "A等" */
export const ET_CETERA = /等(.{0,6}(业务|事项|服务))?$/;
/** what a stop verb is not followed by when it stops nothing (暂停期间, 暂停的业务, 暂停服务时间) */
// "其他业务陆续暂停：19日起，…": a lead to the stops that follow, its colon before a date
export const NOT_A_STOP_AFTER = /^(的|期间|服务期间|服务时间|时间|前|之前|以前|后|范围|业务时间|结算业务时间|[：:]\s*(\d{4}年)?(\d{1,2}月)?\d{1,2}日)/;
export const RESUME_VERB = /(逐步恢复办理|逐步恢复|恢复办理|恢复受理|恢复)/;
/** a resumption that is no resumption: 恢复前 (until it resumes), 恢复办理后三个月内, 恢复初期可能排队 (a tip) */
export const NOT_A_RESUME = /恢复(办理|受理|运行|正常|使用)?(前|之前|以前|后|以后|初期|之初|期间|阶段)/;
/** what a resumption of no kind of business must name to resume anything ("恢复各项医保业务"), unlike a tip's words */
export const RESUMES_SOMETHING = /业务|事项|服务|经办|结算|功能|渠道|医保|社保|征收|缴费|报销|备案|登记/;
/** "上述业务…恢复", "两类结算均于…恢复", "这两项": a resumption object that points back to what the sentence before stopped */
export const POINTS_BACK =
  /^(?:(上述|以上|前述|上列|这些|该等?)(各项|所列|几项|几类|两项|三项)?(业务|事项|服务)?|(?:上述|以上|前述|这)?[两二三四五六几]\s*(?:类|项|种|大类)[\u4e00-\u9fa5]{0,6})$/;
export const GRADUAL = /逐步|陆续|视.{0,10}情况/;
export const TBD = /另行(通知|公告|公布)|待定|等候?通知/;
/** a resumption object that covers a whole domain */
export const BLANKET = /^(其他|其它|其余|各项|所有|全部|各类|相关|其他各项|上述|以上)/;
/** working normally again, a resumption when a starting moment comes before it */
export const AGAIN = /(可|可以|能|能够)?正常(办理|受理|使用|结算)/;
/** what may follow a resume verb without naming anything: "恢复正常办理" */
export const RESUME_HOW = /^(正常|全面|同步|线上|线下)*(办理|受理|服务|运行|使用|办公)?[。；]?$/;
/** a stop label with its date, as in "暂停业务办理时间：2021年10月22日18时" */
/** (not "暂停业务恢复时间：", which resumes) */
export const STOP_LABEL = /暂停(?:(?!恢复|上线).){0,10}时间[:：]|停机时间[:：]|停办时间[:：]/;
export const RESUME_LABEL = /恢复.{0,10}时间[:：]|上线时间[:：]/;
/** words a business name does not begin with (an answer's 答： too) */
export const NAME_NOISE = /^((答|问|A|Q)[：:]\s*|\d{4}年度|全市|全省|全区|全县|我市|本市|各级|各类|各(?!项)|所有|其他|其它|相关|现行|办理|受理)+/;
/** an item that ends in a business word of its own borrows no head from the list ("待遇认定和异地就医备案") */
export const OWN_HEAD = /(认定|登记|申报|备案|结算|报销|审核|审批|核定|鉴定|办理|业务|服务|缴费|转移|变更|查询|发放)$/;
/** an object that is a system, not a business (暂停现行医保待遇系统) */
export const A_SYSTEM = /(系统|平台)$/;
/** guidance sections: their paragraphs become procedures */
export const GUIDANCE_HEADING = /指南|注意|期间|怎么办|如何|处理|办理|停机前|上线后|恢复后|提醒|须知|温馨|安排|工作/;
/** what a citizen does while a settlement is stopped, or once it is back: such guidance is a step of the businesses it names */
export const STEP_DO = /垫付|现金|补录|补办|补结算|手工报销|报销|暂缓结算|顺延|押金|备药|起付线|长期处方|长处方|清零/;
/**
 * what a guidance paragraph is about, in the words notices use for it: each one found becomes a
 * question of its procedure, so that a question naming it (起付线要交两次吗) finds the paragraph
 */
export const GUIDE_TOPICS = [
  '在途业务',
  '清零',
  '起付线',
  '一次住院结算',
  '合并结算',
  '长期处方',
  '长处方',
  '处方',
  '开药量',
  '备药',
  '申报期限',
  '办理时限',
  '期限顺延',
  '时限顺延',
  '顺延',
  '补录结算',
  '费用补录',
  '补录',
  '补结算',
  '补办',
  '补缴',
  '先行垫付',
  '垫付',
  '押金',
  '手工报销',
  '零星报销',
  '追溯报销',
  '出院结算',
  '入院登记',
];
/** the part of STEP_DO that is done after the resumption */
export const AFTER_DO = /恢复后|上线后|补录|补办|补结算|手工报销|事后/;
/** words naming any place of care, which tell no setting apart (医院 is both 门诊 and 住院) */
export const ANY_PLACE = /定点医药机构|定点医疗机构|医疗机构|医药机构|医院/g;
export const NOT_GUIDANCE_HEADING = /时间$|范围/;
export const UNAFFECTED = /不受影响|正常办理|照常办理|照常发放|正常发放|可正常|照常(运行|进行|开展)|正常进行|(不会|不|无需)(暂停|停止|停办)/;
/** who signs notices */
export const ISSUER = /(局|中心|厅|委员会|政府|办公室|办公厅|部|署)$/;

/** A business's domain, from its words (the first that fits). */
export const DOMAINS: { domain: string; words: RegExp }[] = [
  { domain: '征收', words: /征收|征缴|税务|代征|代扣|银行代|缴费|缴纳|交费/ },
  { domain: '工伤', words: /工伤/ },
  { domain: '社保', words: /社会保险|社保|养老|失业|企业职工|退休|社会保障卡/ },
  { domain: '医保', words: /./ },
];

/** which insurance a text is about, to keep 医疗保险征收 apart from 社会保险征收 */
export const FAMILIES: { family: string; words: RegExp }[] = [
  { family: '医疗', words: /医保|医疗保险|医疗保障|生育|医疗机构|药店|门诊|住院/ },
  { family: '工伤', words: /工伤/ },
  { family: '社会', words: /社会保险|社保|养老|失业/ },
];

/** ids of businesses, by their first `what` facet value */
export const ID_WORDS: Record<string, string> = {
  参保登记: 'enrolment',
  核定: 'assessment',
  缴费: 'payment',
  结算: 'settlement',
  待遇申报: 'claims',
  待遇发放: 'benefit-payment',
  关系转移: 'transfer',
  查询: 'query',
};
export const ID_SETTING: Record<string, string> = { 门诊: 'outpatient', 特门特药: 'special-drugs', 住院: 'inpatient', 药店: 'pharmacy' };
