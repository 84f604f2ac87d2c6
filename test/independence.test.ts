// The knowledge must not be keyed to the questions that measure it: no question
// phrasing in facts.yaml may equal a question of our own set or of the shared sample set.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../src/knowledge/load.ts';
import { normalize } from '../src/understand/normalize.ts';
import { cases } from './questions/cases.ts';

const kb = loadKnowledge(new URL('../knowledge', import.meta.url).pathname);
const phrasings = kb.notices.flatMap((n) => [
  ...n.businesses.flatMap((b) => b.questions.map((q) => ({ q, where: `${n.id}/businesses/${b.id}` }))),
  ...n.procedures.flatMap((p) => p.questions.map((q) => ({ q, where: `${n.id}/procedures/${p.id}` }))),
]);
const key = (q: string) => normalize(q).replace(/[\s?？!！。，,]/g, '');

function copied(questions: string[]): string[] {
  const asked = new Set(questions.map(key));
  return phrasings.filter((p) => asked.has(key(p.q))).map((p) => `${p.where}: ${p.q}`);
}

describe('knowledge is independent of the evaluation questions', () => {
  it('has many phrasings to check', () => expect(phrasings.length).toBeGreaterThan(100));

  it('copies no question of the own question set', () => expect(copied(cases.map((c) => c.q))).toEqual([]));

  const sample = new URL('../../shared/eval/sample-cases.mjs', import.meta.url);
  it.runIf(existsSync(sample))('copies no question of the shared sample set', async () => {
    const { cases: shared } = (await import(sample.href)) as { cases: { q: string }[] };
    expect(copied(shared.map((c) => c.q))).toEqual([]);
  });
});
