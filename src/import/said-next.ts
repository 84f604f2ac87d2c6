// "答：异地就医备案于6月9日17:00起暂停。恢复时间另行通知。": a sentence that only says when things
// resume (a moment, 另行通知, 逐步恢复), right after a stop sentence of the same paragraph,
// resumes what that sentence stopped, as the clause "…，恢复时间另行通知" of the sentence would.
import type { Sentence } from './blocks.ts';
import { splitClauses } from './blocks.ts';
import { bareResume } from './clause-times.ts';
import type { DraftBusiness } from './model.ts';

export function resumedNext(businesses: DraftBusiness[], sentences: Sentence[], reference: string | undefined): void {
  sentences.forEach((s, i) => {
    const before = sentences[i - 1];
    if (!before || before.para !== s.para) return;
    const clauses = splitClauses(s.text);
    const back = clauses.length === 1 ? bareResume(clauses[0]!, reference) : undefined;
    if (!back) return;
    for (const b of businesses)
      for (const w of b.windows)
        if (w.suspend_quote === before.text && !w.resume_mode && (!back.moment || back.moment.at > w.suspend))
          Object.assign(w, { resume_mode: back.mode, resume_quote: s.text }, back.moment ? { resume: back.moment.at } : {});
  });
}
