// A fifth independent question set, written by a helper who saw only the two seed notices
// and the shared sample's format (never the bot's code, knowledge or the other sets);
// weighted toward time-awareness. Its first run scored 97/100. `at` is the
// moment of asking (Asia/Shanghai); the expected state is the one at the moment the
// question refers to (named date/time if any, else `at`).
import { dt, tm, R, type Case } from './lib.ts';

// any of several patterns
const or = (...rs: RegExp[]) => new RegExp(rs.map((r) => r.source).join('|'));

// Wuhan: collection (税务/代征银行) stops 2021-12-14 24:00 (= 12-15 0:00)
const W_MID = or(dt(12, 14, 24), tm(24), tm(0), /零点|午夜/);
const GRADUAL = /逐步恢复|视实际情况/;
const LATER = /另行通知/;
// no invented January resumption date (the notice names none)
const NO_JAN_DATE = /(?<!\d)1月\d{1,2}[日号](?:起|开始)?(?:全面|正式)?恢复/;
const NOT_YET = or(R.stopped, R.notResumed);
const BACK = or(R.works, R.resumed);

const W0 = '2021-12-12T10:00:00+08:00';
const C0 = '2021-10-20T10:00:00+08:00';

export const cases: Case[] = [
  // ───────────── time (45) ─────────────
  // Wuhan: residents' enrolment stops 12-14 17:30
  { id: 'JT01', cat: 'time', at: '2021-12-14T10:00:00+08:00', q: '武汉今天还能去社区给家里老人办城乡居民医保登记吗', must: [R.works, tm(17, 30)] },
  { id: 'JT02', cat: 'time', at: '2021-12-14T19:00:00+08:00', q: '武汉这会儿还能给孩子办居民医保参保吗', must: [R.stopped, tm(17, 30)] },
  { id: 'JT03', cat: 'time', at: '2021-12-13T15:00:00+08:00', q: '武汉后天还能办大学生医保参保登记吗', must: [R.stopped, dt(12, 14, 17, 30)] },
  // Wuhan: premium collection stops 12-14 24:00
  { id: 'JT04', cat: 'time', at: '2021-12-14T20:00:00+08:00', q: '武汉今晚在网上还能交明年的居民医保吗', must: [R.works, W_MID] },
  { id: 'JT05', cat: 'time', at: '2021-12-15T09:00:00+08:00', q: '我是武汉灵活就业人员，今天还能交社保吗', must: [R.stopped, W_MID] },
  { id: 'JT06', cat: 'time', at: '2021-12-13T15:00:00+08:00', q: '武汉明天下午6点以后还能去银行交医保吗', must: [R.works, W_MID] },
  { id: 'JT07', cat: 'time', at: W0, q: '武汉下周还能交医保费吗', must: [R.works, dt(12, 14, 24)] },
  // Wuhan: employees' enrolment & other enterprise social-insurance business stop 12-15 17:30
  { id: 'JT08', cat: 'time', at: '2021-12-15T10:00:00+08:00', q: '武汉公司今天还能给新员工办职工医保参保吗', must: [R.works, tm(17, 30)] },
  { id: 'JT09', cat: 'time', at: '2021-12-16T10:00:00+08:00', q: '武汉现在还能办职工医保信息变更吗', must: [R.stopped, dt(12, 15, 17, 30)] },
  { id: 'JT10', cat: 'time', at: W0, q: '武汉这个月还能给员工办职工医保参保登记吗', must: [R.works, dt(12, 15, 17, 30)] },
  { id: 'JT11', cat: 'time', at: '2021-12-16T10:00:00+08:00', q: '武汉现在能去申领失业保险金吗', must: [R.stopped, dt(12, 15, 17, 30)] },
  // Wuhan: real-time settlement stops 12-22 18:00, resumes 12-31 23:00
  { id: 'JT12', cat: 'time', at: '2021-12-20T10:00:00+08:00', q: '武汉现在去医院看病还能用医保卡结算吗', must: [R.works, dt(12, 22, 18)] },
  { id: 'JT13', cat: 'time', at: '2021-12-22T17:30:00+08:00', q: '我人在武汉的药店，现在还能刷医保吗', must: [R.works, tm(18)] },
  { id: 'JT14', cat: 'time', at: '2021-12-22T18:30:00+08:00', q: '武汉现在去药店买药还能刷医保卡吗', must: [R.stopped, dt(12, 31, 23)] },
  { id: 'JT15', cat: 'time', at: '2021-12-22T12:00:00+08:00', q: '武汉今天晚上8点以后去医院，医保还能用吗', must: [R.stopped, tm(18)] },
  { id: 'JT16', cat: 'time', at: '2021-12-23T09:00:00+08:00', q: '武汉昨天下午3点在药店还能刷医保吗', must: [R.works, tm(18)] },
  { id: 'JT17', cat: 'time', at: '2021-12-23T09:00:00+08:00', q: '武汉昨天晚上9点去急诊，医保怎么刷不了', must: [R.stopped, tm(18)] },
  { id: 'JT18', cat: 'time', at: '2021-12-24T10:00:00+08:00', q: '武汉前天晚上7点多在药店刷医保失败，是停机了吗', must: [R.stopped, tm(18)] },
  { id: 'JT19', cat: 'time', at: '2021-12-25T10:00:00+08:00', q: '武汉今天看门诊能用医保吗', must: [R.stopped, dt(12, 31, 23)] },
  { id: 'JT20', cat: 'time', at: W0, q: '武汉二十五日住院能用医保结算吗', must: [R.stopped, dt(12, 31, 23)] },
  { id: 'JT21', cat: 'time', at: '2021-12-21T10:00:00+08:00', q: '武汉我家人明天出院，还能直接用医保结算吗', must: [tm(17)] },
  { id: 'JT22', cat: 'time', at: '2021-12-28T15:00:00+08:00', q: '武汉这周还能刷医保卡买药吗', must: [R.stopped, dt(12, 31, 23)] },
  { id: 'JT23', cat: 'time', at: W0, q: '武汉12月31号那天能刷医保买药吗', must: [R.stopped, or(dt(12, 31, 23), tm(23))] },
  { id: 'JT24', cat: 'time', at: '2021-12-31T20:00:00+08:00', q: '武汉现在能刷医保卡了吗', must: [NOT_YET, tm(23)] },
  {
    id: 'JT25',
    cat: 'time',
    at: '2021-12-31T23:30:00+08:00',
    q: '武汉医院现在可以医保结算了吗',
    must: [R.resumed, or(dt(12, 31, 23), tm(23))],
    not: [R.notResumed],
  },
  { id: 'JT26', cat: 'time', at: '2022-01-04T10:00:00+08:00', q: '武汉现在去药店能刷医保卡了吗', must: [R.resumed, dt(12, 31, 23)], not: [R.notResumed] },
  { id: 'JT27', cat: 'time', at: W0, q: '武汉下个月看病能正常刷医保吗', must: [/恢复/, dt(12, 31, 23)] },
  // Wuhan: businesses with no resumption date
  { id: 'JT28', cat: 'time', at: '2022-01-04T10:00:00+08:00', q: '武汉现在能办居民医保参保登记了吗', must: [GRADUAL], not: [NO_JAN_DATE] },
  { id: 'JT29', cat: 'time', at: '2022-01-05T10:00:00+08:00', q: '武汉现在能交2022年的居民医保了吗', must: [LATER], not: [NO_JAN_DATE] },
  { id: 'JT30', cat: 'time', at: '2021-12-27T10:00:00+08:00', q: '武汉现在能申报门诊慢性病资格吗', must: [R.stopped, /追溯|逐步恢复|上线后/] },
  { id: 'JT31', cat: 'time', at: '2021-12-23T10:00:00+08:00', q: '武汉工伤住院现在能在医院直接结算吗', must: [R.stopped, dt(12, 31, 23)] },
  { id: 'JT32', cat: 'time', at: '2022-01-03T10:00:00+08:00', q: '武汉工伤协议医院现在能联网结算了吗', must: [/逐步恢复/] },
  // Changsha: enrolment/change stops 10-22 18:00, resumes 11-22 8:00
  { id: 'JT33', cat: 'time', at: '2021-10-22T10:00:00+08:00', q: '长沙今天还能办医保参保登记吗', must: [R.works, tm(18)] },
  { id: 'JT34', cat: 'time', at: '2021-10-22T19:00:00+08:00', q: '长沙现在还能办医保关系转移吗', must: [R.stopped, dt(11, 22, 8)] },
  { id: 'JT35', cat: 'time', at: C0, q: '长沙这周五还能去办医保补缴吗', must: [R.works, or(dt(10, 22, 18), tm(18))] },
  { id: 'JT36', cat: 'time', at: C0, q: '长沙下周能办医保个人账户一次性支取吗', must: [R.stopped, dt(11, 22, 8)] },
  { id: 'JT37', cat: 'time', at: '2021-11-15T10:00:00+08:00', q: '长沙医保都能刷了，现在可以办参保登记了吧', must: [NOT_YET, dt(11, 22, 8)] },
  { id: 'JT38', cat: 'time', at: '2021-11-22T09:00:00+08:00', q: '长沙今天能办灵活就业医保参保了吗', must: [BACK, tm(8)] },
  // Changsha: settlement stops 10-31 18:00, resumes 11-12 8:00
  { id: 'JT39', cat: 'time', at: '2021-10-31T15:00:00+08:00', q: '长沙今天还能用医保结算吗', must: [R.works, tm(18)] },
  { id: 'JT40', cat: 'time', at: '2021-11-01T09:00:00+08:00', q: '长沙昨天晚上7点在医院结账，医保怎么用不了', must: [R.stopped, tm(18)] },
  { id: 'JT41', cat: 'time', at: '2021-11-05T10:00:00+08:00', q: '长沙现在看特门能走医保报销吗', must: [R.stopped, dt(11, 12, 8), /垫付/] },
  { id: 'JT42', cat: 'time', at: '2021-11-12T07:00:00+08:00', q: '长沙现在去药店能刷医保了吗', must: [NOT_YET, tm(8)] },
  { id: 'JT43', cat: 'time', at: '2021-11-12T10:00:00+08:00', q: '长沙现在去医院看病能刷医保卡了吗', must: [R.resumed], not: [R.notResumed] },
  { id: 'JT44', cat: 'time', at: '2021-11-13T10:00:00+08:00', q: '长沙昨天能刷医保吗', must: [/恢复/, tm(8)] },
  { id: 'JT45', cat: 'time', at: C0, q: '长沙下个月看病能用医保吗', must: [R.stopped, dt(11, 12, 8)] },

  // ───────────── context (15): later turns change only the date/time ─────────────
  { id: 'JC01a', cat: 'context', session: 'j5-1', at: '2021-12-20T10:00:00+08:00', q: '武汉现在去药店能刷医保卡吗', must: [R.works, dt(12, 22, 18)] },
  { id: 'JC01b', cat: 'context', session: 'j5-1', at: '2021-12-20T10:01:00+08:00', q: '那后天呢', must: [R.works, tm(18)] },
  { id: 'JC01c', cat: 'context', session: 'j5-1', at: '2021-12-20T10:02:00+08:00', q: '下周一呢', must: [R.stopped, dt(12, 31, 23)] },
  { id: 'JC02a', cat: 'context', session: 'j5-2', at: '2021-10-22T15:00:00+08:00', q: '长沙现在还能办医保参保登记吗', must: [R.works, tm(18)] },
  { id: 'JC02b', cat: 'context', session: 'j5-2', at: '2021-10-22T15:01:00+08:00', q: '晚上8点以后呢', must: [R.stopped, dt(11, 22, 8)] },
  { id: 'JC02c', cat: 'context', session: 'j5-2', at: '2021-10-22T15:02:00+08:00', q: '那月底呢', must: [R.stopped, dt(11, 22, 8)] },
  { id: 'JC03a', cat: 'context', session: 'j5-3', at: '2021-12-13T10:00:00+08:00', q: '武汉现在还能交居民医保吗', must: [R.works, dt(12, 14, 24)] },
  { id: 'JC03b', cat: 'context', session: 'j5-3', at: '2021-12-13T10:01:00+08:00', q: '那明天呢', must: [R.works, W_MID] },
  { id: 'JC03c', cat: 'context', session: 'j5-3', at: '2021-12-13T10:02:00+08:00', q: '后天呢', must: [R.stopped, LATER] },
  { id: 'JC04a', cat: 'context', session: 'j5-4', at: '2021-11-08T10:00:00+08:00', q: '长沙现在办住院能直接用医保吗', must: [R.stopped, dt(11, 12, 8)] },
  { id: 'JC04b', cat: 'context', session: 'j5-4', at: '2021-11-08T10:01:00+08:00', q: '那下周一呢', must: [BACK, dt(11, 12, 8)] },
  { id: 'JC05a', cat: 'context', session: 'j5-5', at: '2021-12-29T10:00:00+08:00', q: '武汉现在看门诊能用医保吗', must: [R.stopped, dt(12, 31, 23)] },
  { id: 'JC05b', cat: 'context', session: 'j5-5', at: '2021-12-29T10:01:00+08:00', q: '那1月3号呢', must: [BACK, dt(12, 31, 23)] },
  { id: 'JC06a', cat: 'context', session: 'j5-6', at: '2021-10-29T10:00:00+08:00', q: '长沙现在买药还能刷医保吗', must: [R.works, dt(10, 31, 18)] },
  { id: 'JC06b', cat: 'context', session: 'j5-6', at: '2021-10-29T10:01:00+08:00', q: '这周日晚上8点呢', must: [R.stopped, dt(11, 12, 8)] },

  // ───────────── schedule (15) ─────────────
  { id: 'JS01', cat: 'schedule', at: W0, q: '武汉交职工医保最晚到什么时候', must: [dt(12, 14, 24)] },
  { id: 'JS02', cat: 'schedule', at: W0, q: '武汉工伤医院结算哪天开始停', must: [dt(12, 22, 18)] },
  { id: 'JS03', cat: 'schedule', at: W0, q: '武汉工伤联网结算什么时候恢复', must: [dt(12, 31, 23), /逐步/] },
  { id: 'JS04', cat: 'schedule', at: W0, q: '武汉社保欠费补缴从什么时候停办', must: [dt(12, 14, 17, 30)] },
  { id: 'JS05', cat: 'schedule', at: W0, q: '武汉办退休审核这类企业社保业务哪天停', must: [dt(12, 15, 17, 30)] },
  { id: 'JS06', cat: 'schedule', at: W0, q: '武汉医院给住院病人办出院结算的截止时间是什么时候', must: [dt(12, 22, 17)] },
  { id: 'JS07', cat: 'schedule', at: W0, q: '武汉医保缴费停了以后什么时候能再交', must: [LATER] },
  { id: 'JS08', cat: 'schedule', at: W0, q: '武汉居民医保参保登记停办后哪天恢复', must: [GRADUAL], not: [NO_JAN_DATE] },
  { id: 'JS09', cat: 'schedule', at: W0, q: '武汉这次停机最早哪天开始', must: [dt(12, 14, 17, 30)] },
  { id: 'JS10', cat: 'schedule', at: W0, q: '武汉生育保险报销什么时候停', must: [dt(12, 22, 18)] },
  { id: 'JS11', cat: 'schedule', at: C0, q: '长沙职工医保关系转移要停到哪天', must: [dt(11, 22, 8)] },
  { id: 'JS12', cat: 'schedule', at: C0, q: '长沙看门诊刷医保从哪天开始不能用', must: [dt(10, 31, 18)] },
  { id: 'JS13', cat: 'schedule', at: C0, q: '长沙医保结算要停多久，从哪天到哪天', must: [dt(10, 31, 18), dt(11, 12, 8)] },
  { id: 'JS14', cat: 'schedule', at: C0, q: '在长沙住院的外地人，异地联网结算哪天恢复', must: [dt(11, 12, 8)] },
  { id: 'JS15', cat: 'schedule', at: C0, q: '长沙城乡居民改个人信息什么时候能恢复办理', must: [dt(11, 22, 8)] },

  // ───────────── procedure (10) ─────────────
  { id: 'JP01', cat: 'procedure', at: W0, q: '武汉停机那几天慢性病门诊看病费用怎么处理', must: [/垫付/, /补录|结算/] },
  { id: 'JP02', cat: 'procedure', at: W0, q: '武汉停机前吃慢性病药的人要提前做什么准备', must: [/提前.{0,6}(开|备|配)/] },
  { id: 'JP03', cat: 'procedure', at: W0, q: '武汉停机期间要去外地看病，异地备案办不了怎么办', must: [/补登记|补结算|补办|现金报销/] },
  { id: 'JP04', cat: 'procedure', at: W0, q: '武汉住院还没出院就赶上停机了，费用怎么结', must: [/再次办理|重新办理|新平台/, /起付线/] },
  { id: 'JP05', cat: 'procedure', at: W0, q: '武汉系统切换期间，退休人员的养老金会停发吗', must: [/不受影响|正常发放|照常/] },
  { id: 'JP06', cat: 'procedure', at: '2021-12-24T10:00:00+08:00', q: '武汉社保卡丢了，现在能挂失补办吗', must: [R.works, /银行/] },
  { id: 'JP07', cat: 'procedure', at: W0, q: '武汉医保业务办理期限刚好在停机期间到期怎么办', must: [/顺延/] },
  { id: 'JP08', cat: 'procedure', at: W0, q: '武汉停机期间刚好到退休年龄，退休待遇会少发吗', must: [/补发/, /三个月|3个月/] },
  { id: 'JP09', cat: 'procedure', at: C0, q: '长沙停机期间去医院拿特药，钱怎么付', must: [/垫付/, /补报|报销/] },
  { id: 'JP10', cat: 'procedure', at: C0, q: '长沙参保的人在外地住院，停机期间出院怎么报销', must: [/垫付|补办/, /报销|出院/] },

  // ───────────── contact (5) ─────────────
  { id: 'JK01', cat: 'contact', at: C0, q: '岳麓区医保费用结算打哪个电话', must: [/88999179/] },
  { id: 'JK02', cat: 'contact', at: C0, q: '天心区医保参保登记咨询电话多少', must: [/85899383/] },
  { id: 'JK03', cat: 'contact', at: C0, q: '长沙县特门特药找谁咨询', must: [/84029168/] },
  { id: 'JK04', cat: 'contact', at: C0, q: '长沙市医保中心异地费用结算电话', must: [/88665715/] },
  { id: 'JK05', cat: 'contact', at: W0, q: '武汉社保方面有问题打什么电话', must: [/12333/] },

  // ───────────── oos (5) ─────────────
  { id: 'JO01', cat: 'oos', at: W0, q: '深圳医保系统什么时候停机', must: [R.fallback], not: [/12月22日|10月31日|12月31日|11月12日/] },
  { id: 'JO02', cat: 'oos', at: W0, q: '个人所得税年度汇算怎么退税', must: [R.fallback] },
  { id: 'JO03', cat: 'oos', at: C0, q: '帮我订一张明天去长沙的高铁票', must: [R.fallback] },
  { id: 'JO04', cat: 'oos', at: W0, q: '北京的医保电子凭证怎么激活', must: [R.fallback] },
  { id: 'JO05', cat: 'oos', at: W0, q: '武汉明天天气怎么样', must: [R.fallback] },

  // ───────────── wording (5): unusual date notations ─────────────
  { id: 'JW01', cat: 'wording', at: W0, q: '武汉12.25去药店能刷医保不', must: [R.stopped, dt(12, 31, 23)] },
  { id: 'JW02', cat: 'wording', at: W0, q: '武汉 12/22 晚上8点去医院还能刷医保吗', must: [R.stopped, or(dt(12, 22, 18), tm(18))] },
  { id: 'JW03', cat: 'wording', at: '2021-12-20T10:00:00+08:00', q: '武汉元旦那天看病能走医保吗', must: [BACK, dt(12, 31, 23)] },
  { id: 'JW04', cat: 'wording', at: C0, q: '长沙下个礼拜还能去办医保补缴不', must: [R.stopped, dt(11, 22, 8)] },
  { id: 'JW05', cat: 'wording', at: '2021-12-17T10:00:00+08:00', q: '武汉本周末能刷医保买药吗', must: [R.works, dt(12, 22, 18)] },
];
