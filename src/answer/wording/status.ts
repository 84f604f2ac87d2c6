// The sentences about one business at a moment: the verdict of the chat (status.ts), the
// standing of the status strips and the FAQ (standing.ts), and the notes that qualify them
// (notes.ts). Part of the wording table (index.ts). `S`/`R`: when it stops/resumes, as written.

// ── verdict: "<city>·<business>：…" ──
/** "（还有3小时）", or nothing. */
const counted = (count: string) => (count ? `（${count}）` : '');
export const unaffected = (subject: string) => `${subject}：不受此次系统切换影响，可正常办理。`;
export const unscheduled = (subject: string) => `${subject}：公告未列出它的暂停时间。`;

/** Before the stop. `count`: "还有3小时" or ''. */
export const stopsWithin = (subject: string, head: string, S: string, count: string, resume: string) =>
  `${subject}：${head}；${S}起暂停${counted(count)}，${resume}。`;
export const worksNowUntil = (until: string) => `现在可以正常办理，${until}前仍可以`;
export const worksUntil = (label: string, until: string) => `${label}${until}前仍可以正常办理`;
export const willStop = (S: string, count: string) => `将于${S}起暂停${counted(count)}`;
export const beforeResumeFirst = (subject: string, resume: string, stop: string, label: string) => `${subject}：${resume}（${stop}，${label}可以正常办理）。`;
export const beforeStopFirst = (subject: string, stop: string, resume: string, label: string) => `${subject}：${stop}，${resume}；${label}可以正常办理。`;
export const before = (subject: string, label: string, stop: string, resume: string) => `${subject}：${label}可以正常办理。${stop}，${resume}。`;

/** Suspended. */
export const unknownAheadVerdict = (subject: string, label: string, text: string) => `${subject}：${label}${text}。`;
export const gradualFrom = (R: string) => `${R}起开始逐步恢复，个别业务办理前请先电话咨询`;
export const backFrom = (R: string) => `${R}起恢复，之后可以正常办理`;
export const stillStoppedNow = (until: string) => `现在仍暂停，${until}前不能办理`;
export const stillStopped = (label: string, until: string) => `${label}${until}前仍暂停`;
export const resumesWithin = (subject: string, head: string, S: string, then: string) => `${subject}：${head}（自${S}起暂停），${then}。`;
/** The period asked falls after a stop earlier that same day, still ahead when asked. */
export const stoppedEarlierThatDay = (subject: string, label: string, S: string, clock: string, resume: string) =>
  `${subject}：${label}${SUSPENDED_ON_DAY}（自${S}起暂停；当天${clock}前仍可以办理），${resume}。`;
/** "尚未恢复" says it outright to someone asking 恢复了没. */
export const SUSPENDED_ON_DAY = '处于暂停期间，不能办理';
export const SUSPENDED_NOW = '暂停中，尚未恢复';
export const suspendedResumeFirst = (subject: string, resume: string, count: string, label: string, now: string, S: string) =>
  `${subject}：${resume}${counted(count)}；${label}${now}（自${S}起暂停）。`;
export const suspended = (subject: string, label: string, now: string, S: string, resume: string, count: string) =>
  `${subject}：${label}${now}（自${S}起暂停），${resume}${counted(count)}。`;

/** Open-ended for long, gradual resumption, resumed. */
export const outdatedVerdict = (subject: string, S: string, resume: string, outdated: string) =>
  `${subject}：公告称自${S}起暂停，${resume}。${outdated}，或拨打下方电话咨询。`;
export const resumingVerdict = (subject: string, label: string | undefined, text: string, S: string) =>
  `${subject}：${label ? `${label}，` : ''}${text}（曾于${S}起暂停）。`;
export const resumedOnDay = (label: string) => `${label}已恢复，可以正常办理`;
export const resumedSince = (R: string) => `已于${R}起恢复，可以正常办理`;
export const resumedVerdict = (subject: string, head: string, S: string, R: string | undefined) =>
  `${subject}：${head}（曾于${S}起暂停${R ? `，${R}起恢复` : ''}）。`;

/** The period asked: "目前", or "下周（12月27日至1月2日）". */
export const NOW = '目前';
export const spanLabel = (word: string, from: string, to: string) => `${word}（${from}至${to}）`;

// ── below the verdict ──
export const scope = (scopes: string) => `暂停范围：${scopes}`;
export const channels = (list: string[]) => `涉及渠道：${list.join('、')}`;
export const BEFORE_STOP = '停机前请注意';
export const DURING_STOP = '暂停期间怎么办';
export const afterResume = (business: string) => `${business}恢复后请注意`;

