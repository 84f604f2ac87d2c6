// Cities do not disturb each other: adding or removing another city's notices leaves every
// reply about a city byte-identical. Each question set is asked of the seed knowledge alone,
// with two more cities beside it, and with one seed city removed; a reply that is about one
// city (not a no-city reply listing several, nor asking which city) must not change.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSyntheticKnowledge } from '../../bench/synthetic.ts';
import { createAssistant } from '../../src/assistant.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { cases as firstSet } from '../questions/cases.ts';
import { cases as secondSet } from '../questions/cases-2.ts';
import { cases as thirdSet } from '../questions/cases-3.ts';
import { cases as fourthSet } from '../questions/cases-4.ts';
import { cases as fifthSet } from '../questions/cases-5.ts';

const cases = [...firstSet, ...secondSet, ...thirdSet, ...fourthSet, ...fifthSet];
const KNOWLEDGE = fileURLToPath(new URL('../../knowledge', import.meta.url));

type Reply = { city: string | null; text: string };

async function askAll(knowledgeDir: string): Promise<Map<string, Reply>> {
  const bot = await createAssistant({ knowledge: loadKnowledge(knowledgeDir) });
  const out = new Map<string, Reply>();
  for (const c of cases) {
    const r = await bot.ask({ text: c.q, at: c.at, session: c.session ? `iso-${c.session}` : undefined });
    out.set(c.id, { city: r.city, text: r.text });
  }
  return out;
}

describe('cities do not disturb each other', () => {
  const dirs: string[] = [];
  let alone: Map<string, Reply>;
  beforeAll(async () => {
    alone = await askAll(KNOWLEDGE);
  }, 300_000);
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  // a question that names no city is answered for every city that has it: other cities belong in it
  const NO_CITY = /您没有说明城市|请问您问的是哪个城市/;
  /** the cases whose conversation so far was about one city (an earlier turn with no city may carry another topic) */
  function aboutOneCity(keep: (r: Reply) => boolean): Set<string> {
    const out = new Set<string>();
    const spoiled = new Set<string>();
    for (const c of cases) {
      const r = alone.get(c.id)!;
      const ok = keep(r) && !NO_CITY.test(r.text);
      if (c.session && !ok) spoiled.add(c.session);
      if (ok && !(c.session && spoiled.has(c.session))) out.add(c.id);
    }
    return out;
  }
  // a district named alone that an added city has too (高新区) names no city any more: every city that has it answers
  const SHARED_DISTRICT = /^\S+都有\S+，以下分别列出/;
  const differing = (other: Map<string, Reply>, keep: (r: Reply) => boolean) =>
    cases
      .filter((c) => aboutOneCity(keep).has(c.id) && alone.get(c.id)!.text !== other.get(c.id)!.text && !SHARED_DISTRICT.test(other.get(c.id)!.text))
      .map((c) => `${c.id} ${c.q}\n  before: ${alone.get(c.id)!.text.split('\n')[0]}\n  after:  ${other.get(c.id)!.text.split('\n')[0]}`);

  it('adding two cities leaves every reply about a seed city byte-identical', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cutover-iso-'));
    dirs.push(dir);
    cpSync(KNOWLEDGE, dir, { recursive: true });
    writeSyntheticKnowledge(dir, { cities: 2, includeSeed: false, secondNoticeEvery: 1, from: 150 }); // 开封, 洛阳: named by no question
    const other = await askAll(dir);
    const changed = differing(other, (r) => r.city !== null);
    expect(changed, changed.join('\n')).toEqual([]);
    // the check is not vacuous: most replies are about one city
    expect(cases.filter((c) => alone.get(c.id)!.city !== null).length).toBeGreaterThan(cases.length / 2);
  }, 300_000);

  it('removing 长沙 leaves every reply about 武汉 byte-identical', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cutover-iso-'));
    dirs.push(dir);
    cpSync(join(KNOWLEDGE, 'wuhan-2021-12'), join(dir, 'wuhan-2021-12'), { recursive: true });
    const other = await askAll(dir);
    const changed = differing(other, (r) => r.city === '武汉');
    expect(changed, changed.join('\n')).toEqual([]);
  }, 300_000);

  it("another city's own words do not make a question about this city read differently", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cutover-iso-'));
    dirs.push(dir);
    cpSync(KNOWLEDGE, dir, { recursive: true });
    writeSyntheticKnowledge(dir, { cities: 1, includeSeed: false, secondNoticeEvery: 0, from: 150 });
    // the new city calls one of its businesses by a name no seed notice uses
    const facts = join(dir, readdirSync(dir).find((d) => d.startsWith('syn-'))!, 'facts.yaml');
    writeFileSync(facts, readFileSync(facts, 'utf8').replace('    synonyms:\n', '    synonyms:\n      - 长期护理险\n'));
    const seedsOnly = await createAssistant({ knowledge: loadKnowledge(KNOWLEDGE) });
    const withCity = await createAssistant({ knowledge: loadKnowledge(dir) });
    for (const text of ['武汉长期护理险停机了没有', '长期护理险在长沙还能办吗']) {
      const [a, b] = [await seedsOnly.ask({ text, at: '2021-12-20T10:00' }), await withCity.ask({ text, at: '2021-12-20T10:00' })];
      expect(b.band, text).toBe(a.band);
      expect(b.text.split('\n')[0], text).toBe(a.text.split('\n')[0]);
    }
  }, 60_000);
});
