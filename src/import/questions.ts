// The questions a drafted procedure is found by: each asked once by the procedure, and with
// one question word ("停机期间怎么办" is not followed by another 怎么办). Two procedures under one
// heading may share its question: both answer it (异地参保人 and 本市参保人 under 异地就医).
import type { DraftProcedure } from './model.ts';

/** a question word already at the end: a 怎么办 added after it doubles it */
const ASKED = /(怎么办|怎么处理|怎么弄|如何办理|如何处理|咋办|吗|呢|什么|哪些|多少|[？?])$/;
const ADDED = /怎么办$/;

/** "停机期间怎么办怎么办" → "停机期间怎么办"; "…？怎么办" → "…？" */
export function oneQuestionWord(question: string): string {
  let q = question.trim();
  while (ADDED.test(q) && ASKED.test(q.replace(ADDED, ''))) q = q.replace(ADDED, '');
  return q;
}

/** Each procedure's questions without doubled question words, each once. */
export function tidyQuestions<P extends Pick<DraftProcedure, 'questions'>>(procedures: P[]): P[] {
  return procedures.map((p) => ({ ...p, questions: [...new Set(p.questions.map(oneQuestionWord))] }));
}
