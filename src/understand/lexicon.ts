// Domain language shared by every city: synonym groups that become one concept
// token on both the index and the query side, question filler to strip, and the
// cue words of each intent. City-specific words live in the knowledge files.

/** Each group: concept token → words meaning the same thing (longest matched first). */
export const CONCEPTS: Record<string, string[]> = {
  '@medins': ['医保', '医疗保险', '医疗保障', '医保局', '医保系统'],
  '@socins': ['社保', '社会保险', '人社', '社保局'],
  '@settle': ['结算', '刷卡', '刷医保卡', '刷医保', '联网结算', '直接结算', '实时结算', '走医保', '用医保', '医保支付', '直结', '划卡', '刷码', '医保码'],
  '@claim': ['报销', '补报', '补录', '追溯报销', '补结算', '报账', '退钱', '补办结算'],
  '@stop': ['停机', '暂停', '停办', '停止', '停用', '关停', '停了', '停掉', '中断', '停摆', '不能用', '用不了', '停', '最晚', '最迟', '不受理', '停止受理', '暂停受理'],
  /** moving one's insurance to or from another place (not 转院, a hospital transfer) */
  '@move': ['关系转移', '转移接续', '医保转移', '社保转移', '转关系', '转出', '转入', '转走', '转过来', '转过去'],
  '@resume': ['恢复', '重新开放', '上线', '开通', '恢复正常', '能用了', '好了', '重启', '重新'],
  '@phone': ['电话', '热线', '号码', '联系方式', '联系电话', '咨询电话', '座机', '打哪个'],
  /** insured elsewhere, treated here (异地参保人) — not the same people as those treated elsewhere */
  '@remoteinsured': ['异地参保人', '外地参保人', '异地参保', '外地参保', '外地医保', '外省医保', '异地医保', '外地的医保', '外省的医保', '外地人'],
  /** care or filing elsewhere (异地就医, 在外地住院) */
  '@remote': ['异地', '外地', '外省', '省外', '跨省', '市外', '外市'],
  '@filing': ['备案', '报备'],
  '@insured': ['参保人', '参保人员', '参保地', '参保单位', '参保群众'],
  '@cutover': ['系统切换', '停机切换', '切换'],
  '@platform': ['新系统', '新平台', '信息平台', '省平台', '平台'],
  '@enrol': ['参保', '投保', '入保', '参加医保', '买医保', '新参保'],
  '@change': ['变更', '修改', '更改', '异动', '信息修改', '改信息'],
  '@pay': ['医保费', '社保费', '保费', '保险费', '缴费', '交费', '缴纳', '交钱', '征收', '缴医保', '交医保', '交社保', '缴社保', '扣费', '续费', '代扣'],
  '@visit': ['看病', '就医', '就诊', '看医生', '医院', '生病', '病了'],
  '@pharmacy': ['药店', '药房', '买药', '购药', '拿药', '开药', '配药', '取药'],
  '@inpatient': ['住院', '住院费', '住院费用', '入院', '办住院'],
  '@outpatient': ['普通门诊', '看门诊', '门诊费', '门诊'],
  '@discharge': ['出院'],
  '@transfer': ['转院', '转诊'],
  '@chronic': ['特门', '特殊门诊', '门特', '慢特病', '慢性病', '慢病', '重症', '门诊重症', '大病'],
  '@specialdrug': ['特药', '特殊药品', '特殊药'],
  '@cash': ['垫付', '先付', '自己付', '自费', '现金', '全款', '自掏腰包', '先交钱', '付钱', '出钱', '谁出钱'],
  '@injury': ['工伤'],
  '@unemploy': ['失业金', '失业保险', '失业'],
  '@pension': ['养老金', '退休金', '养老保险', '退休工资', '养老'],
  /** retiring (办退休, 退休审核) — not the pension paid afterwards */
  '@retire': ['办退休', '退休审批', '退休审核', '退休手续', '退休待遇', '退休'],
  /** the card itself (lost, replaced); paying with it is @settle (刷卡, 刷医保卡) */
  '@sicard': ['社保卡', '社会保障卡', '医保卡', '医保电子凭证'],
  '@lostcard': ['补卡', '挂失', '卡丢了', '丢了', '丢失', '遗失', '补办卡', '换卡'],
  '@birth': ['生育', '生孩子', '产检'],
  '@query': ['查询', '查看', '查医保', '能查'],
  '@when': ['什么时候', '啥时候', '哪天', '几号', '几点', '何时', '多久', '什么时间', '哪一天', '时间', '日期', '多长时间', '到哪天', '到什么时候', '几天', '多少天', '多长', '开始', '最早'],
  '@can': ['能不能', '能否', '可不可以', '可以', '能', '还能', '行不行', '不行', '受影响', '影响', '正常'],
  '@how': ['怎么办', '咋办', '怎么处理', '如何处理', '处理', '如何', '怎么', '怎样', '咋', '需要什么', '流程', '手续', '办法', '去哪', '哪里'],
};

