// The project's own evaluation question set. Written from the two seed notices only
// (Wuhan 2021-12-11 切换停机公告, Changsha 2021-10 停机切换通告), independently of the
// bot's implementation. `at` is the moment of asking (Asia/Shanghai, +08:00);
// `session` chains a conversation (cases of one session are asked in array order);
// must/not are regexes applied to the normalised reply (see lib.ts).
import { dt, tm, R, type Case } from './lib.ts';

export type { Case };

const pad = (n: number) => String(n).padStart(2, '0');
/** moment of asking, Asia/Shanghai */
const at = (m: number, d: number, h: number, min = 0, y = 2021) => `${y}-${pad(m)}-${pad(d)}T${pad(h)}:${pad(min)}:00+08:00`;

// Default moments: a few days before each notice's first stop.
const W0 = at(12, 12, 9); // Wuhan notice published 12-11; first stop 12-14 17:30
const C0 = at(10, 20, 9); // Changsha first stop 10-22 18:00
const FAR = at(11, 24, 10, 0, 2026); // long after both cut-overs

// ---------------------------------------------------------------------------
// Guards
// ---------------------------------------------------------------------------

/** Every phone number printed in the two notices (8-digit local numbers). */
const KNOWN_PHONES = [
  // 长沙 市医保中心
  '88665154',
  '88665204',
  '82116238',
  '88665715',
  '82116246',
  '82116252',
  '82116289',
  // 芙蓉区
  '84683816',
  '84683805',
  '84683312',
  '84683817',
  '84683815',
  // 天心区
  '85899385',
  '85899381',
  '85899383',
  // 岳麓区
  '88999014',
  '88999179',
  '88999319',
  // 开福区
  '84558283',
  '84558018',
  // 雨花区
  '85880414',
  '85882885',
  '85880511',
  // 长沙县
  '84022358',
  '84024458',
  '84024468',
  '84024498',
  '84023018',
  '84024158',
  '84029168',
  // 望城区
  '88083318',
  '88085419',
  '88056799',
  '88545432',
  // 浏阳市
  '83601728',
  '83165702',
  '83601489',
  '83601723',
  '83652200',
  // 宁乡市
  '87828225',
  '87880055',
  '88980226',
  '87892498',
  '88981059',
  // 高新区
  '88995625',
  '88995452',
  '88995054',
  '88995582',
  '89755170',
  // 武汉 医疗保障服务电话
  '87812393',
];
/** An 8-digit number that is not in either notice, or a 1xxxx hotline other than 12333. */
const FAKE_PHONE = new RegExp(`(?<!\\d)(?!(?:${KNOWN_PHONES.join('|')})(?!\\d))\\d{8}(?!\\d)|(?<!\\d)(?!12333(?!\\d))1\\d{4}(?!\\d)`);

/** Facts that only belong to Changsha (dates of its windows, its area code). */
const CS_FACTS = /(?<!\d)10月(22|31)[日号]|(?<!\d)11月(12|22)[日号]|0731/;
/** Facts that only belong to Wuhan (dates of its windows, its numbers). */
const WH_FACTS = /(?<!\d)12月(14|15|22|31)[日号]|87812393|027-?12333/;
/** Any date or number of either notice: an out-of-scope reply must not borrow them. */
const SEED_FACTS = /(?<!\d)(12月(14|15|22|31)|10月(22|31)|11月(12|22))[日号]|87812393|0731/;

/**
 * A calendar date (M月D日/号) other than the notice's own dates and the day of asking:
 * for items the notice leaves open (另行通知 / 逐步恢复) the reply must not invent one.
 */
function inventedDate(asked: string, ...extra: Array<[number, number]>): RegExp {
  const m = Number(asked.slice(5, 7));
  const d = Number(asked.slice(8, 10));
  const ok: Array<[number, number]> = [[12, 11], [12, 14], [12, 15], [12, 22], [12, 31], [m, d], ...extra];
  const okSrc = ok.map(([mm, dd]) => `0?${mm}月0?${dd}[日号]`).join('|');
  return new RegExp(`(?<!\\d)(?!(?:${okSrc}))(?:0?[1-9]|1[0-2])月(?:0?[1-9]|[12]\\d|3[01])[日号]`);
}

/** A "before the stop" reply must not say the service is already stopped now. */
const NOW_STOPPED = /(目前|现在|当前|此时)(已经?|仍然?|还)?(处于|在)?(暂停|停机)(期间|中|了)|(目前|现在|当前)(已经?)(暂停|停止|停机)/;
/** A "during the stop" reply must not say settlement works now. */
const NOW_WORKS = /(目前|现在|当前)(仍然?|还|依然)?(可以|能够|能正常)(正常)?(刷卡|刷医保|医保结算|结算|使用医保|用医保)/;

/** "before midnight of 12-14": the 24:00 instant in any usual form. */
const MIDNIGHT_1214 = new RegExp(`${dt(12, 14, 24).source}|24:00|24时|24点|二十四时|零点|0点|0:00|00:00|午夜|夜里12点|晚上12点|深夜12点`);

const NOTICE_LATER = /另行通知/;
const GRADUAL = /逐步恢复|视实际情况/;
const NO_CELL = /未列|没有|暂无|未提供|空/;
const POLITE = /您好|你好|欢迎|不客气|感谢/;

