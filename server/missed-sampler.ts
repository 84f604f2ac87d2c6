// Keeps one source's flood from filling the missed-question log: per source (a
// WeChat/WeCom sender, else the client address) and per minute from its first line,
// the first `perMinute` lines are written as they come, then one line in `every`,
// carrying `sampled: n` (it stands for n lines: itself and the n-1 skipped before it).
// When the minute ends, the lines skipped since the last written one are written as
// their last line with `sampled` = how many. The report counts each line `sampled` times.

/** one line in this many is written once a source is over its per-minute lines */
export const SAMPLE_EVERY = 50;
const WINDOW_MS = 60_000;
/** sources tracked at once; beyond, new sources share one window (a flood of addresses still cannot write every line) */
const MAX_SOURCES = 10_000;
const OVERFLOW = '\u0000many sources';

export interface Sampled<T> {
  entry: T;
  /** how many lines this one stands for; absent = itself alone */
  sampled?: number;
}

interface Window<T> {
  start: number;
  seen: number;
  /** skipped since the last written line */
  skipped: number;
  last?: T;
}

export class FloodSampler<T> {
  private readonly windows = new Map<string, Window<T>>();

  constructor(
    readonly perMinute: number,
    readonly every = SAMPLE_EVERY,
  ) {}

  /** What to write now for this line of `source`: the end of its previous minute, and the line itself unless skipped. */
  admit(source: string, entry: T, now: number): Sampled<T>[] {
    const out: Sampled<T>[] = [];
    let key = source;
    let w = this.windows.get(key);
    if (w && now - w.start >= WINDOW_MS) {
      out.push(...tail(w));
      this.windows.delete(key);
      w = undefined;
    }
    if (!w) {
      if (this.windows.size >= MAX_SOURCES) {
        out.push(...this.expire(now));
        if (this.windows.size >= MAX_SOURCES) key = OVERFLOW;
      }
      w = this.windows.get(key);
      if (!w) this.windows.set(key, (w = { start: now, seen: 0, skipped: 0 }));
    }
    w.seen++;
    if (w.seen <= this.perMinute) return [...out, { entry }];
    w.skipped++;
    w.last = entry;
    if (w.skipped < this.every) return out;
    const sampled = w.skipped;
    w.skipped = 0;
    w.last = undefined;
    return [...out, { entry, sampled }];
  }

  /** Ends the minutes that are over (every one with `all`): the lines each skipped since its last written one. */
  expire(now: number, all = false): Sampled<T>[] {
    const out: Sampled<T>[] = [];
    for (const [key, w] of this.windows) {
      if (!all && now - w.start < WINDOW_MS) continue;
      out.push(...tail(w));
      this.windows.delete(key);
    }
    return out;
  }
}

function tail<T>(w: Window<T>): Sampled<T>[] {
  return w.skipped && w.last ? [{ entry: w.last, sampled: w.skipped }] : [];
}
