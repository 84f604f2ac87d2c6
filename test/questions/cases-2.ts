// A second independent question set, written in this form by a helper who saw only the two
// seed notices and the shared sample's format (never the bot's code or knowledge). Its first
// run scored 129/141; the general fixes it led to are in the commits that added it.
// `at` is the moment of asking (Asia/Shanghai); `session` chains a conversation.
import { dt, tm, R, type Case } from './lib.ts';

const W0 = '2021-12-12T10:00:00+08:00'; // Wuhan notice published 12-11, before any suspension
const C0 = '2021-10-20T10:00:00+08:00'; // before the Changsha suspensions
const W = (s: string) => `2021-12-${s}+08:00`;
const C = (s: string) => `2021-${s}+08:00`;

// already works again (either "已恢复" wording or a plain "可以/正常结算")
const OK = new RegExp(`${R.resumed.source}|${R.works.source}`);
// not yet back
const NOTYET = new RegExp(`${R.notResumed.source}|还没|尚未|未恢复|仍(在|处于|然)?暂停|还(在|处于)?暂停|仍(在|处于)?停机|还(在|处于)?停机`);
// Wuhan: "other 医保经办 resumes gradually / as circumstances allow"
const GRAD = /逐步恢复|视.{0,8}情况|另行通知|另行公告|关注/;
// Wuhan: collection (征收) resumption date to be announced separately
const TBD = /另行通知|另行公告|另行/;
// midnight 12-14 24:00 when the reply speaks of "today/tonight"
const MID = /24[:时点]|0[:时点]|零点|零时|午夜|12点/;
// "not affected"
const UNAFFECTED = /不受影响|照常|正常发放|正常办理|可正常|正常/;