// ---------------------------------------------------------------------------
// schedule: when each business stops / resumes
// ---------------------------------------------------------------------------
const schedule: Case[] = [
  // Wuhan, 12-14 17:30
  { id: 'sch-w01', cat: 'schedule', at: W0, q: '武汉城乡居民医保参保登记从什么时候开始暂停办理？', must: [dt(12, 14, 17, 30)], not: [CS_FACTS] },
  { id: 'sch-w02', cat: 'schedule', at: at(12, 11, 16), q: '在武汉读大学，学生医保信息变更哪天就办不了了', must: [dt(12, 14, 17, 30)], not: [CS_FACTS] },
  { id: 'sch-w03', cat: 'schedule', at: W0, q: '武汉企业欠缴的社保费实时补缴，最晚到什么时候', must: [dt(12, 14, 17, 30)], not: [CS_FACTS] },
  { id: 'sch-w04', cat: 'schedule', at: at(12, 13, 11), q: '武汉灵活就业人员社保欠费补缴哪天停', must: [dt(12, 14, 17, 30)], not: [CS_FACTS] },
  { id: 'sch-w05', cat: 'schedule', at: W0, q: '武汉居民医保核定业务什么时候暂停', must: [dt(12, 14, 17, 30)], not: [CS_FACTS] },
  // Wuhan, 12-14 24:00
  { id: 'sch-w06', cat: 'schedule', at: W0, q: '武汉代征银行什么时候停止收医保费', must: [dt(12, 14, 24)], not: [CS_FACTS] },
  { id: 'sch-w07', cat: 'schedule', at: W0, q: '武汉税务哪天开始暂停征收企业职工社保费', must: [dt(12, 14, 24)], not: [CS_FACTS] },
  { id: 'sch-w08', cat: 'schedule', at: at(12, 11, 20), q: '武汉2022年度城乡居民医保缴费截止到什么时候', must: [dt(12, 14, 24)], not: [CS_FACTS] },
  { id: 'sch-w09', cat: 'schedule', at: W0, q: '武汉职工医保（含生育）的保费征收什么时候暂停', must: [dt(12, 14, 24)], not: [CS_FACTS] },
  // Wuhan, 12-15 17:30
  { id: 'sch-w10', cat: 'schedule', at: W0, q: '武汉生育保险的参保登记什么时候暂停', must: [dt(12, 15, 17, 30)], not: [CS_FACTS] },
  {
    id: 'sch-w11',
    cat: 'schedule',
    at: at(12, 13, 14),
    q: '单位要给新员工在武汉办职工医保参保，最后期限是哪天几点',
    must: [dt(12, 15, 17, 30)],
    not: [CS_FACTS],
  },
  { id: 'sch-w12', cat: 'schedule', at: W0, q: '武汉企业职工养老保险的经办业务哪天开始停', must: [dt(12, 15, 17, 30)], not: [CS_FACTS] },
  { id: 'sch-w13', cat: 'schedule', at: W0, q: '武汉灵活就业人员办社保业务最晚哪天', must: [dt(12, 15, 17, 30)], not: [CS_FACTS] },
  // Wuhan, 12-22 18:00 / 17:00
  { id: 'sch-w14', cat: 'schedule', at: W0, q: '武汉医保待遇类业务什么时候停办', must: [dt(12, 22, 18)], not: [CS_FACTS] },
  { id: 'sch-w15', cat: 'schedule', at: at(12, 15, 10), q: '武汉定点药店医保刷卡哪天停', must: [dt(12, 22, 18)], not: [CS_FACTS] },
  { id: 'sch-w16', cat: 'schedule', at: W0, q: '武汉工伤医疗结算什么时候暂停', must: [dt(12, 22, 18)], not: [CS_FACTS] },
  { id: 'sch-w17', cat: 'schedule', at: W0, q: '武汉工伤康复、辅助器具配置的结算也会停吗？从哪天开始', must: [dt(12, 22, 18)], not: [CS_FACTS] },
  { id: 'sch-w18', cat: 'schedule', at: W0, q: '武汉的医院要在什么时间前给住院病人办医保出院结算', must: [dt(12, 22, 17)], not: [CS_FACTS] },
  { id: 'sch-w19', cat: 'schedule', at: W0, q: '武汉工伤协议医院的在院工伤病人要在什么时候前出院结算', must: [dt(12, 22, 17)], not: [CS_FACTS] },
  // Wuhan, resumption
  { id: 'sch-w20', cat: 'schedule', at: W0, q: '武汉药店买药医保结算哪天能恢复', must: [dt(12, 31, 23)], not: [CS_FACTS] },
  { id: 'sch-w21', cat: 'schedule', at: W0, q: '武汉工伤联网结算什么时候恢复', must: [dt(12, 31, 23), /逐步/], not: [CS_FACTS] },
  { id: 'sch-w22', cat: 'schedule', at: W0, q: '武汉医保费征收什么时候恢复', must: [NOTICE_LATER], not: [inventedDate(W0), CS_FACTS] },
  {
    id: 'sch-w23',
    cat: 'schedule',
    at: at(12, 16, 10),
    q: '武汉企业职工社保费停了以后什么时候能重新交',
    must: [NOTICE_LATER],
    not: [inventedDate(at(12, 16, 10)), CS_FACTS],
  },
  {
    id: 'sch-w24',
    cat: 'schedule',
    at: at(12, 20, 10),
    q: '武汉2022年居民医保没交上，什么时候恢复缴费',
    must: [NOTICE_LATER],
    not: [inventedDate(at(12, 20, 10)), CS_FACTS],
  },
  { id: 'sch-w25', cat: 'schedule', at: W0, q: '武汉医保参保登记、变更这些经办业务什么时候恢复', must: [GRADUAL], not: [inventedDate(W0), CS_FACTS] },
  {
    id: 'sch-w26',
    cat: 'schedule',
    at: W0,
    q: '武汉停办的参保业务，线上渠道比如鄂汇办、支付宝小程序也停吗',
    must: [R.stopped, /鄂汇办|政务服务网|支付宝|微信|自助/],
    not: [CS_FACTS],
  },
  {
    id: 'sch-w27',
    cat: 'schedule',
    at: W0,
    q: '武汉医保这次停机是要切换到什么系统',
    must: [/湖北省医疗保障信息平台|湖北省.{0,6}平台|省医疗保障信息平台/],
    not: [CS_FACTS],
  },
  // Changsha, 参保异动
  { id: 'sch-c01', cat: 'schedule', at: C0, q: '长沙医保参保异动业务哪天停', must: [dt(10, 22, 18)], not: [WH_FACTS] },
  { id: 'sch-c02', cat: 'schedule', at: C0, q: '长沙医保人员异动什么时候恢复办理', must: [dt(11, 22, 8)], not: [WH_FACTS] },
  {
    id: 'sch-c03',
    cat: 'schedule',
    at: at(10, 19, 15),
    q: '长沙灵活就业人员医保补缴哪天暂停、哪天恢复',
    must: [dt(10, 22, 18), dt(11, 22, 8)],
    not: [WH_FACTS],
  },
  { id: 'sch-c04', cat: 'schedule', at: C0, q: '长沙城乡居民修改医保个人信息什么时候能恢复', must: [dt(11, 22, 8)], not: [WH_FACTS] },
  { id: 'sch-c05', cat: 'schedule', at: C0, q: '长沙医保关系转移暂停到什么时候', must: [dt(11, 22, 8)], not: [WH_FACTS] },
  { id: 'sch-c06', cat: 'schedule', at: C0, q: '长沙医保个人账户一次性支取从什么时候开始不能办', must: [dt(10, 22, 18)], not: [WH_FACTS] },
  { id: 'sch-c07', cat: 'schedule', at: C0, q: '长沙职工医保退费什么时候恢复', must: [dt(11, 22, 8)], not: [WH_FACTS] },
  // Changsha, 结算
  { id: 'sch-c08', cat: 'schedule', at: C0, q: '长沙定点医院医保结算什么时候停', must: [dt(10, 31, 18)], not: [WH_FACTS] },
  { id: 'sch-c09', cat: 'schedule', at: C0, q: '长沙特药结算要停到哪天', must: [dt(11, 12, 8)], not: [WH_FACTS] },
  { id: 'sch-c10', cat: 'schedule', at: C0, q: '长沙异地住院联网结算的暂停时间是怎样的', must: [dt(10, 31, 18), dt(11, 12, 8)], not: [WH_FACTS] },
  { id: 'sch-c11', cat: 'schedule', at: C0, q: '长沙医保经办机构哪几天不办业务', must: [dt(10, 31, 18), dt(11, 12, 8)], not: [WH_FACTS] },
  { id: 'sch-c12', cat: 'schedule', at: C0, q: '我的长沙APP查医保什么时候用不了', must: [dt(10, 31, 18), dt(11, 12, 8)], not: [WH_FACTS] },
  { id: 'sch-c13', cat: 'schedule', at: C0, q: '长沙医保系统这次要切换到哪个平台', must: [/湖南省医疗保障信息平台|省平台|湖南省.{0,6}平台/], not: [WH_FACTS] },
  {
    id: 'sch-c14',
    cat: 'schedule',
    at: C0,
    q: '浏阳和宁乡的医保也跟着长沙一起停吗',
    must: [/长望浏宁|全市|统一|一起|同样|包括/, dt(10, 22, 18)],
    not: [WH_FACTS],
  },
];