// ── standing (standing.ts): the strips, the FAQ and parts of the verdict ──
export const STANDING_LABEL = {
  before: '正常',
  suspended: '暂停中',
  'open-ended': '暂停中',
  outdated: '以最新通知为准',
  resuming: '逐步恢复中',
  resumed: '已恢复',
  unaffected: '不受影响',
  unscheduled: '未列出时间',
} as const;
export const UNDATED = '（公告未给出具体日期）';
export const resumesOn = (R: string) => `预计${R}起恢复`;
export const resumesGradually = (R: string) => `${R}起逐步恢复`;
export const gradualUndated = (undated: string) => `之后视实际情况逐步恢复${undated}`;
export const tbd = (undated: string) => `恢复时间另行通知${undated}`;
export const resumeAsNoted = (note: string, undated: string) => `恢复时间：${note}${undated}`;
export const NO_RESUME_TIME = '公告未给出恢复时间';
/** Said of a later day after an open-ended stop, after what the notice says. */
export const UNKNOWN_AHEAD_NOTE = '届时能否办理，请以最新通知为准或电话咨询';
export const unknownAheadText = (S: string, resume: string) => `公告未给出恢复日期：自${S}起暂停，${resume}；${UNKNOWN_AHEAD_NOTE}`;
/** Said of an open-ended suspension long past: what is true now is not the notice's to say. */
export const OUTDATED_NOTE = '公告发布已久，目前是否已恢复，请以当地医保/社保部门的最新通知为准';
/** Said once a gradual resumption has begun: never "已恢复", never "可以正常办理". */
export const resumingText = (R: string) => `已于${R}起开始逐步恢复，目前逐步恢复中，个别业务办理前请先电话咨询`;
export const standing = {
  unaffected: '不受此次系统切换影响',
  unscheduled: '公告未列出暂停时间',
  before: (S: string, resume: string) => `将于${S}起暂停；${resume}`,
  suspended: (S: string, resume: string) => `自${S}起暂停；${resume}`,
  outdated: (S: string, resume: string) => `公告称自${S}起暂停，${resume}；${OUTDATED_NOTE}`,
  resuming: (text: string, S: string) => `${text}（曾于${S}起暂停）`,
  resumed: (R: string, S: string) => `已于${R}起恢复（曾于${S}起暂停）`,
};

// ── notes (notes.ts) ──
export const inferred = (quote: string | undefined) => `（公告未写明恢复时间，系根据“${quote ?? '公告内容'}”推断）`;
/** Marks an inferred resumption in tight lists (timetable rows, FAQ cells). */
export const INFERRED_MARK = '（推断）';
/** Marks a timetable entry a later notice changed. */
export const AMENDED_MARK = '（已调整）';
export const PHASE_WORDS = { before: '停机前需要做什么', during: '暂停期间如何办理', after: '恢复后如何补办' } as const;
export const HOTLINE_BELOW = '请拨打下方电话咨询';
export const ASK_LOCAL = '请咨询当地医保/社保经办机构';
export const noInstructions = (phases: string[], where: string) => `公告未说明${phases.join('、')}，${where}。`;
export const plannedResume = (R: string, gradual: boolean) => `${R}起${gradual ? '逐步' : ''}恢复`;
export const GRADUAL_PLAN = '视情况逐步恢复';
export const TBD_PLAN = '恢复时间另行通知';
export const NO_PLAN = '未给出恢复时间';
export const stopMoved = (was: string, now: string) => `原定${was}起暂停，现调整为${now}起暂停`;
export const resumeMoved = (was: string, now: string) => `原定${was}，现调整为${now}`;
export const resumeSet = (was: string, now: string) => `原公告${was}，现定于${now}`;
export const changed = (by: string | undefined, parts: string[]) => `${by ? `根据《${by}》，` : ''}${parts.join('；')}。`;
export const amendedFooter = (titles: string[]) => `标注“已调整”的安排以${titles.map((t) => `《${t}》`).join('、')}为准。`;
export const eventLine = (at: string, title: string) => `· ${at}：${title}`;
/** a notice's one-off deadline asked about (replies/deadlines.ts): the moment as the notice writes it */
export const deadline = (city: string, title: string, when: string, passed: boolean) => `${city}·${title}：${when}${passed ? '（该时间已过）' : ''}。`;
export const deadlineMoment = (moment: string, before: boolean) => `${moment}${before ? '前' : ''}`;
export const deadlineQuote = (quote: string) => `公告原文：“${quote}”`;
/** claims for care paid out of pocket (replies/claims.ts): the notice's dated deadlines, or that it gives none */
export const claimDeadlinesHead = (city: string) => `${city}·停机期间垫付费用的补结算、报销期限：`;
export const claimDeadline = (when: string, passed: boolean, words: string) =>
  `· ${when}${passed ? '（该时间已过）' : ''}：${words.replace(/[；;，,。]$/, '')}。`;
export const noClaimDeadline = (city: string) => `${city}·公告没有写明补结算、报销的截止日期；公告对此的说明：`;
