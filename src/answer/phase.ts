// Where a business is on its notice's timeline at a moment: before its suspension,
// during it, after it resumed, or untouched. Windows are half-open: the suspend
// moment is already suspended, the resume moment is already resumed.
// What that means for a citizen (suspended, resuming gradually, outdated …) is
// decided in standing.ts.
import type { DateTime } from 'luxon';
import type { Business, Window } from '../knowledge/model.ts';
import { fmtNoticeMoment } from './format.ts';

export type PhaseState = 'before' | 'during' | 'after' | 'unaffected' | 'unscheduled';

export interface Phase {
  state: PhaseState;
  /** the window the state refers to (the coming one when `before`, the last one when `after`) */
  window?: Window;
}

/** A moment of a notice with the local time it was written as ("…T24:00" or "…T00:00"). */
export interface NoticeMoment {
  at: DateTime;
  written?: string;
}

/** A window resumes at a known moment only when the notice gives one. */
export function resumesAt(w: Window): DateTime | undefined {
  return w.resumeMode === 'date' || w.resumeMode === 'gradual' ? w.resume : undefined;
}

/** "12月22日18:00": when the window's suspension starts, as the notice writes it. */
export const suspendWords = (w: Window, ref?: DateTime): string => fmtNoticeMoment(w.suspend, w.suspendAsWritten, ref);

/** When the window resumes, as the notice writes it; undefined when the notice gives no moment. */
export function resumeWords(w: Window, ref?: DateTime): string | undefined {
  const at = resumesAt(w);
  return at ? fmtNoticeMoment(at, w.resumeAsWritten, ref) : undefined;
}

export function phaseAt(b: Business, t: DateTime): Phase {
  if (b.unaffected) return { state: 'unaffected' };
  if (!b.windows.length) return { state: 'unscheduled' };
  const ms = t.toMillis();
  let last: Window | undefined;
  for (const w of b.windows) {
    if (ms < w.suspend.toMillis()) return last ? { state: 'after', window: last } : { state: 'before', window: w };
    const resume = resumesAt(w);
    if (!resume || ms < resume.toMillis()) return { state: 'during', window: w };
    last = w;
  }
  return { state: 'after', window: last };
}

/** The next moment after `t` when the business changes state, if any, as its notice writes it. */
export function nextBoundary(b: Business, t: DateTime): NoticeMoment | undefined {
  const ms = t.toMillis();
  // the earliest after `t`; of equal ones, the first in the windows' order
  let next: NoticeMoment | undefined;
  let nextMs = Infinity;
  for (const w of b.windows) {
    const suspend = w.suspend.toMillis();
    if (suspend > ms && suspend < nextMs) {
      next = { at: w.suspend, written: w.suspendAsWritten };
      nextMs = suspend;
    }
    const resume = resumesAt(w);
    const back = resume ? resume.toMillis() : Infinity;
    if (back > ms && back < nextMs) {
      next = { at: resume!, written: w.resumeAsWritten };
      nextMs = back;
    }
  }
  return next;
}
