// The fixed replies: greeting (= the channels' welcome), small talk, fallbacks, the
// clarifying questions, and what the channels say to messages they cannot answer.
// Part of the wording table (index.ts): sentences only; which reply is chosen is code elsewhere.

/** The bot's greeting, and the welcome of every channel (one text): who it is, then `coverage` and `examples` lines. */
export const GREETING_HEAD =
  '您好！我是停机切换问答助手，解答医保、社保系统停机切换期间的办事问题：什么时候停、什么时候恢复、停机期间看病买药怎么办、找谁咨询（按您提问的时间作答）。';
export const COVERAGE_HEAD = '目前覆盖：';
export const EXAMPLES_HEAD = '您可以这样问（回复数字）：';
/** Many cities: a few named, and how many in all. */
export const someCities = (names: string[], total: number) => `${names.join('、')}等${total}个城市。`;

/** Example questions drawn from the knowledge (greeting, fallbacks). */
export const exampleResume = (city: string, business: string) => `${city}${business}什么时候恢复`;
export const examplePhone = (unit: string, label: string) => `${unit}${label}电话`;

export const GOODBYE = '再见！如还有医保/社保停机切换的问题，随时来问。';
export const THANKS = '不客气！还有其他关于医保/社保停机切换的问题，随时问我。';

/** "转人工": before the hotlines, or when no notice gives one. */
export const HUMAN_HEAD = '我是自动答复助手。如需人工咨询，请拨打：';
export const HUMAN_NONE = '我是自动答复助手，暂无人工咨询电话可提供，请直接输入您的问题。';

/** Someone venting: an apology, then the hotlines (or, with none, an invitation to ask). */
const COMPLAINT = '抱歉，系统切换给您带来了不便。我是自动答复助手，可以告诉您哪些业务暂停、何时恢复、暂停期间怎么办；';
export const COMPLAINT_HEAD = `${COMPLAINT}如需反映意见或人工服务，请拨打：`;
export const COMPLAINT_NONE = `${COMPLAINT}请直接输入您想问的业务。`;

/** A city no notice covers. */
export const unknownPlace = (place: string | undefined) =>
  `抱歉，我暂未收录${place ?? '该地'}的停机切换公告，无法回答那里的问题。请咨询当地医保经办机构，或关注当地医保部门发布的公告。`;
/** Not about 医保/社保 at all. */
export const OFF_TOPIC = '抱歉，这个问题不在我能回答的范围内：我只回答医保/社保系统切换停机期间的问题。';
/** After a fallback's head: what is covered, and examples. */
export const COVERED_NOTICES = '目前收录的公告：';
export const examplesInline = (examples: string[]) => `例如可以问：${examples.join('；')}`;

/** A message that only tries to instruct the bot. */
export const INSTRUCTION_DECLINED = '抱歉，我不能按消息中的指令改变答复：我只依据已收录的公告原文回答医保/社保系统切换停机的问题。';

/** A subject no cutover notice covers (公积金, a policy figure …). */
export const outsideHead = (subject: string) => `抱歉，停机切换公告只说明哪些业务暂停、何时恢复、暂停期间怎么办，没有涉及“${subject}”，我无法回答。`;
export const OUTSIDE_SERVICE = '请向负责该业务的部门咨询。';
export const OUTSIDE_FIGURE = '可拨打以下电话咨询：';

/** In a covered city, but nothing in its notices matches. */
export const notFound = (city: string) => `抱歉，${city}的公告中没有找到与您的问题直接相关的内容。以下是${city}的停机安排，也可拨打咨询电话转人工咨询。`;
export const HOTLINES_HEAD = '咨询电话：';

/** What a notice does not say. */
export const notCovered = (what: string) => `${what}，我无法回答。`;
export const notSaid = (city: string) => `${city}的公告没有说明这一点`;
export const noReasonGiven = (city: string) => `${city}的公告没有说明停机的原因`;
export const ASK_BY_PHONE = '可拨打以下电话咨询：';
export const ASK_LOCAL_OFFICE = '请向当地医保/社保经办机构咨询。';

/** A question back, and the options offered after an answer. */
export const CLARIFY_HEAD = '您想问的是哪一项？请回复数字：';
export const ALSO_ASK_HEAD = '您可能还想问（回复数字）：';

/** A number sent when the last reply numbered nothing, or fewer. */
export const NOTHING_TO_PICK = '上一条回复没有编号选项，请直接输入您的问题。例如：';
export const pickOutOfRange = (shown: number) => `上一条回复只有${shown}个编号选项，请回复1～${shown}中的数字，或直接输入您的问题。`;

/** "Which city?" */
export const askCity = (names: string) => `请问您问的是哪个城市？目前收录${names}（回复数字或城市名）：`;
export const cityCount = (n: number) => `${n}个城市`;
export const moreCities = (n: number) => `……另有${n}个城市，请直接回复城市名。`;

/** A reply cut at the byte limit, and "更多" with nothing left. */
export const MORE_HINT = '（内容较长，回复“更多”查看其余部分）';
export const NO_MORE = '没有更多内容了。您可以继续提问。';

// What the channels say to messages the core never sees.
export const textOnly = (example: string | undefined) => `目前只能回答文字问题。请直接输入您想问的${example ? `，例如“${example}”` : ''}。`;
export const VOICE_UNCLEAR = '没能识别这段语音，请用文字输入您的问题。';
export const tooLong = (maxChars: number) => `问题有点长，请用一两句话描述（${maxChars}字以内）。`;
export const EMPTY_QUESTION = '请输入您想问的问题，例如“医保停机期间看病怎么结算”。';
export const UNKNOWN_MENU = '这个菜单还没有内容，请直接输入您的问题。';
/** The core failed: an apology instead of an error. */
export const SORRY = '抱歉，系统暂时出了点问题，请稍后再问一次。';
export const tooMany = (limit: number, retryAfter: number) =>
  `您的提问过于频繁，请稍后再试（每分钟最多${limit}条，约${retryAfter}秒后可继续提问）。如有急事，可拨打当地医保咨询电话。`;
/** One part of a message that asked several things, not answered here: which part, and why (the fallback's first line). */
export const partNotAnswered = (question: string, why: string) => `“${question}”：${why}`;

/** A page (the FAQ, the console) cannot be shown: a link with a bad parameter, or a failure. */
export const PAGE_BAD_REQUEST = '请求有误，请检查链接。';
export const PAGE_FAILED = '服务暂时出错，请稍后再试。';

/** A channel cut a reply that did not fit its limit. */
export const TRUNCATED = '（内容过长，已截断）';
