// A fourth independent question set, written by a helper who saw only the two seed notices
// (sentence by sentence, in plain citizen wording) and the shared sample's format, never the
// bot's code, knowledge or the other sets. Its first run scored 115/118.
import { dt, tm, R, type Case } from './lib.ts';

// either of several regexes
const anyOf = (...rs: RegExp[]) => new RegExp(rs.map((r) => `(?:${r.source})`).join('|'));

const WA = '2021-12-13T10:00:00+08:00'; // Wuhan, before any stop
const WB = '2021-12-12T15:30:00+08:00'; // Wuhan, before any stop
const CA = '2021-10-19T10:00:00+08:00'; // Changsha, before any stop
const CB = '2021-10-20T16:00:00+08:00'; // Changsha, before any stop
const LATER = anyOf(/逐步/, /视.{0,8}情况/, /另行(通知|公告)/);

export const cases: Case[] = [
  // ---------------- schedule ----------------
  { id: 'HS01', cat: 'schedule', at: WA, q: '武汉大学生医保参保啥时候开始办不了', must: [dt(12, 14, 17, 30)] },
  { id: 'HS02', cat: 'schedule', at: WA, q: '武汉明年的居民医保我还没交，最晚交到什么时候', must: [dt(12, 14, 24)] },
  { id: 'HS03', cat: 'schedule', at: WB, q: '武汉单位职工医保费在银行和税务那边哪天起交不了', must: [dt(12, 14, 24)] },
  { id: 'HS04', cat: 'schedule', at: WA, q: '武汉生育保险的参保信息变更几号起不能办', must: [dt(12, 15, 17, 30)] },
  { id: 'HS05', cat: 'schedule', at: WB, q: '武汉社保欠费补缴哪天停', must: [dt(12, 14, 17, 30)] },
  { id: 'HS06', cat: 'schedule', at: WA, q: '武汉灵活就业人员交社保最晚到哪天', must: [dt(12, 14, 24)] },
  { id: 'HS07', cat: 'schedule', at: WB, q: '武汉公司给员工办社保增减员，最晚哪天能办', must: [dt(12, 15, 17, 30)] },
  { id: 'HS08', cat: 'schedule', at: WA, q: '武汉去医保中心申请报销医保待遇，从哪天开始不受理', must: [dt(12, 22, 18)] },
  { id: 'HS09', cat: 'schedule', at: WB, q: '武汉工伤康复和配辅助器具的结算哪天停', must: [dt(12, 22, 18)] },
  { id: 'HS10', cat: 'schedule', at: WA, q: '武汉工伤定点医院的联网结算什么时候能恢复', must: [dt(12, 31, 23), /逐步/] },
  { id: 'HS11', cat: 'schedule', at: WB, q: '武汉医保刷卡一共停多久，从哪天到哪天', must: [dt(12, 22, 18), dt(12, 31, 23)] },
  { id: 'HS12', cat: 'schedule', at: WA, q: '武汉医保费缴费什么时候能恢复', must: [/另行(通知|公告)/] },
  { id: 'HS13', cat: 'schedule', at: WB, q: '武汉企业社保交费停了以后哪天能再交', must: [/另行(通知|公告)/] },
  { id: 'HS14', cat: 'schedule', at: WA, q: '武汉医院最晚几点前要给住院病人办完医保出院结算', must: [dt(12, 22, 17)] },
  { id: 'HS15', cat: 'schedule', at: WB, q: '武汉居民医保参保登记停了以后哪天能恢复', must: [LATER] },
  { id: 'HS16', cat: 'schedule', at: CA, q: '长沙职工医保个人账户划拨几号开始停', must: [dt(10, 22, 18)] },
  { id: 'HS17', cat: 'schedule', at: CB, q: '长沙医保关系转移要暂停多久', must: [dt(10, 22, 18), dt(11, 22, 8)] },
  { id: 'HS18', cat: 'schedule', at: CA, q: '长沙买特药的医保结算哪天停', must: [dt(10, 31, 18)] },
  { id: 'HS19', cat: 'schedule', at: CB, q: '外地人在长沙住院，异地联网结算哪天恢复', must: [dt(11, 12, 8)] },
  { id: 'HS20', cat: 'schedule', at: CA, q: '长沙城乡居民改医保个人信息，啥时候能再办', must: [dt(11, 22, 8)] },

  // ---------------- time (state at the moment of asking) ----------------
  { id: 'HT01', cat: 'time', at: '2021-12-14T17:20:00+08:00', q: '武汉现在去社区还能办居民医保参保吗', must: [R.works, tm(17, 30)] },
  { id: 'HT02', cat: 'time', at: '2021-12-14T17:45:00+08:00', q: '我儿子在武汉上大学，现在能在省政务服务网上改他的医保信息吗', must: [R.stopped] },
  { id: 'HT03', cat: 'time', at: '2021-12-14T23:40:00+08:00', q: '武汉今晚还能交明年的居民医保吗', must: [R.works, anyOf(dt(12, 14, 24), tm(24))] },
  { id: 'HT04', cat: 'time', at: '2021-12-15T00:10:00+08:00', q: '武汉现在还能去银行交居民医保吗', must: [R.stopped] },
  { id: 'HT05', cat: 'time', at: '2021-12-15T10:00:00+08:00', q: '武汉单位今天还能给职工办医保参保登记吗', must: [R.works, tm(17, 30)] },
  { id: 'HT06', cat: 'time', at: '2021-12-15T17:40:00+08:00', q: '武汉职工医保现在还能去窗口办变更吗', must: [R.stopped] },
  { id: 'HT07', cat: 'time', at: '2021-12-15T16:00:00+08:00', q: '武汉社保欠费今天还能实时补缴吗', must: [R.stopped] },
  { id: 'HT08', cat: 'time', at: '2021-12-16T10:00:00+08:00', q: '鄂汇办上现在还能办武汉社保的业务吗', must: [R.stopped] },
  { id: 'HT09', cat: 'time', at: '2021-12-17T10:00:00+08:00', q: '武汉医保的支付宝小程序这几天能办参保变更吗', must: [R.stopped] },
  { id: 'HT10', cat: 'time', at: '2021-12-20T10:00:00+08:00', q: '武汉今天去药店刷医保卡买药可以吗', must: [R.works, dt(12, 22, 18)] },
  { id: 'HT11', cat: 'time', at: '2021-12-22T17:55:00+08:00', q: '武汉这会儿还能刷医保买药不', must: [R.works, tm(18)] },
  { id: 'HT12', cat: 'time', at: '2021-12-22T18:05:00+08:00', q: '武汉现在去医院看门诊能用医保吗', must: [R.stopped, /现金/] },
  { id: 'HT13', cat: 'time', at: '2021-12-28T10:00:00+08:00', q: '我爸在武汉住院，现在办出院能走医保吗', must: [R.stopped, /垫付|补录|再次办理|上线后/] },
  { id: 'HT14', cat: 'time', at: '2021-12-31T22:50:00+08:00', q: '武汉药店医保能用了没', must: [anyOf(R.stopped, R.notResumed), tm(23)] },
  { id: 'HT15', cat: 'time', at: '2021-12-31T23:10:00+08:00', q: '武汉现在能刷医保买药了吗', must: [anyOf(R.resumed, R.works)], not: [R.notResumed] },
  { id: 'HT16', cat: 'time', at: '2022-01-05T10:00:00+08:00', q: '武汉医院看病的医保结算恢复了没有', must: [R.resumed], not: [R.notResumed] },
  { id: 'HT17', cat: 'time', at: '2021-12-25T10:00:00+08:00', q: '武汉工伤住院现在能直接结算吗', must: [R.stopped, /垫付/] },
  { id: 'HT18', cat: 'time', at: '2022-01-03T10:00:00+08:00', q: '武汉工伤协议医院现在能联网结算了吗', must: [/逐步/, dt(12, 31, 23)] },
  { id: 'HT19', cat: 'time', at: '2021-12-26T10:00:00+08:00', q: '武汉停机这几天退休金还照常发吗', must: [/不受影响|正常发放|照常/] },
  { id: 'HT20', cat: 'time', at: '2021-12-27T10:00:00+08:00', q: '武汉社保卡丢了，现在能挂失补卡吗', must: [/银行/, R.works] },
  { id: 'HT21', cat: 'time', at: '2021-12-14T17:00:00+08:00', q: '武汉欠的社保费今天还能补缴吗', must: [R.works, tm(17, 30)] },
  { id: 'HT22', cat: 'time', at: '2022-01-10T10:00:00+08:00', q: '武汉现在能交医保费了吗', must: [/另行(通知|公告)/] },
  { id: 'HT23', cat: 'time', at: '2021-10-22T17:50:00+08:00', q: '长沙现在还能办医保参保吗', must: [R.works, tm(18)] },
  { id: 'HT24', cat: 'time', at: '2021-10-22T18:10:00+08:00', q: '长沙医保关系想转走，现在能办吗', must: [R.stopped, dt(11, 22, 8)] },
  { id: 'HT25', cat: 'time', at: '2021-10-25T10:00:00+08:00', q: '长沙这几天住院医保能结算吗', must: [R.works, dt(10, 31, 18)] },
  { id: 'HT26', cat: 'time', at: '2021-10-31T17:30:00+08:00', q: '长沙药店现在刷医保还行吗', must: [R.works, tm(18)] },
  { id: 'HT27', cat: 'time', at: '2021-10-31T18:20:00+08:00', q: '长沙现在看特殊门诊能走医保吗', must: [R.stopped, /垫付/] },
  { id: 'HT28', cat: 'time', at: '2021-11-12T07:50:00+08:00', q: '长沙医保结算恢复了吗', must: [anyOf(R.stopped, R.notResumed), tm(8)] },
  { id: 'HT29', cat: 'time', at: '2021-11-12T08:10:00+08:00', q: '长沙门诊现在能刷医保了吗', must: [anyOf(R.resumed, R.works)], not: [R.notResumed] },
  { id: 'HT30', cat: 'time', at: '2021-11-15T10:00:00+08:00', q: '长沙现在能去医保局办参保登记吗', must: [anyOf(R.stopped, R.notResumed), dt(11, 22, 8)] },
  { id: 'HT31', cat: 'time', at: '2021-11-22T08:30:00+08:00', q: '长沙今天能办灵活就业医保补缴了吗', must: [anyOf(R.resumed, R.works)], not: [R.notResumed] },
  { id: 'HT32', cat: 'time', at: '2021-11-05T10:00:00+08:00', q: '我的长沙APP这几天能查医保吗', must: [R.stopped] },
  { id: 'HT33', cat: 'time', at: '2021-10-26T10:00:00+08:00', q: '长沙医保个人账户的钱想一次性取出来，现在能办吗', must: [R.stopped, dt(11, 22, 8)] },
  { id: 'HT34', cat: 'time', at: '2021-11-03T10:00:00+08:00', q: '长沙医保中心这几天能办业务吗', must: [R.stopped] },

  // ---------------- procedure ----------------
  { id: 'HP01', cat: 'procedure', at: WA, q: '武汉停机那几天看门诊，钱怎么付', must: [/现金/] },
  { id: 'HP02', cat: 'procedure', at: WB, q: '武汉慢性病门诊停机期间看病怎么报销', must: [/垫付/, /补录|结算/] },
  { id: 'HP03', cat: 'procedure', at: WA, q: '武汉停机期间要去外地看病，备案办不了咋办', must: [/补登记|补办|补结算/, /现金/] },
  { id: 'HP04', cat: 'procedure', at: WB, q: '武汉停机期间生孩子的费用还能报吗', must: [/追溯/] },
  { id: 'HP05', cat: 'procedure', at: WA, q: '武汉门诊慢病资格停机期间申报不了怎么办', must: [/追溯/] },
  { id: 'HP06', cat: 'procedure', at: WB, q: '武汉医保业务办理期限在停机期间到期了咋办', must: [/顺延|延长|延后/] },
  { id: 'HP07', cat: 'procedure', at: WA, q: '武汉还在住院的病人，停机前医院要做什么', must: [dt(12, 22, 17), /出院/] },
  { id: 'HP08', cat: 'procedure', at: WB, q: '武汉住院还没到出院条件，停机后重新办住院要再交起付线吗', must: [/不另收|不再收|不收|无需|不用|不需要/] },
  { id: 'HP09', cat: 'procedure', at: WA, q: '武汉常年吃药的人停机前要做啥准备', must: [/提前|备药/] },
  { id: 'HP10', cat: 'procedure', at: WB, q: '武汉单位的社保业务停机期间没办成，以后还能补吗', must: [/三个月|3个月/, /补办/] },
  { id: 'HP11', cat: 'procedure', at: WA, q: '在武汉，停机期间刚好要办退休，会不会少领钱', must: [/补发/, /三个月|3个月/] },
  { id: 'HP12', cat: 'procedure', at: WB, q: '武汉家里老人去世了，停机期间丧葬抚恤这些待遇怎么领', must: [/补发|上线后/] },
  { id: 'HP13', cat: 'procedure', at: WA, q: '武汉工伤的人还在住院，停机前医院会怎么处理', must: [dt(12, 22, 17), /出院|再次办理|新系统/] },
  { id: 'HP14', cat: 'procedure', at: WB, q: '武汉停机影响了工伤看病的待遇，以后还能报吗', must: [/追溯/, /社保/] },
  { id: 'HP15', cat: 'procedure', at: WA, q: '武汉停机时间要是提前或推迟了，去哪看通知', must: [/政府网站|官网|公众号/] },
  { id: 'HP16', cat: 'procedure', at: WB, q: '武汉医保为啥要停机', must: [/湖北省/, /平台|系统/] },
  { id: 'HP17', cat: 'procedure', at: CA, q: '长沙停机期间看普通门诊自己掏的钱，后面怎么报', must: [/垫付/, /补报|定点/] },
  { id: 'HP18', cat: 'procedure', at: CB, q: '我是长沙医保，在北京住院，停机期间要出院怎么弄', must: [/补办/, /垫付/] },
  { id: 'HP19', cat: 'procedure', at: CA, q: '长沙参保的人在外地医院住院，停机期间入院登记怎么办', must: [/补办.{0,8}入院/] },
  { id: 'HP20', cat: 'procedure', at: CB, q: '长沙停机期间在本地医院出院，医保怎么结', must: [/补办/, /结算|报销/] },
  { id: 'HP21', cat: 'procedure', at: CA, q: '外地医保的人在长沙住院，停机时候出院咋办', must: [/补办/, /垫付/] },
  { id: 'HP22', cat: 'procedure', at: CB, q: '长沙停机期间转院了，转院登记后面谁来补', must: [/经办/] },
  { id: 'HP23', cat: 'procedure', at: CA, q: '长沙县和宁乡的医保也跟着停吗', must: [/包括|长望浏宁|全市|同样|也会|也将|也要/] },
  { id: 'HP24', cat: 'procedure', at: CB, q: '长沙医保停机的事有疑问该问谁', must: [/电话|经办/] },

  // ---------------- contact ----------------
  { id: 'HK01', cat: 'contact', at: CA, q: '长沙市医保中心办异地备案打哪个电话', must: [/88665154|88665204/] },
  { id: 'HK02', cat: 'contact', at: CB, q: '长沙医保中心异地看病费用结算的电话', must: [/88665715/] },
  { id: 'HK03', cat: 'contact', at: CA, q: '长沙城乡居民参保登记，市医保中心电话多少', must: [/82116252/] },
  { id: 'HK04', cat: 'contact', at: CB, q: '芙蓉区医保参保登记打什么电话', must: [/84683312|84683817/] },
  { id: 'HK05', cat: 'contact', at: CA, q: '天心区医保费用报销结算电话', must: [/85899381/] },
  { id: 'HK06', cat: 'contact', at: CB, q: '岳麓区看特殊门诊特药的咨询电话', must: [/88999319/] },
  { id: 'HK07', cat: 'contact', at: CA, q: '长沙县职工医保参保登记电话', must: [/84023018/] },
  { id: 'HK08', cat: 'contact', at: CB, q: '望城区医保结算咨询电话多少', must: [/88085419/] },
  { id: 'HK09', cat: 'contact', at: CA, q: '浏阳市异地就医备案电话', must: [/83601728|83165702/] },
  { id: 'HK10', cat: 'contact', at: CB, q: '高新区医保异地备案打哪个号码', must: [/88995625/] },
  { id: 'HK11', cat: 'contact', at: WA, q: '武汉社保咨询电话是多少', must: [/12333/] },
  { id: 'HK12', cat: 'contact', at: CA, q: '开福区医保参保登记电话', must: [/84558018/] },

  // ---------------- out of scope ----------------
  { id: 'HO01', cat: 'oos', at: CA, q: '南京医保系统什么时候切换', must: [R.fallback] },
  { id: 'HO02', cat: 'oos', at: WA, q: '深圳社保卡怎么激活', must: [R.fallback] },
  { id: 'HO03', cat: 'oos', at: CA, q: '长沙住房公积金怎么提取', must: [R.fallback] },
  { id: 'HO04', cat: 'oos', at: WA, q: '武汉明天天气怎么样', must: [R.fallback] },
  { id: 'HO05', cat: 'oos', at: WB, q: '上海医保停机期间怎么报销', must: [R.fallback] },
  { id: 'HO06', cat: 'oos', at: CB, q: '帮我订一张去北京的高铁票', must: [R.fallback] },
  { id: 'HO07', cat: 'oos', at: CA, q: '株洲医保什么时候恢复结算', must: [R.fallback], not: [dt(11, 12, 8)] },
  { id: 'HO08', cat: 'oos', at: WA, q: '孝感医保哪天停机', must: [R.fallback], not: [dt(12, 22, 18)] },
  { id: 'HO09', cat: 'oos', at: WB, q: '养老金今年涨多少', must: [R.fallback] },
  { id: 'HO10', cat: 'oos', at: CB, q: '个人所得税年度汇算怎么退税', must: [R.fallback] },

  // ---------------- chat ----------------
  { id: 'HC01', cat: 'chat', at: WA, q: '谢谢你啊', must: [/不客气|不用谢|客气|很高兴|乐意/] },
  { id: 'HC02', cat: 'chat', at: CA, q: '你能帮我查点啥', must: [/医保|停机|武汉|长沙/] },
  { id: 'HC03', cat: 'chat', at: WB, q: '早上好', must: [/您好|你好|早上好|早安|欢迎/] },
  { id: 'HC04', cat: 'chat', at: CB, q: '好的，拜拜', must: [/再见|拜拜|祝|欢迎/] },

  // ---------------- context (multi-turn) ----------------
  { id: 'HM01a', cat: 'context', at: CA, session: 'h4-cs-settle', q: '长沙看病刷医保结算哪天开始停', must: [dt(10, 31, 18)] },
  { id: 'HM01b', cat: 'context', at: CA, session: 'h4-cs-settle', q: '那哪天能恢复', must: [dt(11, 12, 8)] },
  { id: 'HM01c', cat: 'context', at: CA, session: 'h4-cs-settle', q: '停的这段时间要买特药咋办', must: [/垫付/] },
  { id: 'HM02a', cat: 'context', at: WA, session: 'h4-wh-injury', q: '武汉工伤看病结算什么时候停', must: [dt(12, 22, 18)] },
  { id: 'HM02b', cat: 'context', at: WA, session: 'h4-wh-injury', q: '那啥时候恢复', must: [dt(12, 31, 23)] },
  { id: 'HM03a', cat: 'context', at: CB, session: 'h4-nx-phone', q: '宁乡市医保参保登记电话', must: [/88980226|87892498/] },
  { id: 'HM03b', cat: 'context', at: CB, session: 'h4-nx-phone', q: '那异地备案呢', must: [/87828225/] },
  { id: 'HM03c', cat: 'context', at: CB, session: 'h4-nx-phone', q: '特门特药呢', must: [/88981059/] },

  // ---------------- wording ----------------
  { id: 'HW01', cat: 'wording', at: WA, q: '武漢工傷結算什麼時候恢復', must: [dt(12, 31, 23)] },
  { id: 'HW02', cat: 'wording', at: WB, q: '武汉医保卡１２月２５号能用不', must: [R.stopped, dt(12, 31, 23)] },
  { id: 'HW03', cat: 'wording', at: CA, q: '长沙医报参保登记几号恢复', must: [dt(11, 22, 8)] },
  { id: 'HW04', cat: 'wording', at: CB, q: '长沙 医保 结算 停 几号', must: [dt(10, 31, 18)] },
  { id: 'HW05', cat: 'wording', at: WA, q: '请问一下哈，我妈在武汉住院，过几天医保系统停了咋整？？', must: [/垫付|再次办理|补录|出院结算/] },
  { id: 'HW06', cat: 'wording', at: WB, q: '武汉看病刷卡几时停几时好', must: [dt(12, 22, 18), dt(12, 31, 23)] },
];