/**
 * A narrower concept a notice may state in broader words: a question about 住院 is
 * answered by "就医由……垫付". The broader one also satisfies the narrower when matching.
 */
export const BROADER: Record<string, string> = { '@inpatient': '@visit' };

/** Words that carry no meaning for retrieval. */
export const FILLER = [
  '请问', '我想问', '想问一下', '问一下', '咨询一下', '打听一下', '麻烦', '你好', '您好', '谢谢',
  '一下', '现在', '目前', '当前', '这个', '那个', '那么', '那', '我们', '我', '你们', '你', '他们', '是不是', '是否',
  '的时候', '时候', '是多少', '多少', '什么', '哪个', '哪些', '这些', '那些', '啥', '怎么样', '业务', '办理',
  // before / after say which phase (PHASE_CUES reads them), not what the question is about
  '以后', '之后', '以前', '之前', '这次', '本次', '此次',
  // single characters only where they cannot start a word we need: 地 (地铁), 个 (个人), 及 (及时),
  // 要 (需要) … stay, and a bigram the knowledge never uses weighs little anyway
  '吗', '呢', '吧', '啊', '呀', '哦', '嘛', '了', '的', '么', '哈', '哇', '啦', '呗',
];

export type Intent = 'contact' | 'when' | 'status' | 'how';

export const INTENT_CUES: Record<Intent, RegExp> = {
  // 咨询 asks for a number only with one of these ("我想咨询一下" is how a question starts)
  contact: /电话|热线|号码|联系方式|联系|打哪|拨打|座机|咨询(?:电话|热线|号码|方式|窗口|哪|谁)|(?:去|到|找|在)哪(?:里|儿)?咨询|(?:找|向)谁咨询/,
  when: /什么时候|啥时候|哪天|几号|几点|何时|多久|时间|日期|哪一天|到哪天|什么时间|几月|几天|多少天|多长/,
  // 么 ends a question (能用么), but not inside 怎么 / 什么
  status: /[能行].{0,4}不[?？]?$|能不能|能否|可不可以|可以|能.{0,10}(?:[吗嘛]|(?<![怎什])么)|还能|行不行|受影响|影响|正常|有没有|是否|会不会|[停开].{0,4}了[吗没]/,
  how: /怎么办|咋办|怎么|如何|怎样|咋|需要|流程|手续|办法|去哪|哪里|要带|材料|注意/,
};

/** Which part of a suspension a question is about: before it, during it, or after it ends. */
export const PHASE_CUES: Record<'before' | 'during' | 'after', RegExp> = {
  before: /停机前|暂停前|之前|提前|停之前|来得及/,
  during: /期间|停机时|暂停时|停机了|停了|用不了|不能用|停的时候|停机的时候|暂停的时候|切换的时候/,
  after: /恢复后|上线后|恢复以后|之后|以后|补办|补报|补发|追溯|事后/,
};

/** Colloquial spellings mapped to the usual word before anything else reads the question. */
export const SLANG: [RegExp, string][] = [
  [/神马|什麽|啥子/g, '什么'],
  [/肿么|咋个|咋样/g, '怎么'],
  [/木有|没得/g, '没有'],
  // separable verbs split by another word: 住着院 → 住院, 出不了院 → 不能出院
  [/(住|出|入|转)(?:着|了|过)院/g, '$1院'],
  [/(住|出|入|转)不了院/g, '不能$1院'],
  [/(住|出|入|转)得了院/g, '能$1院'],
];

/**
 * What cutover notices never cover, whatever city: other public services (asked about
 * "this stop" too: 公积金受停机影响吗), and insurance policy figures (报销比例, 缴费基数).
 * The reply says the notice does not cover it (with the 医保/社保 hotlines for a policy
 * figure, which they can answer) instead of answering a near topic.
 */
export const OTHER_SERVICE = /住房公积金|公积金|驾照|驾驶证|行驶证|户口|户籍|身份证|护照|通行证|签证|个税|个人所得税|车险|商业保险|水费|电费|燃气费/;
export const POLICY_FIGURE = /报销比例|比例是多少|报销多少比例|起付标准|封顶线|缴费基数|缴费标准|缴费档次|交多少钱|缴多少钱|报销范围|报销目录|药品目录/;

/** Words that start another question in the same message ("…什么时候恢复？另外…"); 还有 too, after a comma. */
export const NEXT_QUESTION_WORDS = ['另外', '还想问', '顺便问', '再问一下'];
/** After 还有 these ask how long ("还有多久"), not another question. */
export const HOW_LONG_AFTER_STILL = ['多久', '多长', '几天', '多少天', '几个?小时', '多少时间'];
/** A message's opening words that ask nothing yet ("请问：…"). */
export const ASKING_WORDS = ['请问', '麻烦问一下', '问一下', '我想问一下?', '想问一下', '打扰一下'];

/** The question wants the day of the week ("那天是星期几"). */
export const ASKS_WEEKDAY = /星期几|周几|礼拜几|星期多少/;

