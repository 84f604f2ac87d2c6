// Where a business stands at a moment: before its suspension, during it, after
// it resumed, or untouched. Windows are half-open: the suspend moment is already
// suspended, the resume moment is already resumed.
import type { DateTime } from 'luxon';
import type { Business, Window } from '../knowledge/model.ts';

export type PhaseState = 'before' | 'during' | 'after' | 'unaffected' | 'unscheduled';

export interface Phase {
  state: PhaseState;
  /** the window the state refers to (the coming one when `before`, the last one when `after`) */
  window?: Window;
}

/** A window resumes at a known moment only when the notice gives one. */
export function resumesAt(w: Window): DateTime | undefined {
  return w.resumeMode === 'date' || w.resumeMode === 'gradual' ? w.resume : undefined;
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

/** The next moment after `t` when the business changes state, if any. */
export function nextBoundary(b: Business, t: DateTime): DateTime | undefined {
  const ms = t.toMillis();
  const moments = b.windows.flatMap((w) => [w.suspend, resumesAt(w)]).filter((d): d is DateTime => !!d && d.toMillis() > ms);
  return moments.sort((x, y) => x.toMillis() - y.toMillis())[0];
}

/** Label for status strips: 正常 / 暂停中 / 已恢复 / 不受影响. */
export function phaseLabel(p: Phase): string {
  return { before: '正常', during: '暂停中', after: '已恢复', unaffected: '不受影响', unscheduled: '正常' }[p.state];
}