export const cases: Case[] = [
  // ───────────────────────── schedule ─────────────────────────
  { id: 'FS01', cat: 'schedule', at: W0, q: '武汉税务局哪天开始不收职工医保费了', must: [dt(12, 14, 24)] },
  { id: 'FS02', cat: 'schedule', at: W0, q: '大学生在武汉的居民医保参保登记啥时候停办', must: [dt(12, 14, 17, 30)] },
  { id: 'FS03', cat: 'schedule', at: W0, q: '武汉生育保险参保变更什么时候开始暂停', must: [dt(12, 15, 17, 30)] },
  { id: 'FS04', cat: 'schedule', at: W0, q: '武汉灵活就业人员社保欠费实时补缴什么时候停', must: [dt(12, 14, 17, 30)] },
  { id: 'FS05', cat: 'schedule', at: W0, q: '武汉企业职工社保的其他经办业务哪天开始停', must: [dt(12, 15, 17, 30)] },
  { id: 'FS06', cat: 'schedule', at: W0, q: '武汉工伤康复和辅助器具配置的结算什么时候停', must: [dt(12, 22, 18)] },
  { id: 'FS07', cat: 'schedule', at: W0, q: '武汉工伤协议机构的联网结算啥时候恢复', must: [dt(12, 31, 23)], not: [/11月12日/] },
  { id: 'FS08', cat: 'schedule', at: W0, q: '武汉医保费停收以后什么时候能重新缴', must: [TBD] },
  { id: 'FS09', cat: 'schedule', at: W0, q: '武汉医保待遇类的经办业务什么时候停止', must: [dt(12, 22, 18)] },
  { id: 'FS10', cat: 'schedule', at: W0, q: '武汉定点医院的在院病人医保出院结算要在什么时候之前办完', must: [dt(12, 22, 17)] },
  { id: 'FS11', cat: 'schedule', at: W0, q: '武汉居民医保核定业务停了以后哪天恢复', must: [GRAD] },
  { id: 'FS12', cat: 'schedule', at: W0, q: '2022年的武汉城乡居民医保最晚什么时候交', must: [dt(12, 14, 24)] },
  { id: 'FS13', cat: 'schedule', at: W0, q: '武汉停机那段时间社保卡挂失还能办吗', must: [/银行/, UNAFFECTED] },
  { id: 'FS14', cat: 'schedule', at: C0, q: '长沙职工医保个人账户划拨什么时候恢复', must: [dt(11, 22, 8)] },
  { id: 'FS15', cat: 'schedule', at: C0, q: '长沙灵活就业人员医保补缴哪天开始停', must: [dt(10, 22, 18)] },
  { id: 'FS16', cat: 'schedule', at: C0, q: '长沙医保关系转移几号可以办', must: [dt(11, 22, 8)] },
  { id: 'FS17', cat: 'schedule', at: C0, q: '长沙特药结算什么时候暂停', must: [dt(10, 31, 18)] },
  { id: 'FS18', cat: 'schedule', at: C0, q: '长沙异地住院联网结算几号恢复', must: [dt(11, 12, 8)] },
  { id: 'FS19', cat: 'schedule', at: C0, q: '长沙医保退费业务暂停和恢复的时间分别是', must: [dt(10, 22, 18), dt(11, 22, 8)] },
  { id: 'FS20', cat: 'schedule', at: C0, q: '长沙医保结算要停多久，从哪天到哪天', must: [dt(10, 31, 18), dt(11, 12, 8)] },
  { id: 'FS21', cat: 'schedule', at: C0, q: '我的长沙APP查医保什么时候开始查不了', must: [dt(10, 31, 18)] },
  { id: 'FS22', cat: 'schedule', at: C0, q: '宁乡医保系统哪天开始切换', must: [dt(10, 22, 18)] },
  { id: 'FS23', cat: 'schedule', at: C0, q: '浏阳那边门诊医保结算什么时候恢复', must: [dt(11, 12, 8)], not: [/12月31日/] },
  { id: 'FS24', cat: 'schedule', at: C0, q: '芙蓉区居民医保参保登记什么时候停', must: [dt(10, 22, 18)] },
  { id: 'FS25', cat: 'schedule', at: C0, q: '长沙医保一次性支取什么时候恢复办理', must: [dt(11, 22, 8)] },
  { id: 'FS26', cat: 'schedule', at: C0, q: '望城区住院结算哪天暂停', must: [dt(10, 31, 18)] },

  // ───────────────────────── time ─────────────────────────
  // Wuhan
  { id: 'FT01', cat: 'time', at: W('14T16:30:00'), q: '今天还能去社区办居民医保参保吗 武汉的', must: [R.works, tm(17, 30)] },
  { id: 'FT02', cat: 'time', at: W('14T18:10:00'), q: '武汉 现在给小孩办居民医保登记还来得及吗', must: [R.stopped, tm(17, 30)] },
  { id: 'FT03', cat: 'time', at: W('14T20:00:00'), q: '今晚还能在网上交2022年的居民医保吗 武汉', must: [R.works, MID] },
  { id: 'FT04', cat: 'time', at: W('15T09:00:00'), q: '武汉 昨晚12点以后医保费就交不了了？现在能交吗', must: [R.stopped, TBD] },
  { id: 'FT05', cat: 'time', at: W('15T10:00:00'), q: '我们公司今天还能给新员工办武汉职工医保参保吗', must: [R.works, tm(17, 30)] },
  { id: 'FT06', cat: 'time', at: W('16T10:00:00'), q: '武汉现在去医保窗口办职工医保变更能办吗', must: [R.stopped] },
  { id: 'FT07', cat: 'time', at: W('20T14:00:00'), q: '武汉现在去医院看病还能用医保卡吗', must: [R.works, dt(12, 22, 18)] },
  { id: 'FT08', cat: 'time', at: W('21T10:00:00'), q: '明天在武汉还能刷医保卡买药吗', must: [tm(18)] },
  { id: 'FT09', cat: 'time', at: W('22T17:00:00'), q: '武汉 现在还能刷医保吗，是不是再过一个小时就不行了', must: [R.works, tm(18)] },
  { id: 'FT10', cat: 'time', at: W('22T10:00:00'), q: '我们医院今天下午5点以后还能给病人办医保出院结算吗', must: [tm(17)] },
  { id: 'FT11', cat: 'time', at: W('22T19:00:00'), q: '武汉药店现在刷不了医保卡了？', must: [R.stopped, dt(12, 31, 23)] },
  { id: 'FT12', cat: 'time', at: W('21T10:00:00'), q: '后天去武汉同济看病医保能报吗', must: [R.stopped, dt(12, 31, 23)] },
  { id: 'FT13', cat: 'time', at: W('20T10:00:00'), q: '12月25号在武汉住院能用医保结算吗', must: [R.stopped, /垫付/] },
  { id: 'FT14', cat: 'time', at: W('27T09:00:00'), q: '武汉医保这周五能恢复吗', must: [tm(23)] },
  { id: 'FT15', cat: 'time', at: W('20T10:00:00'), q: '武汉月底看病能刷医保吗', must: [dt(12, 31, 23)] },
  { id: 'FT16', cat: 'time', at: W('31T22:00:00'), q: '武汉现在医保能结算了吗', must: [NOTYET, tm(23)] },
  { id: 'FT17', cat: 'time', at: '2022-01-01T09:00:00+08:00', q: '武汉今天看病能用医保了吗', must: [OK] },
  { id: 'FT18', cat: 'time', at: '2022-01-05T10:00:00+08:00', q: '武汉现在可以办居民医保参保了吗', must: [GRAD] },
  { id: 'FT19', cat: 'time', at: W('25T10:00:00'), q: '武汉停机了，这个月的退休金还照常发吗', must: [/不受影响|照常|正常发放/] },
  { id: 'FT20', cat: 'time', at: W('14T15:00:00'), q: '武汉灵活就业欠的社保今天还能实时补缴吗', must: [R.works, tm(17, 30)] },
  // Changsha
  { id: 'FT21', cat: 'time', at: C('10-22T16:00:00'), q: '长沙今天还能办职工医保参保登记吗', must: [R.works, tm(18)] },
  { id: 'FT22', cat: 'time', at: C('10-22T19:00:00'), q: '长沙 现在能办医保参保吗', must: [R.stopped, dt(11, 22, 8)] },
  { id: 'FT23', cat: 'time', at: C('10-25T10:00:00'), q: '长沙现在看门诊还能刷医保吗', must: [R.works, dt(10, 31, 18)] },
  { id: 'FT24', cat: 'time', at: C('10-29T10:00:00'), q: '长沙这周日晚上去医院能刷医保吗', must: [tm(18)] },
  { id: 'FT25', cat: 'time', at: C('10-31T17:00:00'), q: '长沙现在住院结算还能用医保吗', must: [R.works, tm(18)] },
  { id: 'FT26', cat: 'time', at: C('11-05T10:00:00'), q: '长沙现在看门诊医保能报吗', must: [R.stopped, /垫付/, dt(11, 12, 8)] },
  { id: 'FT27', cat: 'time', at: C('11-11T20:00:00'), q: '长沙明天早上医保能刷了吗', must: [tm(8)] },
  { id: 'FT28', cat: 'time', at: C('11-12T07:30:00'), q: '长沙医保结算恢复了没', must: [NOTYET, tm(8)] },
  { id: 'FT29', cat: 'time', at: C('11-12T09:00:00'), q: '长沙现在医院能用医保结算了吗', must: [OK] },
  { id: 'FT30', cat: 'time', at: C('11-15T10:00:00'), q: '长沙现在能办居民医保参保登记吗', must: [R.stopped, dt(11, 22, 8)] },
  { id: 'FT31', cat: 'time', at: C('11-19T10:00:00'), q: '长沙下周一能去办医保关系转移吗', must: [tm(8)] },
  { id: 'FT32', cat: 'time', at: C('11-23T10:00:00'), q: '长沙医保参保登记现在能办了吗', must: [OK] },
  { id: 'FT33', cat: 'time', at: C('10-20T10:00:00'), q: '长沙后天下午还能办居民医保登记吗', must: [tm(18)] },
  // cross-city: the other city's state must not leak
  { id: 'FT34', cat: 'time', at: C('11-05T10:00:00'), q: '武汉医保现在能正常用吗', must: [R.works] },
  { id: 'FT35', cat: 'time', at: W('25T10:00:00'), q: '长沙医保现在能刷吗', must: [OK] },

  // ───────────────────────── procedure ─────────────────────────
  { id: 'FP01', cat: 'procedure', at: W0, q: '武汉停机期间我有门诊慢性病要看，费用怎么办', must: [/垫付/, /补录|结算/] },
  { id: 'FP02', cat: 'procedure', at: W0, q: '武汉12月22号我家老人还住着院出不了院，医保怎么弄', must: [/再次|重新|新(系统|平台)|上线/, /起付线/] },
  { id: 'FP03', cat: 'procedure', at: W0, q: '武汉停机这段时间需要办异地就医备案怎么办', must: [/补登记|补办|补结算/, /现金|垫付/] },
  { id: 'FP04', cat: 'procedure', at: W0, q: '坐席：来电市民问武汉停机期间门诊慢性病资格申报不了怎么办', must: [/追溯报销/] },
  { id: 'FP05', cat: 'procedure', at: W0, q: '武汉停机期间生孩子的费用医保怎么报', must: [/追溯报销/] },
  { id: 'FP06', cat: 'procedure', at: W0, q: '武汉医保有个业务办理期限正好在停机期间到期了怎么办', must: [/顺延/] },
  { id: 'FP07', cat: 'procedure', at: W0, q: '我们是武汉的企业HR，停机期间员工社保增减员办不了，后面怎么补', must: [/三个月|3个月/, /补办/] },
  { id: 'FP08', cat: 'procedure', at: W0, q: '我爸12月底退休，武汉停机办不了退休审核，养老金会少吗', must: [/补发/, /三个月|3个月/] },
  { id: 'FP09', cat: 'procedure', at: W0, q: '武汉工伤病人22号前出不了院，后面的工伤医疗费用怎么处理', must: [/再次|重新|新系统/] },
  { id: 'FP10', cat: 'procedure', at: W0, q: '武汉要停机了，我要长期吃特殊药品，需要提前准备什么', must: [/提前|备药|开具/] },
  { id: 'FP11', cat: 'procedure', at: W0, q: '武汉还没交明年的居民医保怎么办', must: [dt(12, 14, 24)] },
  { id: 'FP12', cat: 'procedure', at: W0, q: '武汉停机期间工伤保险定期待遇还发吗', must: [/不受影响|照常|正常/] },
  { id: 'FP13', cat: 'procedure', at: W0, q: '武汉停机期间每个月的失业金还发不发', must: [/不受影响|照常|正常发放/] },
  { id: 'FP14', cat: 'procedure', at: W0, q: '武汉停机期间社保卡丢了去哪补', must: [/银行/] },
  { id: 'FP15', cat: 'procedure', at: W0, q: '武汉停机期间看普通门诊，医保用不了怎么办', must: [/现金/] },
  { id: 'FP16', cat: 'procedure', at: W0, q: '武汉停机期间异地就医，后来实在补办不了结算，钱怎么报', must: [/现金报销/, /经办机构|辖区/] },
  { id: 'FP17', cat: 'procedure', at: W0, q: '武汉停机期间住院垫付的钱，系统上线后去哪里办结算', must: [/定点|医院|医疗机构|医药机构/, /补录|结算/] },
  { id: 'FP18', cat: 'procedure', at: W0, q: '武汉停机期间工伤就医待遇受影响了，之后能去哪报', must: [/追溯报销|补录/, /社保经办|协议机构|经办机构/] },
  { id: 'FP19', cat: 'procedure', at: C0, q: '长沙停机期间特药怎么买，还能报吗', must: [/垫付/, /补报/] },
  {
    id: 'FP20',
    cat: 'procedure',
    at: C('10-28T10:00:00'),
    q: '你好，我妈妈在长沙县住院，本来打算下个月初出院的，听说医保系统要停机，那到时候出院是不是要我们自己先把钱全交了？还是医院后面会帮忙补办？',
    must: [/补办/, /结算|报销/],
  },
  { id: 'FP21', cat: 'procedure', at: C0, q: '我是长沙医保，在广州联网医院住院，长沙停机期间出院怎么办', must: [/补办/, /垫付/] },
  { id: 'FP22', cat: 'procedure', at: C0, q: '长沙参保人去外省异地联网医院入院，正好赶上停机怎么办', must: [/补办.{0,8}入院|入院登记/] },
  { id: 'FP23', cat: 'procedure', at: C0, q: '外地参保的在长沙住院，停机期间出院咋结算', must: [/补办|垫付/, /参保地|报销|结算/] },
  { id: 'FP24', cat: 'procedure', at: C0, q: '长沙停机期间转了院，转院登记后面谁来补办', must: [/经办/] },
  { id: 'FP25', cat: 'procedure', at: C0, q: '长沙停机期间门诊垫付的钱，之后去哪补报', must: [/定点|医院|药店|医药机构/, /补报/] },
  { id: 'FP26', cat: 'procedure', at: C0, q: '长沙停机期间到医院办住院，医保入院登记怎么办', must: [/补办.{0,8}入院|入院登记/] },
  { id: 'FP27', cat: 'procedure', at: C0, q: '有个开福区的来电问，停机期间特门病人看病要自己先付钱吗', must: [/垫付/] },

  // ───────────────────────── contact ─────────────────────────
  { id: 'FK01', cat: 'contact', at: C0, q: '芙蓉区医保费用结算电话', must: [/84683805/] },
  { id: 'FK02', cat: 'contact', at: C0, q: '天心区特门特药咨询电话是多少', must: [/85899385/] },
  { id: 'FK03', cat: 'contact', at: C0, q: '岳麓区医保参保登记打哪个电话', must: [/88999179/] },
  { id: 'FK04', cat: 'contact', at: C0, q: '长沙县城乡居民参保登记电话', must: [/84024158/] },
  { id: 'FK05', cat: 'contact', at: C0, q: '望城区医保结算电话多少', must: [/88085419/] },
  { id: 'FK06', cat: 'contact', at: C0, q: '宁乡异地就医备案找谁 电话', must: [/87828225/] },
  { id: 'FK07', cat: 'contact', at: C0, q: '长沙市医保中心异地费用结算电话', must: [/88665715/] },
  { id: 'FK08', cat: 'contact', at: C0, q: '长沙市医保中心职工参保登记电话', must: [/82116246/] },
  { id: 'FK09', cat: 'contact', at: W0, q: '武汉社保服务电话是多少', must: [/12333/] },
  { id: 'FK10', cat: 'contact', at: W0, q: '武汉医保咨询热线，带区号的', must: [/027/, /87812393/] },
  { id: 'FK11', cat: 'contact', at: C0, q: '高新区医保异地备案电话', must: [/88995625/] },
  { id: 'FK12', cat: 'contact', at: C0, q: '浏阳办异地备案打什么电话', must: [/83601728|83165702/] },
  { id: 'FK13', cat: 'contact', at: C0, q: '雨花区特门特药电话', must: [/85880511/] },
  { id: 'FK14', cat: 'contact', at: C0, q: '长沙县职工医保参保电话', must: [/84023018/] },
  { id: 'FK15', cat: 'contact', at: C0, q: '宁乡市参保登记咨询电话', must: [/88980226|87892498/] },
  { id: 'FK16', cat: 'contact', at: C0, q: '长沙市医保中心办异地备案的电话', must: [/88665154|88665204/] },
  { id: 'FK17', cat: 'contact', at: C0, q: '天心区医保费用结算电话', must: [/85899381/] },

  // ───────────────────────── oos ─────────────────────────
  { id: 'FO01', cat: 'oos', at: C0, q: '株洲医保系统什么时候切换', must: [R.fallback], not: [/10月22日|11月22日|10月31日|11月12日/] },
  { id: 'FO02', cat: 'oos', at: W0, q: '宜昌医保什么时候停机', must: [R.fallback], not: [/12月22日|12月31日|12月14日/] },
  { id: 'FO03', cat: 'oos', at: W0, q: '北京医保卡怎么激活', must: [R.fallback] },
  { id: 'FO04', cat: 'oos', at: W0, q: '上海社保什么时候恢复办理', must: [R.fallback], not: [/12月31日|11月22日/] },
  { id: 'FO05', cat: 'oos', at: W0, q: '明天武汉天气怎么样', must: [R.fallback] },
  { id: 'FO06', cat: 'oos', at: C0, q: '帮我查一下长沙到北京的高铁票', must: [R.fallback] },
  { id: 'FO07', cat: 'oos', at: C0, q: '护照过期了怎么换', must: [R.fallback] },
  { id: 'FO08', cat: 'oos', at: C0, q: '推荐个长沙好吃的火锅店', must: [R.fallback] },
  { id: 'FO09', cat: 'oos', at: C0, q: '湘潭的医保结算停了吗', must: [R.fallback], not: [/10月31日|11月12日/] },
  { id: 'FO10', cat: 'oos', at: W0, q: '黄石的社保经办啥时候暂停', must: [R.fallback], not: [/12月15日|12月14日/] },

  // ───────────────────────── chat ─────────────────────────
  { id: 'FC01', cat: 'chat', at: C0, q: '在吗', must: [/在|您好|你好|请问|有什么/] },
  { id: 'FC02', cat: 'chat', at: W0, q: '谢谢你啊', must: [/不客气|不用谢|客气|乐意|很高兴|随时|欢迎/] },
  { id: 'FC03', cat: 'chat', at: W0, q: '你是谁', must: [/医保|助手|机器人|客服|智能/] },
  { id: 'FC04', cat: 'chat', at: C0, q: '早上好呀', must: [/好|欢迎/] },
  { id: 'FC05', cat: 'chat', at: C0, q: '好的 拜拜', must: [/再见|拜拜|祝|欢迎|随时/] },

  // ───────────────────────── context ─────────────────────────
  {
    id: 'FM01a',
    cat: 'context',
    at: W('13T10:00:00'),
    session: 'fresh-w-hr',
    q: '我是武汉一家公司的人事，想给新员工办职工医保参保',
    must: [dt(12, 15, 17, 30)],
  },
  { id: 'FM01b', cat: 'context', at: W('13T10:01:00'), session: 'fresh-w-hr', q: '那社保的其他业务呢，最晚什么时候', must: [dt(12, 15, 17, 30)] },
  { id: 'FM01c', cat: 'context', at: W('13T10:02:00'), session: 'fresh-w-hr', q: '有问题打哪个电话', must: [/87812393|12333/] },
  {
    id: 'FM02a',
    cat: 'context',
    at: C('11-03T10:00:00'),
    session: 'fresh-c-yuelu',
    q: '我在岳麓区，现在去医院看病能刷医保吗',
    must: [R.stopped, dt(11, 12, 8)],
  },
  { id: 'FM02b', cat: 'context', at: C('11-03T10:01:00'), session: 'fresh-c-yuelu', q: '那结算的事打哪个电话问', must: [/88999179/] },
  { id: 'FM02c', cat: 'context', at: C('11-03T10:02:00'), session: 'fresh-c-yuelu', q: '特门特药呢', must: [/88999319/] },
  { id: 'FM03a', cat: 'context', at: C0, session: 'fresh-two', q: '长沙医保结算哪天停', must: [dt(10, 31, 18)] },
  { id: 'FM03b', cat: 'context', at: C0, session: 'fresh-two', q: '武汉呢', must: [dt(12, 22, 18)] },
  {
    id: 'FM04a',
    cat: 'context',
    at: W('21T10:00:00'),
    session: 'fresh-w-hosp',
    q: '我是武汉一家医院的，在院病人的医保出院结算最晚什么时候要办',
    must: [tm(17)],
  },
  { id: 'FM04b', cat: 'context', at: W('21T10:01:00'), session: 'fresh-w-hosp', q: '停机以后新来住院的病人呢', must: [/垫付/, /补录|结算/] },

  // ───────────────────────── wording ─────────────────────────
  { id: 'FW01', cat: 'wording', at: W0, q: '武漢醫保結算幾時恢復', must: [dt(12, 31, 23)] },
  { id: 'FW02', cat: 'wording', at: C0, q: '長沙門診結算甚麼時候暫停', must: [dt(10, 31, 18)] },
  { id: 'FW03', cat: 'wording', at: W0, q: '武漢生育保險登記幾號停', must: [dt(12, 15, 17, 30)] },
  { id: 'FW04', cat: 'wording', at: C0, q: '长纱医保结算几号恢复啊', must: [dt(11, 12, 8)] },
  { id: 'FW05', cat: 'wording', at: W0, q: '武汗的医保卡啥时候刷不了', must: [dt(12, 22, 18)] },
  { id: 'FW06', cat: 'wording', at: C0, q: '长沙１１月２２号能办医保参保了吗', must: [tm(8)] },
  { id: 'FW07', cat: 'wording', at: W('25T10:00:00'), q: '武汉！！医保！！到底什么时候能用？？？', must: [dt(12, 31, 23)] },
  { id: 'FW08', cat: 'wording', at: C0, q: '长 沙 医 保 参 保 恢 复 时 间', must: [dt(11, 22, 8)] },
  { id: 'FW09', cat: 'wording', at: C0, q: '长沙医保几时停埋结算啊', must: [dt(10, 31, 18)] },
  { id: 'FW10', cat: 'wording', at: W0, q: '武汉医宝结算几号停', must: [dt(12, 22, 18)] },
  { id: 'FW11', cat: 'wording', at: C0, q: '長沙縣住院結算哪天恢復', must: [dt(11, 12, 8)] },
];
