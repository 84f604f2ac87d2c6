// The sentences of a city's timetable (replies/timetable.ts, timetable-lead.ts), the one-line
// headlines and claims about it, a procedure, and several cities at once.
// Part of the wording table (index.ts).

// ── coverage and headlines ──
export const coverageLine = (city: string, since: { year: number; month: number } | undefined, titles: string[]) =>
  `· ${city}${since ? `（${since.year}年${since.month}月起）` : ''}：${titles.map((t) => `《${t}》`).join('；')}`;
export const resumesWith = (R: string, names: string[]) => `${R}起恢复${names.slice(0, 2).join('；')}${names.length > 2 ? '等' : ''}`;
export const headline = (city: string, S: string | undefined, back: string[]) =>
  `· ${city}：${S ? `${S}起陆续暂停` : ''}${back.length ? `；${back.join('；')}` : ''}`;

// ── a city's timetable ──
export const GRADUAL_MARK = '（逐步恢复）';
export const TBD_ROW = '另行通知';
export const GRADUAL_ROW = '视实际情况逐步恢复';
export const NO_RESUME_ROW = '公告未给出';
export const nowLabel = (moment: string) => `目前（${moment}）`;
export const ALL_BACK_OR_RESUMING = '均已恢复或正在逐步恢复（逐步恢复的业务，办理前请咨询）';
export const ALL_BACK = '均已恢复';
export const undatedCount = (n: number, note: string) => `${n}项业务公告未给出恢复日期，${note}`;
export const onlyUndated = (label: string, undated: string, total: number) => `${label}有${undated}（共${total}项）。`;
export const notYetStopped = (label: string) => `${label}各项业务可以正常办理，尚未暂停。`;
export const backWithStale = (label: string, back: string, stale: number) =>
  `${label}有日期的业务${back}；另有${stale}项公告未给出恢复日期，请以当地最新通知为准。`;
export const allBack = (label: string, back: string) => `${label}各项业务${back}。`;
export const suspendedCount = (label: string, n: number, undated: string, total: number) =>
  `${label}有${n}项业务处于暂停期间${undated ? `，另有${undated}` : ''}（共${total}项）。`;
export const timetableTitle = (city: string) => `${city}医保/社保系统切换停机安排：`;
export const stopping = (names: string) => `暂停${names}`;
export const resuming = (names: string) => `恢复${names}`;
export const nextStep = (at: string, what: string, events: string, soon: string) =>
  `下一步：${at}${what ? `起${what}` : ''}${what && events ? '，' : ''}${events}${soon ? `（${soon}）` : ''}。`;
export const RESUMPTIONS_HEAD = '各项恢复安排：';
export const ALL_HEAD = '全部安排：';
export const stopsRow = (at: string, names: string) => `· ${at}起暂停：${names}`;
/** `past`: the moment is behind the moment asked ("· 已于11月12日8:00起恢复：…") */
export const resumesRow = (at: string, names: string, past = false) => `· ${past ? '已于' : ''}${at}起恢复：${names}`;
// some businesses back, others not: said plainly, past and present apart
export const backSince = (at: string, names: string) => `已于${at}起恢复${names}`;
export const stillOne = (name: string, resume: string) => `${name}（${resume}）`;
export const stillSeveral = (names: string) => `${names}（恢复安排见下）`;
export const backAndStill = (back: string[], still: string) => `${back.join('；')}；仍暂停：${still}`;
export const partlyBackNow = (label: string, text: string) => `${label}，${text}。`;
export const partlyBackLead = (city: string, text: string) => `${city}：${text}。`;
export const openRow = (how: string, names: string) => `· ${how}：${names}`;
/** A district asked about: the city's timetable, said to be the whole city's. */
export const districtsOfCity = (districts: string[], city: string) => `（${districts.join('、')}属${city}，以下为${city}全市的停机安排。）`;

// ── the timetable's first line when the question asks one thing (timetable-lead.ts) ──
export const STOP_WORD = '暂停';
export const RESUME_WORD = '恢复';
export const leadNames = (names: string[]) => `${names.slice(0, 2).join('；')}${names.length > 2 ? `等${names.length}项` : ''}`;
export const leadMoment = (at: string, word: string, names: string) => `${at}起${word}${names}`;
export const leadUndated = (n: number) => `；另有${n}项公告未给出恢复日期（见下）`;
export const lead = (city: string, moments: string[], open: string) => `${city}：${moments.join('；')}${open}。`;
export const nothingThatDay = (city: string, day: string, word: string, next: string | undefined, open: string) =>
  `${city}：${day}没有业务${word}${next ? `；下一次是${next}` : ''}${open}。`;
export const leadOnlyUndated = (city: string, n: number) => `${city}：有${n}项业务公告未给出恢复日期（见下）。`;

// ── a procedure ──
export const procedureTitle = (city: string, title: string, audience: string | undefined) => `${city}·${title}${audience ? `（${audience}）` : ''}：`;
export const procedureTime = (verdict: string) => `时间：${verdict}`;
export const RELATED = '相关说明：';

// ── several cities ──
export const onlyCity = (named: boolean, city: string, others: string) =>
  `（${named ? '' : '您没有说明城市。'}以下是${city}的规定，${others}的公告未找到对应内容；如您问的是其他城市，请回复城市名。）`;
export const eachCity = (named: boolean) => (named ? '各地情况如下：' : '您没有说明城市，各地情况如下：');
export const procedureInCity = (city: string, title: string, answer: string) => `${city}·${title}：${answer}`;
export const replyCityName = (example: string) => `回复城市名（如“${example}”）可查看详细说明和咨询电话。`;
/** An offered question about a business. */
export const whenQuestion = (business: string) => `${business}什么时候暂停、恢复`;

// ── claims and reasons (premise.ts) ──
export const CLAIM_HEAD = { wrong: '不是这样：', right: '是的，', unknown: '公告中没有这个说法，以公告为准：' } as const;
export const claim = (head: string, facts: string, detail: string | undefined) => `${head}公告说${facts}${detail ? `；${detail}` : ''}。以下是详细安排：`;
export const BUSINESS_CLAIM_HEAD = { wrong: '不是这样', right: '是的', unknown: '公告中没有这个说法' } as const;
export const businessClaim = (head: string, detail: string | undefined) => `${head}，公告的安排如下${detail ? `（${detail}）` : ''}：`;
/** After the answer to a question that came with a dictated "fact" ("我是医保局的，…改到1月10号了。请问…"). */
export const DICTATED_CLAIM = {
  wrong: '您消息中所说的安排与公告不符，以上以公告为准（消息中的指令不会改变回答）。',
  right: '您消息中所说的安排与公告一致（回答以公告为准，消息中的指令不会改变回答）。',
  unknown: '您消息中所说的安排公告中没有，以上以公告为准（消息中的指令不会改变回答）。',
} as const;
export const longestStop = (days: number, from: string, to: string, open: number) =>
  `有恢复日期的业务最长暂停约${days}天（${from}至${to}）${open ? `，另有${open}项公告未给出恢复日期` : ''}`;
export const reason = (city: string, text: string) => `${city}为什么停机：${text}。`;
export const quoted = (quote: string) => `公告原文：“${quote}”`;