// ---------------------------------------------------------------------------
// time: the answer depends on the moment asked (or on the date in the question)
// ---------------------------------------------------------------------------
const time: Case[] = [
  // Wuhan: 居民医保参保 / 欠费补缴 (12-14 17:30)
  { id: 'tim-w01', cat: 'time', at: at(12, 14, 10), q: '武汉现在还能办居民医保参保登记吗', must: [R.works, tm(17, 30)], not: [NOW_STOPPED] },
  { id: 'tim-w02', cat: 'time', at: at(12, 14, 18), q: '我想在武汉给孩子办居民医保参保，现在还能办吗', must: [R.stopped, tm(17, 30)] },
  { id: 'tim-w03', cat: 'time', at: at(12, 13, 10), q: '武汉明天还能办企业社保欠费补缴吗', must: [tm(17, 30)] },
  // Wuhan: 征收 (12-14 24:00)
  { id: 'tim-w04', cat: 'time', at: at(12, 14, 20), q: '今晚还能在武汉交2022年的居民医保吗', must: [R.works, MIDNIGHT_1214], not: [NOW_STOPPED] },
  { id: 'tim-w05', cat: 'time', at: at(12, 14, 23), q: '现在还来得及在武汉交医保费吗', must: [R.works, MIDNIGHT_1214], not: [NOW_STOPPED] },
  { id: 'tim-w06', cat: 'time', at: at(12, 15, 9), q: '武汉现在还能去银行交社保费吗', must: [R.stopped, NOTICE_LATER] },
  // Wuhan: 职工医保参保 / 企业职工社保经办 (12-15 17:30)
  { id: 'tim-w07', cat: 'time', at: at(12, 15, 15), q: '武汉职工医保变更今天还能办吗', must: [R.works, tm(17, 30)], not: [NOW_STOPPED] },
  { id: 'tim-w08', cat: 'time', at: at(12, 15, 18, 30), q: '武汉单位职工医保参保登记现在能办吗', must: [R.stopped, tm(17, 30)] },
  { id: 'tim-w09', cat: 'time', at: W0, q: '12月18号我还能去武汉社保窗口办企业职工社保业务吗', must: [R.stopped, dt(12, 15, 17, 30)] },
  // Wuhan: 结算 (12-22 18:00 → 12-31 23:00)
  { id: 'tim-w10', cat: 'time', at: at(12, 20, 10), q: '武汉现在还能申报门诊慢性病资格吗', must: [R.works, dt(12, 22, 18)], not: [NOW_STOPPED] },
  { id: 'tim-w11', cat: 'time', at: W0, q: '12月20日在武汉药店还能刷医保吗', must: [R.works, dt(12, 22, 18)] },
  { id: 'tim-w12', cat: 'time', at: at(12, 21, 10), q: '明天去武汉的医院看门诊还能用医保吗', must: [R.works, tm(18)] },
  { id: 'tim-w13', cat: 'time', at: at(12, 22, 15), q: '武汉今天还能刷卡吗', must: [R.works, tm(18)], not: [NOW_STOPPED] },
  { id: 'tim-w14', cat: 'time', at: at(12, 22, 16, 30), q: '家人在武汉住院，今天还能办医保出院结算吗', must: [tm(17)] },
  { id: 'tim-w15', cat: 'time', at: at(12, 22, 10), q: '今晚在武汉药店买药能刷医保吗', must: [R.stopped, tm(18)] },
  { id: 'tim-w16', cat: 'time', at: at(12, 22, 18, 30), q: '武汉现在去药店还能用医保卡吗', must: [R.stopped, dt(12, 31, 23), /现金/], not: [NOW_WORKS] },
  { id: 'tim-w17', cat: 'time', at: at(12, 25, 11), q: '武汉现在看病医保能报吗', must: [R.stopped, dt(12, 31, 23)], not: [NOW_WORKS] },
  { id: 'tim-w18', cat: 'time', at: at(12, 28, 9), q: '武汉工伤协议医院现在能联网结算吗', must: [R.stopped, dt(12, 31, 23)], not: [NOW_WORKS] },
  { id: 'tim-w19', cat: 'time', at: at(12, 10, 10), q: '12月25号在武汉住院能直接医保结算吗', must: [R.stopped, dt(12, 31, 23), /垫付/] },
  { id: 'tim-w20', cat: 'time', at: at(12, 29, 10), q: '后天武汉能刷医保了吗', must: [tm(23), /恢复/] },
  { id: 'tim-w21', cat: 'time', at: at(12, 31, 20), q: '武汉今晚医保能恢复吗', must: [tm(23), /恢复/] },
  {
    id: 'tim-w22',
    cat: 'time',
    at: at(12, 31, 22, 30),
    q: '武汉现在药店能刷医保了吗',
    must: [tm(23), /还没|尚未|还未|未恢复|暂停|还不能|不能|将于|将在/],
    not: [NOW_WORKS],
  },
  { id: 'tim-w23', cat: 'time', at: at(12, 31, 23, 30), q: '武汉现在能刷医保了吗', must: [R.resumed], not: [R.notResumed] },
  { id: 'tim-w24', cat: 'time', at: at(1, 3, 10, 0, 2022), q: '武汉医院医保结算恢复了没', must: [R.resumed], not: [R.notResumed] },
  { id: 'tim-w25', cat: 'time', at: at(12, 27, 10), q: '下周一武汉医院能医保结算了吗', must: [R.works, dt(12, 31, 23)] },
  { id: 'tim-w26', cat: 'time', at: at(3, 1, 10, 0, 2022), q: '武汉药店现在能用医保卡买药吗', must: [R.resumed], not: [R.notResumed] },
  { id: 'tim-w27', cat: 'time', at: FAR, q: '武汉医保结算现在正常吗', must: [R.resumed], not: [R.notResumed] },
  {
    id: 'tim-w28',
    cat: 'time',
    at: at(1, 10, 10, 0, 2022),
    q: '武汉医保缴费恢复了吗',
    must: [NOTICE_LATER],
    not: [inventedDate(at(1, 10, 10, 0, 2022)), /(征收|缴费)(业务)?(已经?|均已)恢复|已(经)?恢复(征收|缴费)/],
  },
  { id: 'tim-w29', cat: 'time', at: at(1, 5, 10, 0, 2022), q: '武汉工伤联网结算现在恢复了吗', must: [GRADUAL, dt(12, 31, 23)] },
  // Changsha: 参保异动 (10-22 18:00 → 11-22 8:00)
  { id: 'tim-c01', cat: 'time', at: at(10, 21, 10), q: '明天长沙还能办医保参保吗', must: [tm(18)] },
  { id: 'tim-c02', cat: 'time', at: at(10, 22, 15), q: '长沙今天还能办医保参保登记吗', must: [R.works, tm(18)], not: [NOW_STOPPED] },
  { id: 'tim-c03', cat: 'time', at: at(10, 22, 19), q: '长沙现在能办医保信息修改吗', must: [R.stopped, dt(11, 22, 8)] },
  { id: 'tim-c04', cat: 'time', at: at(10, 27, 10), q: '长沙现在能办医保个人账户划拨吗', must: [R.stopped, dt(11, 22, 8)] },
  { id: 'tim-c05', cat: 'time', at: at(10, 25, 10), q: '11月20日在长沙能办医保补缴吗', must: [R.stopped, dt(11, 22, 8)] },
  { id: 'tim-c06', cat: 'time', at: at(11, 15, 10), q: '长沙现在能办医保参保登记了吗', must: [R.stopped, dt(11, 22, 8)] },
  { id: 'tim-c07', cat: 'time', at: at(11, 18, 10), q: '下周一长沙医保窗口能办关系转移吗', must: [R.works, tm(8)] },
  { id: 'tim-c08', cat: 'time', at: at(11, 22, 8, 30), q: '长沙医保参保登记现在可以办了吗', must: [R.resumed], not: [R.notResumed] },
  // Changsha: 结算 (10-31 18:00 → 11-12 8:00)
  { id: 'tim-c09', cat: 'time', at: at(10, 27, 10), q: '长沙现在看病能用医保吗', must: [R.works, dt(10, 31, 18)], not: [NOW_STOPPED] },
  { id: 'tim-c10', cat: 'time', at: at(10, 25, 10), q: '10月28号长沙医院还能医保结算吗', must: [R.works, dt(10, 31, 18)] },
  { id: 'tim-c11', cat: 'time', at: at(10, 29, 10), q: '后天在长沙住院还能用医保结算吗', must: [tm(18), R.stopped] },
  { id: 'tim-c12', cat: 'time', at: at(10, 31, 12), q: '今晚长沙药店能刷医保吗', must: [R.stopped, tm(18)] },
  { id: 'tim-c13', cat: 'time', at: at(10, 31, 16), q: '长沙今天门诊还能医保结算吗', must: [R.works, tm(18)], not: [NOW_STOPPED] },
  { id: 'tim-c14', cat: 'time', at: at(10, 31, 20), q: '长沙现在药店能刷医保吗', must: [R.stopped, dt(11, 12, 8)], not: [NOW_WORKS] },
  { id: 'tim-c15', cat: 'time', at: C0, q: '11月5日在长沙看门诊能刷医保吗', must: [R.stopped, dt(11, 12, 8), /垫付/] },
  { id: 'tim-c16', cat: 'time', at: at(11, 5, 10), q: '长沙现在住院能医保结算吗', must: [R.stopped, dt(11, 12, 8), /补办/], not: [NOW_WORKS] },
  { id: 'tim-c17', cat: 'time', at: at(11, 2, 10), q: '长沙智慧人社现在能查医保余额吗', must: [R.stopped, dt(11, 12, 8)] },
  { id: 'tim-c18', cat: 'time', at: at(11, 11, 21), q: '长沙明天早上能刷医保了吗', must: [tm(8), /恢复/] },
  { id: 'tim-c19', cat: 'time', at: at(11, 12, 7, 30), q: '长沙医保结算恢复了吗', must: [tm(8), /还没|尚未|还未|未恢复|暂停|还不能|不能|将于|将在/] },
  { id: 'tim-c20', cat: 'time', at: at(11, 12, 9), q: '长沙医保结算恢复了吗', must: [R.resumed], not: [R.notResumed] },
  { id: 'tim-c21', cat: 'time', at: at(11, 13, 10), q: '我的长沙现在能查医保了吗', must: [R.resumed], not: [R.notResumed] },
  { id: 'tim-c22', cat: 'time', at: at(12, 10, 10), q: '长沙医保现在都能正常用了吗', must: [R.resumed], not: [R.notResumed] },
  { id: 'tim-c23', cat: 'time', at: FAR, q: '长沙医保停机结束了吗', must: [R.resumed], not: [R.notResumed] },
];

