// The grammar of a question, shared by every city: the cue patterns of each intent and
// phase, colloquial spellings, and the forms of small talk. The words are data: the
// kinds of business, the concept groups, the filler and the other shared words live in
// knowledge/_domain/; city-specific words in the notices' folders.

// The concept groups (刷卡/结算/医保卡 → @settle), the narrower → broader concepts, the filler
// words and the words read whole are data: knowledge/_domain/concepts.yaml (src/text/tokenize.ts).

export type Intent = 'contact' | 'when' | 'status' | 'how';

export const INTENT_CUES: Record<Intent, RegExp> = {
  // 咨询 asks for a number only with one of these ("我想咨询一下" is how a question starts)
  contact: /电话|热线|号码|联系方式|联系|打哪|拨打|座机|咨询(?:电话|热线|号码|方式|窗口|哪|谁)|(?:去|到|找|在)哪(?:里|儿)?咨询|(?:找|向)谁咨询/,
  when: /什么时候|啥时候|哪天|几号|几点|何时|多久|时间|日期|哪一天|到哪天|什么时间|几月|几天|多少天|多长/,
  // 么 ends a question (能用么), but not inside 怎么 / 什么
  status:
    /[能行].{0,4}不[?？]?$|能不能|能否|可不可以|可以|能.{0,10}(?:[吗嘛]|(?<![怎什])么)|还能|行不行|受影响|影响|正常|有没有|是否|会不会|[停开].{0,4}了[吗没]/,
  how: /怎么办|咋办|怎么|如何|怎样|咋|需要|流程|手续|办法|去哪|哪里|要带|材料|注意/,
};

/** a contact question that asks when the line answers ("几点有人接", "周六能打吗"), not only its number */
export const HOURS_CUE =
  /几点|什么时候有人|啥时候有人|有人接|接听|工作时间|上班时间|办公时间|咨询时间|服务时间|周末|周六|周日|星期[六日天]|礼拜[六日天]|节假日|假期|晚上.{0,4}(打|接)|24小时/;

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
  // hurt at work is 工伤 (an injury at work is insured apart from ordinary care): 上班时受了伤, 在工地摔伤了
  [/(?:上班|工作|干活|在工地|在单位|在厂里|在车间)(?:时|的时候|期间|中|途中)?(?:受了?伤|摔伤|砸伤|弄伤|扭伤)/g, '工伤'],
];

// The other services no notice covers, policy figures, complaints, requests for a person and
// the words that make a question in-domain are data: knowledge/_domain/words.yaml.

/** Words that start another question in the same message ("…什么时候恢复？另外…"); 还有 too, after a comma. */
export const NEXT_QUESTION_WORDS = ['另外', '还想问', '顺便问', '再问一下'];
/** After 还有 these ask how long ("还有多久"), not another question. */
export const HOW_LONG_AFTER_STILL = ['多久', '多长', '几天', '多少天', '几个?小时', '多少时间'];
/** The words that ask when, one after another in one clause ("哪天停哪天恢复"): each starts a question of its own. */
export const WHEN_WORDS = ['什么时候', '啥时候', '么子时候', '什么时间', '哪一天', '哪天', '几号', '几点', '何时'];
/** …unless the words before it lead into it ("从哪天停到哪天", "几号或者几号"). */
export const LEADS_INTO_WHEN = ['到', '至', '或', '或者', '还是', '和', '跟', '与', '、', '从', '是'];
/** Words that lead into asking for a number ("…哪天恢复有问题打哪个电话"): they go with it. */
export const CONTACT_LEAD_INS = ['有问题的话', '有问题', '有疑问', '不清楚的话', '不清楚', '另外', '还有', '那', '应该', '需要', '可以', '要', '该'];
/** "A和B分别啥时候恢复": two subjects joined by one of these… */
export const JOINING_WORDS = ['以及', '还有', '和', '跟', '与', '及'];
/** …and asked of each with one of these: two questions, the same question of each subject. */
export const EACH_WORDS = ['分别', '各自'];
/** A message's opening words that ask nothing yet ("请问：…"). */
export const ASKING_WORDS = ['请问', '麻烦问一下', '问一下', '我想问一下?', '想问一下', '打扰一下'];

