// Where a business stands at a moment, for a citizen, decided once for every channel:
// the chat's verdict (status.ts), the city overview (replies.ts), the console's status
// strip and the FAQ (handlers/faq-data.ts) all read this, with its wording.
import type { DateTime } from 'luxon';
import type { Business, KnowledgeBase, Window } from '../knowledge/model.ts';
import { inferredNote } from './notes.ts';
import { dayStartMillis, daysFrom } from '../time/zone.ts';
import { phaseAt, resumesAt, resumeWords, suspendWords } from './phase.ts';
import { status as W } from './wording/index.ts';

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
    return { state: daysFrom(w!.suspend, t) > STALE_AFTER_DAYS ? 'outdated' : 'open-ended', window: w };
  }
  if (state === 'after') return { state: w!.resumeMode === 'gradual' ? 'resuming' : 'resumed', window: w };
  return { state, window: w };
}

/**
 * Every moment at which what the knowledge says of a business changes: each window's stop and
 * resumption, the moment an open-ended stop becomes outdated (standingAt), each step's deadline
 * (stepsFor) and each event (the timetable). Replies also change with the day, the countdowns'
 * minutes and the moment a question names (see src/conversation/answer-cache.ts).
 */
export function changeMoments(kb: KnowledgeBase): DateTime[] {
  return kb.notices.flatMap((n) => [
    ...n.businesses.flatMap((b) => [
      ...b.windows.flatMap((w) => [w.suspend, ...(w.resume ? [w.resume] : []), ...(resumesAt(w) ? [] : [w.suspend.plus({ days: STALE_AFTER_DAYS })])]),
      ...[...b.before, ...b.during, ...b.after].flatMap((s) => (s.at ? [s.at] : [])),
    ]),
    ...n.events.map((e) => e.at),
  ]);
}

/** The short label of status strips and chips. */
export const STANDING_LABEL: Record<StandingState, string> = W.STANDING_LABEL;

/** Still suspended, as far as the notice knows: no channel may say it works. */
export const isSuspended = (s: StandingState) => s === 'suspended' || s === 'open-ended';

/** How the end of a suspension is described: "预计12月31日23:00起恢复", "恢复时间另行通知" …, flagged when inferred. */
export function resumeText(w: Window, ref: DateTime): string {
  return statedResumeText(w, ref) + inferredNote(w);
}

/** `undated` is said after an open resumption unless the sentence already says the date is missing. */
function statedResumeText(w: Window, ref: DateTime, undated = W.UNDATED): string {
  const at = resumeWords(w, ref);
  switch (w.resumeMode) {
    case 'date':
      return W.resumesOn(at!);
    case 'gradual':
      return at ? W.resumesGradually(at) : W.gradualUndated(undated);
    case 'tbd':
      return W.tbd(undated);
    case 'unstated':
      return w.resumeNote ? W.resumeAsNoted(w.resumeNote, /未给出/.test(w.resumeNote) ? '' : undated) : W.NO_RESUME_TIME;
  }
}

/**
 * An open-ended suspension asked about for a later day: whether it is back by then is not
 * something the notice says, so no channel may answer "不能办理" as if it were known.
 * The day it stops and today are still what the notice says (no new notice comes within hours).
 */
export function unknownAhead(state: StandingState, w: Window, asked: DateTime, now: DateTime): boolean {
  if (state !== 'open-ended') return false;
  const day = dayStartMillis(asked);
  return day > dayStartMillis(now) && day > dayStartMillis(w.suspend);
}

export { OUTDATED_NOTE, UNKNOWN_AHEAD_NOTE } from './wording/status.ts';

/** What is said of such a moment: "公告未给出恢复日期：自12月14日24:00起暂停，恢复时间另行通知…". */
export const unknownAheadText = (w: Window, ref: DateTime): string => W.unknownAheadText(suspendWords(w, ref), statedResumeText(w, ref, '') + inferredNote(w));

/** Said once a gradual resumption has begun: never "已恢复", never "可以正常办理". */
export const resumingText = (w: Window, ref: DateTime) => W.resumingText(resumeWords(w, ref)!);

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
      return W.standing.unaffected;
    case 'unscheduled':
      return W.standing.unscheduled;
    case 'before':
      return W.standing.before(suspendWords(w!, ref), resumeText(w!, ref));
    case 'suspended':
    case 'open-ended':
      return W.standing.suspended(suspendWords(w!, ref), resumeText(w!, ref));
    case 'outdated':
      return W.standing.outdated(suspendWords(w!, ref), resumeText(w!, ref));
    case 'resuming':
      return W.standing.resuming(resumingText(w!, ref), suspendWords(w!, ref));
    case 'resumed':
      return W.standing.resumed(resumeWords(w!, ref)!, suspendWords(w!, ref));
  }
}