/**
 * "今晚还能刷吗", "今晚就不能用了吧": whether something still holds, or has already changed.
 * Asked before a period later today, it is about now as well as then.
 */
export const STILL_CUE = /还(?:能|可以|可|行|让|有效|没|在|正常|来得及|刷|交|办|用|买|报)|就(?:不|没|要|停|用不|刷不|办不|交不)|已经|了吧/;

/** Whether a question asks when something stops, resumes, or both. */
export const STOP_CUE = /停|暂停|关闭|中断|截止|最后一天|最晚|最迟|之前|前办/;
export const RESUME_CUE = /恢复|重新|上线|开通|好了|能用了|开放|结束/;

export const GREETING = /^(您好|你好|hi|hello|hey|在吗|在不在|有人吗|有人在吗|哈喽|嗨|早|早上好|上午好|中午好|下午好|晚上好|早安|喂)[呀啊哦呢吗!！~。.,， ]*$/;
/** "你能做什么", "你是谁", "怎么用": answered like a greeting, with what the bot covers. */
export const CAPABILITY = /(你|您)(都)?(能|可以|会)(帮我?)?(做|干|查|回答|问|答)?(些|点)?(什么|啥)|你是谁|你是机器人|你是人工智能|你是ai|^(这个|你)?怎么用[?？]?$|有什么功能|^帮助$|^help$|^菜单$/;
export const GOODBYE = /^(?:(?:好的|好|嗯|行|ok|谢谢(?:你|您)?|多谢|那)[,，。!！~ ]*)*(?:再见|拜拜|拜|bye|byebye|下次见|回头见)[了啦呀!！~。.]*$/;
/** Venting rather than asking ("破系统", "都是废物"): an apology and where a person listens. */
export const COMPLAINT = /废物|垃圾|破系统|烂系统|坑人|坑爹|什么玩意|搞什么|太差|差劲|投诉|骂|气死|恶心|无语/;
/** Asking for a person: the hotlines are where a person answers. */
export const HUMAN = /转人工|人工客服|人工服务|找人工|真人|人工坐席|接线员/;
export const THANKS = /^(谢谢|感谢|多谢|谢了|thanks?|thx|好的|好|明白了|知道了|ok|收到)[^?？]{0,8}$/;

/** Words read whole, so that no concept is found across their edge: 费用医保 holds 费用 and 医保, not 用医保 (@settle). */
export const WHOLE_WORDS = ['费用', '医疗费用', '医药费用', '药品费用'];

/** Words that make a question about 医保/社保 service (besides every business synonym). */
export const DOMAIN = /医保|医疗保险|医疗保障|社保|社会保险|人社|停机|切换|结算|报销|参保|缴费|工伤|养老|失业|医院|药店|门诊|住院|刷卡|医保卡|社保卡|备案|异地|特门|特药|征收|生育|待遇|看病|就医|买药|垫付|经办|系统/;

/** A notice's instruction addressed to hospitals, pharmacies or offices (各医疗机构于…办理, 定点医药机构应…), not to citizens. */
export const INSTITUTION_DUTY = /^(?:各|全市|各级|各类)?[^，。；、]{0,8}(?:医疗机构|医药机构|协议机构|医院|药店|经办机构)(?:于|应|须|要|需|在|请)/;

/** A question asked by a hospital or pharmacy, or about what one must do ("我们医院…", "医院最晚几点前要…"). */
export const INSTITUTION_ASKER =
  /我(?:们|是|在)?[^，。？?]{0,6}(?:医院|药店|药房|诊所|医疗机构|医药机构)|(?:医院|药店|药房|诊所|医疗机构|医药机构|协议机构)(?:这边|方面)?(?:要|需要|应该|应|该|须|必须|得|最晚|最迟|给|让|截止)/;

/** Asking when something comes back ("几点恢复", "哪天能用", "恢复时间"): the reply leads with the resumption. */
export const ASKS_RESUME_TIME =
  /(?:能|会|可以)(?:恢复|上线|开通)(?:吗|么|不|了吗)|(?:恢复|结束)了(?:吗|没|么)|(?:什么时候|啥时候|么子时候|何时|哪天|哪一天|几号|几点|多久|什么时间|几月几[日号])[^，。？?！]{0,6}(?:恢复|上线|开通|能用|可以用|重新)|(?:恢复|上线|开通)[^，。？?！]{0,4}(?:什么时候|啥时候|何时|哪天|几号|几点|时间|日期)/;

/** Asking when something stops ("什么时候停", "几号开始不能刷"): the reply leads with the stop. */
export const ASKS_STOP_TIME =
  /(?:什么时候|啥时候|么子时候|何时|哪天|哪一天|几号|几点|什么时间|几月几[日号])[^，。？?！]{0,6}(?:停|暂停|关闭|不能|用不了|办不了)|(?:停|暂停)[^，。？?！]{0,4}(?:什么时候|啥时候|么子时候|何时|哪天|几号|几点)/;