/** The words that lead to a place of care ("在成都住院", "要去上海看病", "到北京就医"). */
export const CARE_PLACE_LEAD = /[在去到赴来]\s*$/;

/** A hospital named where care is had ("在湖南省妇幼保健院住院", "去湘雅二医院"): the place, said by its kind (医院), not a subject. */
export const NAMED_HOSPITAL = /(?<=[在去到进]\s*)\p{Script=Han}{2,10}?(?:保健院|医院|卫生院)/gu;

/** After a place, the words that make it where the asker is insured ("沈阳参保的", "上海的医保"). */
export const INSURED_AT = /^\s*(?:市|省)?的?(?:参保|医保|社保)/;

/** A unit named in short ("市医保服务中心", "医保中心", "社保局"): the domain's word, then what ends a unit's name (group 1). */
export const UNIT_ASKED = /(?:医保|医疗保障|医疗保险|社保|社会保险|人社)\p{Script=Han}{0,4}?(中心|分局|局)/u;

/** The question wants the day of the week ("那天是星期几"). */
export const ASKS_WEEKDAY = /星期几|周几|礼拜几|星期多少/;

/**
 * "今晚还能刷吗", "今晚就不能用了吧": whether something still holds, or has already changed.
 * Asked before a period later today, it is about now as well as then.
 */
export const STILL_CUE = /还(?:能|可以|可|行|让|有效|没|在|正常|来得及|刷|交|办|用|买|报)|就(?:不|没|要|停|用不|刷不|办不|交不)|已经|了吧|来得及|赶得上|赶得及/;

/** Whether a question asks when something stops, resumes, or both. */
// (停保 is a business, ending one's insurance: not a stop)
export const STOP_CUE = /停(?!保)|暂停|关闭|中断|截止|最后一天|最晚|最迟|之前|前办/;
export const RESUME_CUE = /恢复|重新|上线|开通|好了|能用了|开放|结束/;

export const GREETING = /^(您好|你好|hi|hello|hey|在吗|在不在|有人吗|有人在吗|哈喽|嗨|早|早上好|上午好|中午好|下午好|晚上好|早安|喂)[呀啊哦呢吗!！~。.,， ]*$/;
/** "你能做什么", "你是谁", "怎么用": answered like a greeting, with what the bot covers. */
export const CAPABILITY =
  /(你|您)(都)?(能|可以|会)(帮我?)?(做|干|查|回答|问|答)?(些|点)?(什么|啥)|你是谁|你是机器人|你是人工智能|你是ai|^(这个|你)?怎么用[?？]?$|有什么功能|^帮助$|^help$|^菜单$/;
export const GOODBYE = /^(?:(?:好的|好|嗯|行|ok|谢谢(?:你|您)?|多谢|那)[,，。!！~ ]*)*(?:再见|拜拜|拜|bye|byebye|下次见|回头见)[了啦呀!！~。.]*$/;
export const THANKS = /^(谢谢|感谢|多谢|谢了|thanks?|thx|好的|好|明白了|知道了|ok|收到)[^?？]{0,8}$/;

/** Asking on someone's behalf ("我替家里老人打听一下", "帮我妈问问"): who asks, not what is asked. */
export const ON_BEHALF = /(?:我们?)?(?:帮|替|给|代)我?\p{Script=Han}{0,5}?(?:问问|问下|问一下|打听一下|打听下|打听|咨询一下|咨询下)/gu;

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
  /(?:什么时候|啥时候|么子时候|何时|哪天|哪一天|几号|几点|什么时间|几月几[日号])[^，。？?！]{0,6}(?:停(?!保)|暂停|关闭|不能|用不了|办不了)|(?:停(?!保)|暂停)[^，。？?！]{0,4}(?:什么时候|啥时候|么子时候|何时|哪天|几号|几点)/;