// ---------------------------------------------------------------------------
// procedure: what to do during the suspension
// ---------------------------------------------------------------------------
const procedure: Case[] = [
  // Wuhan 医保
  { id: 'pro-w01', cat: 'procedure', at: W0, q: '武汉停机那几天去药店买药咋付钱', must: [/现金/], not: [CS_FACTS] },
  { id: 'pro-w02', cat: 'procedure', at: at(12, 23, 10), q: '武汉停机期间看普通门诊，医保用不了，钱怎么出', must: [/现金/], not: [CS_FACTS] },
  { id: 'pro-w03', cat: 'procedure', at: W0, q: '武汉停机期间住院了，医药费怎么处理', must: [/垫付/, /补录|结算/], not: [CS_FACTS] },
  { id: 'pro-w04', cat: 'procedure', at: W0, q: '武汉门诊慢性病患者停机期间看病怎么结算', must: [/垫付/, /补录|结算/], not: [CS_FACTS] },
  { id: 'pro-w05', cat: 'procedure', at: W0, q: '武汉停机期间要去外地看病，异地就医备案办不了怎么办', must: [/补登记|补结算|补办/], not: [CS_FACTS] },
  { id: 'pro-w06', cat: 'procedure', at: W0, q: '武汉异地就医备案停机后补不了咋办', must: [/垫付/, /现金报销|报销/], not: [CS_FACTS] },
  { id: 'pro-w07', cat: 'procedure', at: W0, q: '武汉停机期间生孩子的医疗费能报销吗', must: [/追溯报销/], not: [CS_FACTS] },
  { id: 'pro-w08', cat: 'procedure', at: W0, q: '武汉门诊重症资格停机期间没法申报，费用会受影响吗', must: [/追溯报销/], not: [CS_FACTS] },
  { id: 'pro-w09', cat: 'procedure', at: at(12, 24, 10), q: '武汉医保业务的办理期限停机期间到期了怎么办', must: [/顺延/], not: [CS_FACTS] },
  {
    id: 'pro-w10',
    cat: 'procedure',
    at: W0,
    q: '武汉住院病人没达到出院条件，停机以后的费用怎么算，要再交起付线吗',
    must: [/起付线/, /新平台|新系统|上线后|再次办理/],
    not: [CS_FACTS],
  },
  { id: 'pro-w11', cat: 'procedure', at: W0, q: '武汉的慢性病患者停机前要做什么准备', must: [/备药|提前开|开具|开药/], not: [CS_FACTS] },
  { id: 'pro-w12', cat: 'procedure', at: W0, q: '武汉停机前需要先把医保费交了吗', must: [/缴|交/, dt(12, 14, 24)], not: [CS_FACTS] },
  {
    id: 'pro-w13',
    cat: 'procedure',
    at: at(12, 20, 10),
    q: '武汉停机期间企业职工社保业务没办成，之后还能补办吗',
    must: [/三个月|3个月/, /补办/],
    not: [CS_FACTS],
  },
  { id: 'pro-w14', cat: 'procedure', at: at(12, 18, 10), q: '武汉停机期间退休待遇审核办不了怎么办', must: [/上线后/, /三个月|3个月|补发/], not: [CS_FACTS] },
  { id: 'pro-w15', cat: 'procedure', at: at(12, 19, 10), q: '武汉家里老人去世了，停机期间死亡待遇申领怎么办', must: [/补发|三个月|3个月/], not: [CS_FACTS] },
  { id: 'pro-w16', cat: 'procedure', at: W0, q: '武汉失业保险金申领在停机期间办不了，会少拿吗', must: [/补发/], not: [CS_FACTS] },
  { id: 'pro-w17', cat: 'procedure', at: W0, q: '武汉停机期间受了工伤去看病，谁先付钱', must: [/垫付/, /补录|结算/], not: [CS_FACTS] },
  { id: 'pro-w18', cat: 'procedure', at: W0, q: '武汉停机期间工伤医疗费用之后还能报销吗', must: [/追溯报销|补录/], not: [CS_FACTS] },
  { id: 'pro-w19', cat: 'procedure', at: W0, q: '武汉工伤住院的病人停机前医院要怎么处理', must: [dt(12, 22, 17), /出院结算/], not: [CS_FACTS] },
  { id: 'pro-w20', cat: 'procedure', at: at(12, 16, 10), q: '武汉停机期间养老金照常发吗', must: [/不受影响|照常|正常发放/], not: [CS_FACTS] },
  { id: 'pro-w21', cat: 'procedure', at: W0, q: '武汉系统切换的时候失业金会停发吗', must: [/不受影响|照常|正常发放/], not: [CS_FACTS] },
  { id: 'pro-w22', cat: 'procedure', at: W0, q: '武汉工伤保险定期待遇停机期间还发不发', must: [/不受影响|照常|正常发放/], not: [CS_FACTS] },
  { id: 'pro-w23', cat: 'procedure', at: at(12, 24, 10), q: '武汉停机期间社保卡丢了能挂失吗', must: [/银行/], not: [CS_FACTS] },
  { id: 'pro-w24', cat: 'procedure', at: at(12, 17, 10), q: '武汉停机这段时间社保卡补卡去哪里办', must: [/银行(网点)?/], not: [CS_FACTS] },
  { id: 'pro-w25', cat: 'procedure', at: W0, q: '武汉停机期间吃药多的病人要怎么办', must: [/备药|提前开|开具/], not: [CS_FACTS] },
  // Changsha
  { id: 'pro-c01', cat: 'procedure', at: C0, q: '长沙结算停了以后看普通门诊怎么办', must: [/垫付/, /补报/], not: [WH_FACTS] },
  { id: 'pro-c02', cat: 'procedure', at: C0, q: '长沙停机期间特药费用怎么处理', must: [/垫付/, /补报/], not: [WH_FACTS] },
  { id: 'pro-c03', cat: 'procedure', at: at(11, 3, 10), q: '长沙停机期间特门的费用以后还能报吗', must: [/补报/], not: [WH_FACTS] },
  { id: 'pro-c04', cat: 'procedure', at: C0, q: '长沙医保停机期间住院，入院手续怎么办', must: [/补办.{0,6}入院/], not: [WH_FACTS] },
  { id: 'pro-c05', cat: 'procedure', at: C0, q: '长沙停机期间出院，医保怎么结算', must: [/补办/, /结算|报销/], not: [WH_FACTS] },
  { id: 'pro-c06', cat: 'procedure', at: C0, q: '长沙停机期间在本市医院之间转院，要准备什么', must: [/转院证明/, /转院登记/], not: [WH_FACTS] },
  { id: 'pro-c07', cat: 'procedure', at: C0, q: '我是长沙医保，在北京住院，停机期间出院怎么办', must: [/补办/, /垫付/, /报销/], not: [WH_FACTS] },
  { id: 'pro-c08', cat: 'procedure', at: C0, q: '长沙参保人在外地异地联网医院入院，停机期间怎么登记', must: [/补办.{0,8}入院/], not: [WH_FACTS] },
  { id: 'pro-c09', cat: 'procedure', at: C0, q: '我是外地医保，在长沙住院，停机期间出院怎么结算', must: [/补办|垫付/, /参保地/], not: [WH_FACTS] },
  { id: 'pro-c10', cat: 'procedure', at: C0, q: '外省参保人在长沙停机期间入院怎么办手续', must: [/补办.{0,6}入院/], not: [WH_FACTS] },
  { id: 'pro-c11', cat: 'procedure', at: C0, q: '长沙医保停机期间垫付的钱去哪里报', must: [/定点|医院|药店|医药机构/, /补报|报销/], not: [WH_FACTS] },
  { id: 'pro-c12', cat: 'procedure', at: C0, q: '长沙医保停机期间有疑问找谁问', must: [/电话|咨询/], not: [WH_FACTS] },
];

