// The knowledge must not be keyed to the questions that measure it: no question
// phrasing in facts.yaml, nor of a kind in _domain/kinds.yaml, may equal, or nearly equal (half or more of their character
// bigrams shared), a question of our own set or of the shared sample set.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildKnowledge } from '../../src/knowledge/build.ts';
import { readKnowledge } from '../../src/knowledge/read.ts';
import { normalize } from '../../src/understand/normalize.ts';
import { cases as firstSet } from '../questions/cases.ts';
import { cases as secondSet } from '../questions/cases-2.ts';
import { cases as thirdSet } from '../questions/cases-3.ts';
import { cases as fourthSet } from '../questions/cases-4.ts';
import { cases as fifthSet } from '../questions/cases-5.ts';

const cases = [...firstSet, ...secondSet, ...thirdSet, ...fourthSet, ...fifthSet];

const KNOWLEDGE = new URL('../../knowledge', import.meta.url).pathname;
const read = readKnowledge(KNOWLEDGE);
const kb = buildKnowledge(read);
const noticePhrasings = kb.notices.flatMap((n) => [
  ...n.businesses.flatMap((b) => b.questions.map((q) => ({ q, where: `${n.id}/businesses/${b.id}` }))),
  ...n.procedures.flatMap((p) => p.questions.map((q) => ({ q, where: `${n.id}/procedures/${p.id}` }))),
]);
/** the shared kinds' phrasings, which every business of their facets inherits */
const kindPhrasings = read.domain.kinds.flatMap((k) => k.questions.map((q) => ({ q, where: `_domain/kinds/${k.name}` })));
const phrasings = [...noticePhrasings, ...kindPhrasings];
const key = (q: string) => normalize(q).replace(/[\s?？!！。，,、]/g, '');

function bigrams(q: string): Set<string> {
  const t = key(q);
  return new Set(Array.from({ length: Math.max(t.length - 1, 0) }, (_, i) => t.slice(i, i + 2)));
}

/** Share of bigrams two questions have in common (Jaccard). */
function likeness(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared || 1);
}

const NEAR_COPY = 0.5;

function copied(questions: string[]): string[] {
  const asked = questions.map(bigrams);
  return phrasings.filter((p) => asked.some((q) => likeness(q, bigrams(p.q)) >= NEAR_COPY)).map((p) => `${p.where}: ${p.q}`);
}

describe('knowledge is independent of the evaluation questions', () => {
  it("has many phrasings to check, the kinds' among them", () => {
    expect(noticePhrasings.length).toBeGreaterThan(100);
    expect(kindPhrasings.length).toBeGreaterThan(20);
  });

  it('the likeness measure catches a copy that only drops the city', () => {
    expect(likeness(bigrams('武汉停机期间去药店买药怎么办'), bigrams('停机期间去药店买药怎么办'))).toBeGreaterThanOrEqual(NEAR_COPY);
    expect(likeness(bigrams('武汉医保什么时候恢复'), bigrams('长沙特门特药咨询电话'))).toBeLessThan(NEAR_COPY);
  });

  it('copies no question of the own question set', () => expect(copied(cases.map((c) => c.q))).toEqual([]));

  const sample = new URL('../../../shared/eval/sample-cases.mjs', import.meta.url);
  it.runIf(existsSync(sample))('copies no question of the shared sample set', async () => {
    const { cases: shared } = (await import(sample.href)) as { cases: { q: string }[] };
    expect(copied(shared.map((c) => c.q))).toEqual([]);
  });
});
