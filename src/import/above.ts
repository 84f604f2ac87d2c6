// "上述业务于7月27日上午8时30分起恢复办理", "两类业务均于…恢复": a resumption whose object points back names no
// business of its own; it resumes what the sentence just before it stopped (a newspaper, a
// notice in prose). Left to the blanket reading (every business of the domain) otherwise.
import type { Sentence } from './blocks.ts';
import type { DraftBusiness } from './model.ts';
import type { Stated } from './stated.ts';
import { POINTS_BACK } from './words.ts';

/** Writes each "上述业务…恢复" into the windows the sentence before it stopped; returns the resumptions left. */
export function resumeTheAbove(businesses: DraftBusiness[], stated: Stated[], sentences: Sentence[]): Stated[] {
  return stated.filter((r) => {
    if (!POINTS_BACK.test(r.object.trim())) return true;
    const at = sentences.findIndex((s) => s.text.includes(r.quote) || r.quote.includes(s.text));
    if (at < 0) return true;
    // the nearest sentence before it, in its paragraph, that stopped something still open
    for (let j = at - 1; j >= 0 && sentences[j]!.para === sentences[at]!.para; j--) {
      const open = businesses.flatMap((b) =>
        b.windows.filter((w) => !w.resume_mode && w.suspend_quote.includes(sentences[j]!.text) && (!r.moment || r.moment.at > w.suspend)),
      );
      if (!open.length) continue;
      for (const w of open) {
        Object.assign(w, { resume_mode: r.mode, resume_quote: r.quote, ...(r.moment ? { resume: r.moment.at } : {}) });
        if (r.moment?.doubt) w.doubt = [w.doubt, `恢复时间：${r.moment.doubt}`].filter(Boolean).join('；');
      }
      return false;
    }
    return true;
  });
}