// ---------------------------------------------------------------------------
// contact: phone numbers
// ---------------------------------------------------------------------------
const CS_K = [FAKE_PHONE, /87812393|12333/];
const WH_K = [FAKE_PHONE, /0731/];
const contact: Case[] = [
  { id: 'con-c01', cat: 'contact', at: C0, q: '芙蓉区医保结算电话', must: [/84683805/], not: CS_K },
  { id: 'con-c02', cat: 'contact', at: C0, q: '芙蓉区参保登记打哪个电话', must: [/84683312|84683817/], not: CS_K },
  { id: 'con-c03', cat: 'contact', at: C0, q: '芙蓉区异地就医备案电话', must: [/84683816/], not: CS_K },
  { id: 'con-c04', cat: 'contact', at: C0, q: '天心区医保费用结算电话是多少', must: [/85899381/], not: CS_K },
  { id: 'con-c05', cat: 'contact', at: C0, q: '天心区参保登记咨询电话', must: [/85899383/], not: CS_K },
  { id: 'con-c06', cat: 'contact', at: C0, q: '岳麓区特门特药咨询电话', must: [/88999319/], not: CS_K },
  { id: 'con-c07', cat: 'contact', at: C0, q: '岳麓区异地备案找哪个号码', must: [/88999014/], not: CS_K },
  { id: 'con-c08', cat: 'contact', at: C0, q: '开福区参保登记电话多少', must: [/84558018/], not: CS_K },
  { id: 'con-c09', cat: 'contact', at: C0, q: '开福区特门特药电话', must: [/84558283/], not: CS_K },
  { id: 'con-c10', cat: 'contact', at: C0, q: '雨花区医保结算电话', must: [/85882885/], not: CS_K },
  { id: 'con-c11', cat: 'contact', at: C0, q: '雨花区特门特药打什么电话', must: [/85880511/], not: CS_K },
  { id: 'con-c12', cat: 'contact', at: C0, q: '长沙县医保费用结算电话', must: [/84024458|84024468|84024498/], not: CS_K },
  { id: 'con-c13', cat: 'contact', at: C0, q: '长沙县城乡居民参保登记电话', must: [/84024158/], not: CS_K },
  { id: 'con-c14', cat: 'contact', at: C0, q: '长沙县职工医保参保电话', must: [/84023018/], not: CS_K },
  { id: 'con-c15', cat: 'contact', at: C0, q: '望城区异地备案电话', must: [/88083318/], not: CS_K },
  { id: 'con-c16', cat: 'contact', at: C0, q: '望城区特门特药电话多少', must: [/88545432/], not: CS_K },
  { id: 'con-c17', cat: 'contact', at: C0, q: '浏阳市医疗异地备案电话', must: [/83601728|83165702/], not: CS_K },
  { id: 'con-c18', cat: 'contact', at: C0, q: '浏阳费用结算咨询电话', must: [/83601489/], not: CS_K },
  { id: 'con-c19', cat: 'contact', at: C0, q: '宁乡市参保登记电话', must: [/88980226|87892498/], not: CS_K },
  { id: 'con-c20', cat: 'contact', at: C0, q: '宁乡医保结算电话', must: [/87880055/], not: CS_K },
  { id: 'con-c21', cat: 'contact', at: C0, q: '宁乡特门特药咨询电话', must: [/88981059/], not: CS_K },
  { id: 'con-c22', cat: 'contact', at: C0, q: '高新区医保费用结算电话', must: [NO_CELL, /82116238|88665715/], not: CS_K },
  { id: 'con-c23', cat: 'contact', at: C0, q: '长沙高新区特门特药电话是多少', must: [NO_CELL, /82116289/], not: CS_K },
  { id: 'con-c24', cat: 'contact', at: C0, q: '高新区异地备案电话', must: [/88995625/], not: CS_K },
  { id: 'con-c25', cat: 'contact', at: C0, q: '高新区参保登记电话', must: [/88995452|88995054|88995582|89755170/], not: CS_K },
  { id: 'con-c26', cat: 'contact', at: C0, q: '长沙市医保中心异地备案电话', must: [/88665154|88665204/], not: CS_K },
  { id: 'con-c27', cat: 'contact', at: C0, q: '长沙市医保中心本地费用结算电话', must: [/82116238/], not: CS_K },
  { id: 'con-c28', cat: 'contact', at: C0, q: '长沙市医保中心异地就医的费用结算咨询电话', must: [/88665715/], not: CS_K },
  { id: 'con-c29', cat: 'contact', at: C0, q: '长沙市医保中心城居参保登记电话', must: [/82116252/], not: CS_K },
  { id: 'con-c30', cat: 'contact', at: at(11, 2, 10), q: '长沙市医保中心职工参保电话', must: [/82116246/], not: CS_K },
  { id: 'con-w01', cat: 'contact', at: W0, q: '武汉社保服务电话', must: [/12333/], not: WH_K },
  { id: 'con-w02', cat: 'contact', at: at(12, 24, 10), q: '武汉医保咨询电话多少', must: [/87812393/], not: WH_K },
  { id: 'con-w03', cat: 'contact', at: W0, q: '武汉医疗保障服务电话区号是多少', must: [/027/, /87812393/], not: WH_K },
];

