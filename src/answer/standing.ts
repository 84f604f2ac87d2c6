// Where a business stands at a moment, for a citizen, decided once for every channel:
// the chat's verdict (status.ts), the city overview (replies.ts), the console's status
// strip and the FAQ (handlers/faq-data.ts) all read this, with its wording.
import type { DateTime } from 'luxon';
import type { Business, Window } from '../knowledge/model.ts';
import { inferredNote } from './notes.ts';
import { phaseAt, resumesAt, resumeWords, suspendWords } from './phase.ts';

export type StandingState =
  | 'before' // not suspended yet
  | 'suspended' // suspended, the notice gives the moment it resumes
  | 'open-ended' // suspended, the notice gives no moment (另行通知, 视情况逐步恢复, nothing said)
  | 'outdated' // open-ended for so long that the notice may no longer tell the truth
  | 'resuming' // resuming gradually from a moment: not everything may work yet
  | 'resumed'
  | 'unaffected'
  | 'unscheduled'; // listed by the notice without times

export interface Standing {
  state: StandingState;
  /** the window the state refers to (the coming one when `before`, the last one when resumed) */
  window?: Window;
}

/** After this many days without a stated resumption, "still suspended" is no longer something we know. */
export const STALE_AFTER_DAYS = 60;

export function standingAt(b: Business, t: DateTime): Standing {
  const { state, window: w } = phaseAt(b, t);
  if (state === 'during') {
    if (resumesAt(w!)) return { state: 'suspended', window: w };
    return { state: t.diff(w!.suspend, 'days').days > STALE_AFTER_DAYS ? 'outdated' : 'open-ended', window: w };
  }
  if (state === 'after') return { state: w!.resumeMode === 'gradual' ? 'resuming' : 'resumed', window: w };
  return { state, window: w };
}

/** The short label of status strips and chips. */
export const STANDING_LABEL: Record<StandingState, string> = {
  before: '正常',
  suspended: '暂停中',
  'open-ended': '暂停中',
  outdated: '以最新通知为准',
  resuming: '逐步恢复中',
  resumed: '已恢复',
  unaffected: '不受影响',
  unscheduled: '未列出时间',
};

/** Still suspended, as far as the notice knows: no channel may say it works. */
export const isSuspended = (s: StandingState) => s === 'suspended' || s === 'open-ended';

/** How the end of a suspension is described: "预计12月31日23:00起恢复", "恢复时间另行通知" …, flagged when inferred. */
export function resumeText(w: Window, ref: DateTime): string {
  return statedResumeText(w, ref) + inferredNote(w);
}

/** `undated` is said after an open resumption unless the sentence already says the date is missing. */
function statedResumeText(w: Window, ref: DateTime, undated = '（公告未给出具体日期）'): string {
  const at = resumeWords(w, ref);
  switch (w.resumeMode) {
    case 'date':
      return `预计${at}起恢复`;
    case 'gradual':
      return at ? `${at}起逐步恢复` : `之后视实际情况逐步恢复${undated}`;
    case 'tbd':
      return `恢复时间另行通知${undated}`;
    case 'unstated':
      return w.resumeNote ? `恢复时间：${w.resumeNote}${/未给出/.test(w.resumeNote) ? '' : undated}` : '公告未给出恢复时间';
  }
}

/**
 * An open-ended suspension asked about for a later day: whether it is back by then is not
 * something the notice says, so no channel may answer "不能办理" as if it were known.
 * The day it stops and today are still what the notice says (no new notice comes within hours).
 */
export function unknownAhead(state: StandingState, w: Window, asked: DateTime, now: DateTime): boolean {
  const day = asked.startOf('day');
  return state === 'open-ended' && day > now.startOf('day') && day > w.suspend.startOf('day');
}

/** Said of such a day, after what the notice says. */
export const UNKNOWN_AHEAD_NOTE = '届时能否办理，请以最新通知为准或电话咨询';

/** What is said of such a moment: "公告未给出恢复日期：自12月14日24:00起暂停，恢复时间另行通知…". */
export const unknownAheadText = (w: Window, ref: DateTime): string =>
  `公告未给出恢复日期：自${suspendWords(w, ref)}起暂停，${statedResumeText(w, ref, '')}${inferredNote(w)}；${UNKNOWN_AHEAD_NOTE}`;

/** Said of an open-ended suspension long past: what is true now is not the notice's to say. */
export const OUTDATED_NOTE = '公告发布已久，目前是否已恢复，请以当地医保/社保部门的最新通知为准';

/** Said once a gradual resumption has begun: never "已恢复", never "可以正常办理". */
export const resumingText = (w: Window, ref: DateTime) => `已于${resumeWords(w, ref)}起开始逐步恢复，目前逐步恢复中，个别业务办理前请先电话咨询`;

export interface StandingSummary {
  state: StandingState;
  label: string;
  /** one sentence, e.g. "自12月22日18:00起暂停；预计12月31日23:00起恢复" */
  text: string;
}

/** The standing at `t` as label and sentence (status strips, the FAQ); times are written relative to `ref`. */
export function standingSummary(b: Business, t: DateTime, ref: DateTime = t): StandingSummary {
  const { state, window: w } = standingAt(b, t);
  return { state, label: STANDING_LABEL[state], text: standingSentence(state, w, ref) };
}

function standingSentence(state: StandingState, w: Window | undefined, ref: DateTime): string {
  switch (state) {
    case 'unaffected':
      return '不受此次系统切换影响';
    case 'unscheduled':
      return '公告未列出暂停时间';
    case 'before':
      return `将于${suspendWords(w!, ref)}起暂停；${resumeText(w!, ref)}`;
    case 'suspended':
    case 'open-ended':
      return `自${suspendWords(w!, ref)}起暂停；${resumeText(w!, ref)}`;
    case 'outdated':
      return `公告称自${suspendWords(w!, ref)}起暂停，${resumeText(w!, ref)}；${OUTDATED_NOTE}`;
    case 'resuming':
      return `${resumingText(w!, ref)}（曾于${suspendWords(w!, ref)}起暂停）`;
    case 'resumed':
      return `已于${resumeWords(w!, ref)}起恢复（曾于${suspendWords(w!, ref)}起暂停）`;
  }
}
