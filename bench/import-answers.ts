// Answer quality of unedited drafts: a knowledge base built in process from the draft
// folders (the project's loader), asked the project's question sets and scored as
// test/questions.test.ts scores them.
import { createAssistant } from '../src/assistant.ts';
import { buildKnowledge } from '../src/knowledge/build.ts';
import { readKnowledge } from '../src/knowledge/read.ts';
import { check, type Case } from '../test/questions/lib.ts';

export interface AnswerScore {
  asked: number;
  right: number;
  byCat: Map<string, { right: number; asked: number }>;
  wrong: { id: string; q: string; fails: string[]; reply: string }[];
}

export async function scoreAnswers(knowledgeDir: string, cases: Case[]): Promise<AnswerScore> {
  const bot = await createAssistant({ knowledge: buildKnowledge(readKnowledge(knowledgeDir)) });
  const run = `bench-${Date.now().toString(36)}`;
  const score: AnswerScore = { asked: 0, right: 0, byCat: new Map(), wrong: [] };
  for (const c of cases) {
    let reply = '';
    let fails: string[];
    try {
      reply = String((await bot.ask({ text: c.q, at: c.at, session: c.session ? `${run}-${c.session}` : undefined }))?.text ?? '');
      fails = check(c, reply);
    } catch (e) {
      fails = [`threw ${e instanceof Error ? e.message : String(e)}`];
    }
    const cat = score.byCat.get(c.cat) ?? { right: 0, asked: 0 };
    cat.asked++;
    score.asked++;
    if (!fails.length) cat.right++, score.right++;
    else score.wrong.push({ id: c.id, q: c.q, fails, reply });
    score.byCat.set(c.cat, cat);
  }
  return score;
}