// ---------------------------------------------------------------------------
// oos: other cities / off-topic
// ---------------------------------------------------------------------------
const oos: Case[] = [
  { id: 'oos-01', cat: 'oos', at: W0, q: '北京医保什么时候停机', must: [R.fallback], not: [SEED_FACTS] },
  { id: 'oos-02', cat: 'oos', at: at(12, 25, 10), q: '广州医保卡现在能刷吗', must: [R.fallback], not: [SEED_FACTS] },
  { id: 'oos-03', cat: 'oos', at: C0, q: '上海医保系统切换期间看病怎么报销', must: [R.fallback], not: [SEED_FACTS] },
  { id: 'oos-04', cat: 'oos', at: at(11, 5, 10), q: '深圳社保什么时候恢复', must: [R.fallback], not: [SEED_FACTS] },
  { id: 'oos-05', cat: 'oos', at: at(11, 5, 10), q: '成都医保结算暂停了吗', must: [R.fallback], not: [SEED_FACTS] },
  { id: 'oos-06', cat: 'oos', at: W0, q: '杭州医保咨询电话多少', must: [R.fallback], not: [SEED_FACTS, FAKE_PHONE] },
  { id: 'oos-07', cat: 'oos', at: W0, q: '南京医保停机公告说了什么', must: [R.fallback], not: [SEED_FACTS] },
  { id: 'oos-08', cat: 'oos', at: C0, q: '重庆医保什么时候切换新系统', must: [R.fallback], not: [SEED_FACTS] },
  { id: 'oos-09', cat: 'oos', at: FAR, q: '西安社保卡怎么补办', must: [R.fallback], not: [SEED_FACTS] },
  { id: 'oos-10', cat: 'oos', at: C0, q: '明天天气怎么样', must: [R.fallback] },
  { id: 'oos-11', cat: 'oos', at: C0, q: '驾照扣分在哪里查', must: [R.fallback] },
  { id: 'oos-12', cat: 'oos', at: C0, q: '长沙住房公积金怎么提取', must: [R.fallback], not: [SEED_FACTS] },
  { id: 'oos-13', cat: 'oos', at: W0, q: '这期双色球开什么号', must: [R.fallback] },
  { id: 'oos-14', cat: 'oos', at: W0, q: '武汉热干面哪家最好吃', must: [R.fallback], not: [SEED_FACTS] },
  { id: 'oos-15', cat: 'oos', at: C0, q: '长沙地铁晚上几点停运', must: [R.fallback], not: [SEED_FACTS] },
  { id: 'oos-16', cat: 'oos', at: W0, q: '帮我写一首关于冬天的诗', must: [R.fallback] },
];

