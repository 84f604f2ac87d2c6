// A third independent question set, written by a helper who saw only the two seed notices
// and the shared sample's format (never the bot's code, knowledge or the other sets). Its
// first run scored 115/125; the general fixes it led to are in the commit before the one
// that added it.
// Stresses: hotline paraphrases, named hospitals / pharmacies / banks / apps, specific
// groups of people, "not affected" yes/no questions, many date spellings asked before /
// during / after each window, multi-turn sessions with omitted city or topic,
// out-of-scope input and noisy wording.
import { dt, tm, R, type Case } from './lib.ts';

// any of several patterns
const any = (...rs: RegExp[]) => new RegExp(rs.map((r) => r.source).join('|'), rs.some((r) => r.flags.includes('i')) ? 'i' : '');

// "not affected / still paid" (Wuhan: 养老、失业、工伤定期待遇发放不受影响)
const NOTAFF = /不受影响|不影响|不会受|没有影响|无影响|照常|正常|按时|不会(停|中断)/;
// the notice does not cover it
const NOMENTION = /未提及|没有提(到|及)|未涉及|不涉及|没有涉及|未说明|没有说明|未明确|没有明确/;
const FB = any(R.fallback, NOMENTION);
// gibberish / unclear input
const UNCLEAR = any(R.fallback, /没(听|看)懂|不理解|不明白|不太明白|请(问|重新|换|再|具体)|您想(了解|咨询|问)/);
// Wuhan 12-14 24:00 (= 12-15 0:00), also as bare "24点 / 零点" for "tonight"
const W_1214_24 = any(dt(12, 14, 24), /24[:点时]|零点|0点|0:00|夜里12点|晚上12点/);
// no extra deductible (不另收起付线)
const NO_DEDUCT = /不另收|不再(另)?收|不会再|不用再|无需再|不需要再|不重复|不另外/;
// our dates must not be lent to another city
const OUR_DATES = /12月31日|11月12日|12月22日|10月31日|11月22日|10月22日|12月14日|12月15日/;

const W0 = '2021-12-12T09:00:00+08:00'; // Wuhan, notice just out, nothing stopped yet
const C0 = '2021-10-20T09:00:00+08:00'; // Changsha, nothing stopped yet