// ---------------------------------------------------------------------------
// chat: greetings and thanks
// ---------------------------------------------------------------------------
const chat: Case[] = [
  { id: 'cht-01', cat: 'chat', at: C0, q: '你好', must: [POLITE] },
  { id: 'cht-02', cat: 'chat', at: W0, q: '谢谢你', must: [POLITE] },
  { id: 'cht-03', cat: 'chat', at: W0, q: '早上好呀', must: [POLITE] },
  { id: 'cht-04', cat: 'chat', at: C0, q: '多谢，帮大忙了！', must: [POLITE] },
  { id: 'cht-05', cat: 'chat', at: at(12, 22, 20), q: '在吗', must: [POLITE] },
  { id: 'cht-06', cat: 'chat', at: C0, q: '您好，请问你能帮我查些什么', must: [POLITE, /武汉|长沙|医保|停机/] },
];

// ---------------------------------------------------------------------------
// context: a question without a city, then follow-ups in the same session
// ---------------------------------------------------------------------------
const context: Case[] = [
  // no city → both cities; "长沙的" completes it
  { id: 'ctx-1a', cat: 'context', at: C0, session: 'ctx-1', q: '医保参保登记什么时候恢复', must: [/武汉/, /长沙/] },
  { id: 'ctx-1b', cat: 'context', at: C0, session: 'ctx-1', q: '长沙的', must: [dt(11, 22, 8)], not: [WH_FACTS] },
  // city given; elliptic follow-ups keep city and switch topic
  { id: 'ctx-2a', cat: 'context', at: W0, session: 'ctx-2', q: '武汉医院医保结算什么时候停', must: [dt(12, 22, 18)] },
  { id: 'ctx-2b', cat: 'context', at: W0, session: 'ctx-2', q: '那恢复呢', must: [dt(12, 31, 23)], not: [CS_FACTS] },
  { id: 'ctx-2c', cat: 'context', at: W0, session: 'ctx-2', q: '有咨询电话吗', must: [/87812393/], not: [/0731/] },
  // moment-dependent, no city → both; then city chosen
  { id: 'ctx-3a', cat: 'context', at: at(11, 5, 10), session: 'ctx-3', q: '现在看门诊能刷医保吗', must: [/武汉/, /长沙/] },
  { id: 'ctx-3b', cat: 'context', at: at(11, 5, 10), session: 'ctx-3', q: '长沙', must: [R.stopped, dt(11, 12, 8)], not: [WH_FACTS, NOW_WORKS] },
  { id: 'ctx-3c', cat: 'context', at: at(11, 5, 10), session: 'ctx-3', q: '那住院呢', must: [/补办/], not: [WH_FACTS] },
  // district implies Changsha; follow-ups change business then district
  { id: 'ctx-4a', cat: 'context', at: C0, session: 'ctx-4', q: '芙蓉区医保费用结算电话', must: [/84683805/], not: CS_K },
  { id: 'ctx-4b', cat: 'context', at: C0, session: 'ctx-4', q: '那特门特药的呢', must: [/84683815/], not: CS_K },
  { id: 'ctx-4c', cat: 'context', at: C0, session: 'ctx-4', q: '天心区呢', must: [/85899385/], not: CS_K },
  // procedure without city → both; then Wuhan
  { id: 'ctx-5a', cat: 'context', at: W0, session: 'ctx-5', q: '停机期间去药店买药怎么付钱', must: [/武汉/, /长沙/] },
  { id: 'ctx-5b', cat: 'context', at: W0, session: 'ctx-5', q: '武汉', must: [/现金/], not: [CS_FACTS] },
  // Wuhan, switching population then business
  { id: 'ctx-6a', cat: 'context', at: W0, session: 'ctx-6', q: '武汉职工医保变更什么时候停办', must: [dt(12, 15, 17, 30)] },
  { id: 'ctx-6b', cat: 'context', at: W0, session: 'ctx-6', q: '那居民医保的呢', must: [dt(12, 14, 17, 30)], not: [CS_FACTS] },
  { id: 'ctx-6c', cat: 'context', at: W0, session: 'ctx-6', q: '缴费呢，什么时候停', must: [dt(12, 14, 24)], not: [CS_FACTS] },
  // Changsha, then switch city keeping the business
  { id: 'ctx-7a', cat: 'context', at: C0, session: 'ctx-7', q: '长沙医保结算哪天恢复', must: [dt(11, 12, 8)] },
  { id: 'ctx-7b', cat: 'context', at: C0, session: 'ctx-7', q: '武汉呢', must: [dt(12, 31, 23)], not: [CS_FACTS] },
  // no city phone → both; then 长沙 → city-centre numbers
  { id: 'ctx-8a', cat: 'context', at: C0, session: 'ctx-8', q: '医保咨询电话是多少', must: [/武汉|87812393/, /长沙|0731/] },
  { id: 'ctx-8b', cat: 'context', at: C0, session: 'ctx-8', q: '长沙的，费用结算', must: [/82116238|88665715/], not: CS_K },
];

// ---------------------------------------------------------------------------
// wording: traditional characters, full-width, spaces, emoji, colloquial, short, long
// ---------------------------------------------------------------------------
const wording: Case[] = [
  { id: 'wrd-01', cat: 'wording', at: W0, q: '武漢醫保卡什麼時候恢復刷卡', must: [dt(12, 31, 23)], not: [CS_FACTS] },
  { id: 'wrd-02', cat: 'wording', at: C0, q: '長沙門診結算幾號恢復？', must: [dt(11, 12, 8)], not: [WH_FACTS] },
  { id: 'wrd-03', cat: 'wording', at: W0, q: '武汉医保结算１２月几号停？？', must: [dt(12, 22, 18)], not: [CS_FACTS] },
  { id: 'wrd-04', cat: 'wording', at: C0, q: '长沙　参保登记　什么时候　恢复', must: [dt(11, 22, 8)], not: [WH_FACTS] },
  { id: 'wrd-05', cat: 'wording', at: W0, q: '武汉药店刷医保🙏啥时候能恢复啊😭', must: [dt(12, 31, 23)], not: [CS_FACTS] },
  { id: 'wrd-06', cat: 'wording', at: at(12, 25, 10), q: '武汉刷卡', must: [R.stopped, dt(12, 31, 23)], not: [CS_FACTS] },
  { id: 'wrd-07', cat: 'wording', at: at(11, 1, 10), q: '长沙医保参保咋办啊，现在能办不', must: [R.stopped, dt(11, 22, 8)], not: [WH_FACTS] },
  { id: 'wrd-08', cat: 'wording', at: W0, q: '那个那个，嗯，武汉的医保，就是那个药店刷卡，啥时候停来着', must: [dt(12, 22, 18)], not: [CS_FACTS] },
  {
    id: 'wrd-09',
    cat: 'wording',
    at: at(10, 28, 10),
    q: '我妈妈在长沙的医院住院，本来下周要出院，听邻居说医保系统要停机了，到时候出院还能不能直接报销啊，要不要我们自己先垫钱，我们都不太懂这些，麻烦帮忙看看',
    must: [/补办/, /上线|恢复/],
    not: [WH_FACTS],
  },
  { id: 'wrd-10', cat: 'wording', at: at(12, 30, 10), q: '武汉，能不能，刷医保，现在', must: [R.stopped, dt(12, 31, 23)], not: [CS_FACTS, NOW_WORKS] },
  { id: 'wrd-11', cat: 'wording', at: at(11, 3, 10), q: '長沙智慧人社查醫保查不了是怎麼回事', must: [/暂停|暫停|停机|停機/, dt(11, 12, 8)], not: [WH_FACTS] },
  { id: 'wrd-12', cat: 'wording', at: W0, q: '武汉医保结算神马时候恢复鸭', must: [dt(12, 31, 23)], not: [CS_FACTS] },
  { id: 'wrd-13', cat: 'wording', at: C0, q: '长沙医保参保登记啥时侯恢复呢', must: [dt(11, 22, 8)], not: [WH_FACTS] },
  { id: 'wrd-14', cat: 'wording', at: W0, q: '武汉医保结算什么时候恢复？？？！！！', must: [dt(12, 31, 23)], not: [CS_FACTS] },
  { id: 'wrd-15', cat: 'wording', at: C0, q: '请问一下长沙市里的医保异地备案电话是多少谢谢', must: [/88665154|88665204/], not: CS_K },
  { id: 'wrd-16', cat: 'wording', at: W0, q: '武汉 医保 12月31号 能 刷 吗', must: [tm(23)], not: [CS_FACTS] },
  { id: 'wrd-17', cat: 'wording', at: C0, q: '长沙医保 11/12 几点恢复结算', must: [tm(8)], not: [WH_FACTS] },
  { id: 'wrd-18', cat: 'wording', at: C0, q: 'Changsha 医保 结算 恢复 时间', must: [dt(11, 12, 8)], not: [WH_FACTS] },
];

export const cases: Case[] = [...schedule, ...time, ...procedure, ...contact, ...oos, ...chat, ...context, ...wording];