export const cases: Case[] = [
  // ───────────── schedule: dates and times of stops / resumptions ─────────────
  { id: 'GS01', cat: 'schedule', at: W0, q: '武汉鄂汇办APP上办城乡居民医保信息变更，从哪天几点开始办不了？', must: [dt(12, 14, 17, 30)] },
  { id: 'GS02', cat: 'schedule', at: W0, q: '我是灵活就业的，平时在工商银行代扣武汉社保费，最晚能交到什么时候？', must: [dt(12, 14, 24)] },
  { id: 'GS03', cat: 'schedule', at: W0, q: '武汉企业职工社保欠费实时补缴哪天停', must: [dt(12, 14, 17, 30)] },
  { id: 'GS04', cat: 'schedule', at: W0, q: '武汉企业职工社保其它经办业务（不是缴费）什么时候停办', must: [dt(12, 15, 17, 30)] },
  { id: 'GS05', cat: 'schedule', at: W0, q: '武汉工伤辅助器具配置的系统结算哪天开始暂停', must: [dt(12, 22, 18)] },
  { id: 'GS06', cat: 'schedule', at: W0, q: '市民反映武汉市中心医院让在院病人赶在停机前办出院结算，医院最晚要在几点前办完？', must: [dt(12, 22, 17)] },
  { id: 'GS08', cat: 'schedule', at: W0, q: '武汉生育保险的参保登记从哪天开始暂停办理', must: [dt(12, 15, 17, 30)] },
  { id: 'GS09', cat: 'schedule', at: W0, q: '华中科技大学的学生，大学生医保参保登记武汉哪天停', must: [dt(12, 14, 17, 30)] },
  { id: 'GS10', cat: 'schedule', at: C0, q: '“我的长沙”APP查医保要停多久？从几号到几号', must: [dt(10, 31, 18), dt(11, 12, 8)] },
  { id: 'GS12', cat: 'schedule', at: C0, q: '长沙职工医保关系转移哪天能重新办理', must: [dt(11, 22, 8)] },
  { id: 'GS13', cat: 'schedule', at: C0, q: '长沙城乡居民参保登记停办的那天是星期几', must: [/星期五|周五|礼拜五/] },
  { id: 'GS14', cat: 'schedule', at: C0, q: '望城区的医保业务也跟着长沙一起停吗', must: [/望城|长望浏宁|全市/, any(dt(10, 22, 18), dt(10, 31, 18))] },

  // ───────────── time: the state at the asked moment, dates written many ways ─────────────
  { id: 'GT01', cat: 'time', at: '2021-12-20T10:00:00+08:00', q: '12.25在武汉协和医院住院能报医保吗', must: [R.stopped, /垫付/] },
  { id: 'GT02', cat: 'time', at: '2021-12-20T10:00:00+08:00', q: '12/22上午去武汉同济医院开药还能刷医保吗', must: [R.works, tm(18)] },
  { id: 'GT03', cat: 'time', at: '2021-12-16T09:00:00+08:00', q: '武汉下礼拜三晚上7点还能在药店刷医保卡吗', must: [R.stopped, tm(18)] },
  { id: 'GT04', cat: 'time', at: '2021-12-24T10:00:00+08:00', q: '武汉这个周末去药店买药能用医保吗', must: [R.stopped, /现金/] },
  { id: 'GT05', cat: 'time', at: '2021-12-27T10:00:00+08:00', q: '武汉医保元旦前能恢复吗', must: [dt(12, 31, 23)] },
  { id: 'GT06', cat: 'time', at: '2021-12-28T10:00:00+08:00', q: '三十一号晚上十一点半在武汉的药店买药能刷医保吗', must: [any(R.works, /恢复/), tm(23)] },
  { id: 'GT08', cat: 'time', at: '2022-01-05T10:00:00+08:00', q: '武汉现在药店刷医保恢复了没', must: [R.resumed], not: [R.notResumed] },
  { id: 'GT09', cat: 'time', at: '2022-01-05T10:00:00+08:00', q: '武汉现在可以交2022年的居民医保了吗', must: [/另行通知/] },
  { id: 'GT10', cat: 'time', at: '2021-12-14T20:00:00+08:00', q: '武汉今晚还能交居民医保吗', must: [R.works, W_1214_24] },
  { id: 'GT11', cat: 'time', at: '2021-12-14T20:00:00+08:00', q: '武汉大学生医保参保登记现在还能办吗', must: [R.stopped, tm(17, 30)] },
  { id: 'GT12', cat: 'time', at: '2021-12-15T10:00:00+08:00', q: '我是公司HR，今天还能给新员工在武汉办职工医保参保登记吗', must: [R.works, tm(17, 30)] },
  { id: 'GT13', cat: 'time', at: '2021-12-15T10:00:00+08:00', q: '武汉今天还能去银行交灵活就业人员的社保吗', must: [R.stopped, dt(12, 14, 24)] },
  { id: 'GT15', cat: 'time', at: '2022-01-02T10:00:00+08:00', q: '武汉工伤医疗联网结算恢复了吗', must: [/逐步/, dt(12, 31, 23)] },
  { id: 'GT16', cat: 'time', at: '2022-01-03T10:00:00+08:00', q: '武汉职工医保参保信息变更现在能办了吗', must: [/逐步|视.{0,6}情况|另行/] },
  { id: 'GT17', cat: 'time', at: '2021-12-22T19:00:00+08:00', q: '武汉，刚才在药店刷医保卡刷不了，咋回事', must: [tm(18), /现金/] },
  { id: 'GT18', cat: 'time', at: '2021-12-31T20:00:00+08:00', q: '武汉今晚几点以后能刷医保', must: [tm(23)] },
  { id: 'GT20', cat: 'time', at: '2021-10-25T10:00:00+08:00', q: '长沙这周末去湘雅医院看门诊能刷医保吗', must: [R.works, dt(10, 31, 18)] },
  { id: 'GT23', cat: 'time', at: '2021-11-15T10:00:00+08:00', q: '长沙现在能办灵活就业医保参保吗', must: [any(R.stopped, R.notResumed), dt(11, 22, 8)] },
  { id: 'GT24', cat: 'time', at: '2021-11-15T10:00:00+08:00', q: '长沙现在益丰大药房能刷医保了吗', must: [R.resumed], not: [R.notResumed] },
  { id: 'GT25', cat: 'time', at: '2021-10-22T15:00:00+08:00', q: '今天下班前还能在长沙办医保关系转移吗', must: [R.works, tm(18)] },
  { id: 'GT26', cat: 'time', at: '2021-10-31T10:00:00+08:00', q: '长沙今晚八点去急诊能刷医保吗', must: [R.stopped, tm(18)] },
  { id: 'GT27', cat: 'time', at: '2021-10-20T09:00:00+08:00', q: '11/1在长沙做特门透析能走医保吗', must: [R.stopped, /垫付/] },
  { id: 'GT28', cat: 'time', at: '2021-10-20T09:00:00+08:00', q: '长沙月底还能刷医保看病吗', must: [dt(10, 31, 18)] },
  { id: 'GT29', cat: 'time', at: '2021-11-12T07:00:00+08:00', q: '长沙今天能刷医保吗', must: [tm(8)] },
  { id: 'GT30', cat: 'time', at: '2021-10-25T10:00:00+08:00', q: '下个月初在长沙住院医保能报销吗', must: [R.stopped, /补办|垫付/] },

  // ───────────── procedure: what to do; specific people; "not affected" ─────────────
  { id: 'GP01', cat: 'procedure', at: '2021-12-25T10:00:00+08:00', q: '武汉的退休职工，停机期间养老金照常发吗', must: [NOTAFF] },
  { id: 'GP02', cat: 'procedure', at: '2021-12-25T10:00:00+08:00', q: '市民反映他在武汉已经在领失业金，系统停机这个月还能按时到账吗', must: [NOTAFF] },
  { id: 'GP03', cat: 'procedure', at: '2021-12-25T10:00:00+08:00', q: '武汉工伤职工每月领的定期待遇会因为系统停机停发吗', must: [NOTAFF] },
  { id: 'GP04', cat: 'procedure', at: '2021-12-27T10:00:00+08:00', q: '武汉社保卡丢了，建设银行网点现在能挂失补卡吗', must: [R.works] },
  { id: 'GP05', cat: 'procedure', at: W0, q: '老婆预产期12月26号，在湖北省妇幼保健院生，武汉生育医保停机期间怎么报', must: [/追溯|垫付/] },
  {
    id: 'GP06',
    cat: 'procedure',
    at: W0,
    q: '来电人说他父亲是武汉医保，停机期间要去北京看病，异地就医备案怎么办',
    must: [/补登记|补结算|补办/, /垫付|报销|补结算/],
  },
  { id: 'GP08', cat: 'procedure', at: W0, q: '12月20号刚到退休年龄，武汉退休待遇审核因为停机办不了，会少领钱吗', must: [/补发/, /三个月|3个月|上线后/] },
  { id: 'GP09', cat: 'procedure', at: W0, q: '公司HR：员工在停机期间入职，武汉企业职工社保增员之后怎么补办', must: [/三个月|3个月/, /补办/] },
  { id: 'GP10', cat: 'procedure', at: W0, q: '我的武汉门诊慢病资格12月25号到期，正好赶上停机，过期了怎么办', must: [/顺延/] },
  { id: 'GP11', cat: 'procedure', at: W0, q: '工人在武汉工地受伤，12月24号送到工伤协议医院，医药费怎么付', must: [/垫付/, /补录|结算|报销/] },
  { id: 'GP12', cat: 'procedure', at: C0, q: '在湘雅二医院住院，11月3号出院，长沙医保怎么结算', must: [/补办/] },
  { id: 'GP13', cat: 'procedure', at: C0, q: '我是长沙参保的，在广州中山一院住院，停机期间出院医保怎么办', must: [/补办|垫付/, /报销|出院/] },
  {
    id: 'GP14',
    cat: 'procedure',
    at: C0,
    q: '来电人是株洲参保的，在长沙湘雅医院住院，11月5号出院，医保怎么弄',
    must: [/补办|垫付/],
    not: [/不在.{0,8}范围|未收录/],
  },
  { id: 'GP15', cat: 'procedure', at: C0, q: '从长沙市第一医院转到湖南省人民医院，停机期间医保转院登记怎么办', must: [/纸质|转院证明/, /补办/] },
  { id: 'GP16', cat: 'procedure', at: C0, q: '长沙的肿瘤病人，停机期间去药房买特药（靶向药）怎么报', must: [/垫付/, /补报|补办|报销/] },
  { id: 'GP17', cat: 'procedure', at: C0, q: '长沙城乡居民医保想改手机号，停机那段时间能改吗', must: [R.stopped, dt(11, 22, 8)] },
  { id: 'GP18', cat: 'procedure', at: C0, q: '孕妇11月5号在湖南省妇幼保健院住院生孩子，长沙医保入院手续咋办', must: [/补办/] },
  { id: 'GP19', cat: 'procedure', at: C0, q: '公司HR：长沙停机期间有员工离职，医保减员（人员异动）能办吗', must: [R.stopped, dt(11, 22, 8)] },

  // ───────────── contact: phone numbers ─────────────
  { id: 'GK01', cat: 'contact', at: C0, q: '芙蓉区医保费用结算咨询电话', must: [/84683805/] },
  { id: 'GK02', cat: 'contact', at: C0, q: '来电人在天心区，要办医保参保登记，给他哪个号码', must: [/85899383/] },
  { id: 'GK03', cat: 'contact', at: C0, q: '岳麓区特门特药电话多少', must: [/88999319/] },
  { id: 'GK04', cat: 'contact', at: C0, q: '长沙县城乡居民参保登记打哪个电话', must: [/84024158/] },
  { id: 'GK05', cat: 'contact', at: C0, q: '望城区异地就医备案的电话', must: [/88083318/] },
  { id: 'GK07', cat: 'contact', at: C0, q: '长沙市医保中心异地费用结算电话', must: [/88665715/] },
  { id: 'GK08', cat: 'contact', at: C0, q: '长沙高新区医疗异地备案咨询电话', must: [/88995625/] },
  { id: 'GK09', cat: 'contact', at: W0, q: '武汉社保的服务电话是多少', must: [/12333/] },
  { id: 'GK10', cat: 'contact', at: W0, q: '武汉工伤待遇核定的事打什么电话问', must: [/12333/] },
  { id: 'GK12', cat: 'contact', at: C0, q: '市民反映长沙市医保中心本地费用结算电话打不通，号码是不是0731-82116238？', must: [/82116238/] },

  // ───────────── oos: other cities, other services, chit-chat, abuse, gibberish, English ─────────────
  { id: 'GO01', cat: 'oos', at: C0, q: '上海医保系统什么时候切换', must: [FB], not: [OUR_DATES] },
  { id: 'GO02', cat: 'oos', at: C0, q: '株洲的医保是不是也在10月底停机切换？', must: [FB], not: [OUR_DATES] },
  { id: 'GO03', cat: 'oos', at: W0, q: '宜昌医保也停机吗', must: [FB], not: [OUR_DATES] },
  { id: 'GO05', cat: 'oos', at: W0, q: '武汉公积金提取受这次停机影响吗', must: [FB] },
  { id: 'GO06', cat: 'oos', at: W0, q: '在武汉办护照要多久', must: [R.fallback] },
  { id: 'GO07', cat: 'oos', at: W0, q: '武汉明天天气怎么样', must: [R.fallback] },
  { id: 'GO09', cat: 'oos', at: C0, q: '长沙医保住院报销比例是多少', must: [FB] },
  { id: 'GO10', cat: 'oos', at: C0, q: '你们医保局都是废物，破系统天天停', must: [/抱歉|理解|不便|谅解|歉/] },
  { id: 'GO11', cat: 'oos', at: C0, q: 'asdfghjkl qwer', must: [UNCLEAR] },
  { id: 'GO12', cat: 'oos', at: W0, q: "What's the weather like in Wuhan today?", must: [any(R.fallback, /sorry|only|Chinese/i)] },
  {
    id: 'GO13',
    cat: 'oos',
    at: C0,
    q: 'When does Changsha medical insurance settlement resume?',
    must: [any(dt(11, 12, 8), /Nov(ember)?\.? ?12|12 Nov|11\/12/i, R.fallback)],
  },

  // ───────────── chat ─────────────
  { id: 'GC01', cat: 'chat', at: C0, q: '早上好', must: [/早上好|早|您好|你好|欢迎/] },
  { id: 'GC02', cat: 'chat', at: W0, q: '谢谢你，帮大忙了', must: [/不客气|不用谢|客气|很高兴|乐意|应该的/] },
  { id: 'GC03', cat: 'chat', at: W0, q: '你是机器人吗', must: [/医保|助手|机器人|智能|客服/] },
  { id: 'GC04', cat: 'chat', at: C0, q: '你能帮我查些什么', must: [/医保|停机|武汉|长沙/] },

  // ───────────── context: multi-turn sessions omitting city / topic ─────────────
  { id: 'GM01a', cat: 'context', at: W0, session: 'g3-s1', q: '武汉看病刷医保哪天开始刷不了', must: [dt(12, 22, 18)] },
  { id: 'GM01b', cat: 'context', at: W0, session: 'g3-s1', q: '那长沙呢', must: [dt(10, 31, 18)] },
  { id: 'GM01c', cat: 'context', at: W0, session: 'g3-s1', q: '恢复呢', must: [dt(11, 12, 8)] },

  { id: 'GM02a', cat: 'context', at: C0, session: 'g3-s2', q: '来电人在开福区，想问参保登记的事，号码给一下', must: [/84558018/] },
  { id: 'GM02b', cat: 'context', at: C0, session: 'g3-s2', q: '特门特药呢', must: [/84558283/] },
  { id: 'GM02c', cat: 'context', at: C0, session: 'g3-s2', q: '那雨花区呢', must: [/85880511/] },

  {
    id: 'GM03a',
    cat: 'context',
    at: '2021-12-20T10:00:00+08:00',
    session: 'g3-s3',
    q: '我在武汉，这几天去医院看病还能用医保卡结账吗',
    must: [R.works, dt(12, 22, 18)],
  },
  { id: 'GM03b', cat: 'context', at: '2021-12-20T10:00:00+08:00', session: 'g3-s3', q: '后天呢', must: [tm(18)] },
  { id: 'GM03c', cat: 'context', at: '2021-12-20T10:00:00+08:00', session: 'g3-s3', q: '大后天呢', must: [R.stopped, dt(12, 31, 23)] },

  { id: 'GM04a', cat: 'context', at: C0, session: 'g3-s4', q: '我在浏阳市，停机期间看门诊医保费用怎么办', must: [/垫付/, /补报|补办|报销/] },
  { id: 'GM04b', cat: 'context', at: C0, session: 'g3-s4', q: '那个电话多少', must: [/83601489|83652200/] },

  { id: 'GM05a', cat: 'context', at: '2021-12-13T10:00:00+08:00', session: 'g3-s5', q: '武汉2022年的居民医保最晚哪天交', must: [W_1214_24] },
  { id: 'GM05b', cat: 'context', at: '2021-12-13T10:00:00+08:00', session: 'g3-s5', q: '没赶上会有啥影响', must: [/待遇|暂停|另行通知/] },
  { id: 'GM05c', cat: 'context', at: '2021-12-13T10:00:00+08:00', session: 'g3-s5', q: '那之后啥时候能再交', must: [/另行通知/] },

  {
    id: 'GM06a',
    cat: 'context',
    at: '2021-12-23T10:00:00+08:00',
    session: 'g3-s6',
    q: '来电人说他父亲12月20号住进武汉协和医院，到现在还没出院，医保费用怎么算',
    must: [/垫付|再次办理|重新办理|新平台|上线/],
  },
  { id: 'GM06b', cat: 'context', at: '2021-12-23T10:00:00+08:00', session: 'g3-s6', q: '他问起付线会不会再收一次', must: [NO_DEDUCT] },
  { id: 'GM06c', cat: 'context', at: '2021-12-23T10:00:00+08:00', session: 'g3-s6', q: '给我个咨询电话', must: [/87812393/] },

  { id: 'GM07a', cat: 'context', at: '2021-10-21T09:00:00+08:00', session: 'g3-s7', q: '长沙单位职工的人员异动，最后能办到哪天', must: [dt(10, 22, 18)] },
  { id: 'GM07b', cat: 'context', at: '2021-10-21T09:00:00+08:00', session: 'g3-s7', q: '后天还能办吗', must: [R.stopped, dt(11, 22, 8)] },
  { id: 'GM07c', cat: 'context', at: '2021-10-21T09:00:00+08:00', session: 'g3-s7', q: '那结算呢', must: [dt(10, 31, 18)] },

  { id: 'GM08a', cat: 'context', at: W0, session: 'g3-s8', q: '工伤结算什么时候停', must: [dt(12, 22, 18)] },
  { id: 'GM08b', cat: 'context', at: W0, session: 'g3-s8', q: '什么时候恢复', must: [dt(12, 31, 23)] },
  { id: 'GM08c', cat: 'context', at: W0, session: 'g3-s8', q: '有问题打哪个电话', must: [/12333/] },

  {
    id: 'GM09a',
    cat: 'context',
    at: '2021-11-13T10:00:00+08:00',
    session: 'g3-s9',
    q: '长沙湘雅三医院现在住院能直接刷医保了吗',
    must: [R.resumed],
    not: [R.notResumed],
  },
  { id: 'GM09b', cat: 'context', at: '2021-11-13T10:00:00+08:00', session: 'g3-s9', q: '那参保登记呢', must: [any(R.stopped, R.notResumed), dt(11, 22, 8)] },
  { id: 'GM09c', cat: 'context', at: '2021-11-13T10:00:00+08:00', session: 'g3-s9', q: '22号几点开始', must: [tm(8)] },

  { id: 'GM10a', cat: 'context', at: '2021-12-24T10:00:00+08:00', session: 'g3-s10', q: '武汉这几天在国大药房拿药，医保卡刷不了得怎么付钱', must: [/现金/] },
  { id: 'GM10b', cat: 'context', at: '2021-12-24T10:00:00+08:00', session: 'g3-s10', q: '那住院呢', must: [/垫付/] },
  { id: 'GM10c', cat: 'context', at: '2021-12-24T10:00:00+08:00', session: 'g3-s10', q: '啥时候能恢复', must: [dt(12, 31, 23)] },
  { id: 'GM10d', cat: 'context', at: '2021-12-24T10:00:00+08:00', session: 'g3-s10', q: '长沙那边呢', must: [any(R.resumed, dt(11, 12, 8))] },

  // city-less, no session: both cities should come up
  { id: 'GM11', cat: 'context', at: C0, q: '异地就医的人停机期间怎么办', must: [/武汉/, /长沙/] },
  { id: 'GM12', cat: 'context', at: '2021-11-15T10:00:00+08:00', q: '参保登记现在能办吗', must: [/长沙/, /武汉/] },

  // ───────────── wording: traditional, pinyin initials, typos, emoji, rambling, voice ─────────────
  { id: 'GW01', cat: 'wording', at: W0, q: '武漢藥店買藥什麼時候可以再刷醫保卡？', must: [dt(12, 31, 23)] },
  { id: 'GW02', cat: 'wording', at: C0, q: '長沙門診結算幾號暫停？', must: [dt(10, 31, 18)] },
  { id: 'GW03', cat: 'wording', at: W0, q: '武汉yb结算sm时候恢复', must: [dt(12, 31, 23)] },
  { id: 'GW04', cat: 'wording', at: C0, q: '长沙灵活就业的医保补交啥时侯能从新办理', must: [dt(11, 22, 8)] },
  { id: 'GW05', cat: 'wording', at: W0, q: '😭武汉医保啥时候停刷卡啊🙏🙏', must: [dt(12, 22, 18)] },
  {
    id: 'GW06',
    cat: 'wording',
    at: W0,
    q: '你好，我想咨询一下，是这样的，我家老太太今年七十多了，一直有高血压和糖尿病，在武汉市第一医院办了门诊慢病，每个月都要去开药，前两天听小区里的人说医保系统要换，要停好长一段时间，说是年底前都刷不了卡，老人家很着急，我平时上班也忙，不知道到底是哪天开始停，需不需要提前去多开点药，麻烦你们帮我看一下，谢谢啦',
    must: [dt(12, 22, 18), /提前/],
  },
  {
    id: 'GW07',
    cat: 'wording',
    at: C0,
    q: '喂你好我想问一下就是长沙那个医保啊就是门诊那个结算是哪天停的然后哪天恢复啊',
    must: [dt(10, 31, 18), dt(11, 12, 8)],
  },
  { id: 'GW08', cat: 'wording', at: '2021-12-21T10:00:00+08:00', q: '武汉１２月２３号能刷医保吗', must: [R.stopped] },
  { id: 'GW09', cat: 'wording', at: C0, q: '长 沙 住 院 结 算 几 号 恢 复', must: [dt(11, 12, 8)] },
  { id: 'GW10', cat: 'wording', at: W0, q: 'Wuhan 医保 settlement 啥时候 resume', must: [dt(12, 31, 23)] },
  { id: 'GW11', cat: 'wording', at: C0, q: '长沙医保么子时候恢复咯', must: [any(dt(11, 12, 8), dt(11, 22, 8))] },
  {
    id: 'GW12',
    cat: 'wording',
    at: W0,
    q: '那个武汉的职工医保参保登记是不是十五号下午五点半就不能办了啊我们公司还有几个人没办',
    must: [any(dt(12, 15, 17, 30), tm(17, 30))],
  },
  { id: 'GW14', cat: 'wording', at: W0, q: '武汉医保咨询dh发我一下', must: [/87812393/] },
];
