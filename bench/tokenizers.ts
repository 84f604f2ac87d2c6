// Measures retrieval tokenizers on the project's own question sets (test/questions):
// the share of cases whose reply has everything it must. `npx tsx bench/tokenizers.ts`
import { createAssistant } from '../src/assistant.ts';
import { loadKnowledge } from '../src/knowledge/load.ts';

// the shipped vocabulary (knowledge/_domain/concepts.yaml)
const { extractConcepts, stripFiller, tokenize: conceptsAndBigrams } = loadKnowledge('knowledge').domain.lexicon;
import type { Tokenizer } from '../src/retrieve/index.ts';
import { cases as firstSet } from '../test/questions/cases.ts';
import { cases as secondSet } from '../test/questions/cases-2.ts';
import { cases as thirdSet } from '../test/questions/cases-3.ts';
import { cases as fourthSet } from '../test/questions/cases-4.ts';
import { cases as fifthSet } from '../test/questions/cases-5.ts';
import { check } from '../test/questions/lib.ts';

const han = (t: string) => t.match(/[\p{Script=Han}]+|[a-z0-9]+/gu) ?? [];
const bigrams = (run: string) => (run.length < 2 ? [run] : [...run].slice(0, -1).map((c, i) => c + run[i + 1]));
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

const variants: Record<string, Tokenizer> = {
  'concepts + bigrams (default)': conceptsAndBigrams,
  'bigrams only': (t) => han(stripFiller(t.toLowerCase())).flatMap(bigrams),
  'concepts + unigrams': (t) => {
    const { concepts, rest } = extractConcepts(t.toLowerCase());
    return [...concepts, ...han(stripFiller(rest)).flatMap((r) => [...r])];
  },
  'concepts + unigrams + bigrams': (t) => {
    const { concepts, rest } = extractConcepts(t.toLowerCase());
    return [...concepts, ...han(stripFiller(rest)).flatMap((r) => [...r, ...bigrams(r)])];
  },
  'concepts + Intl.Segmenter words': (t) => {
    const { concepts, rest } = extractConcepts(t.toLowerCase());
    const words = [...segmenter.segment(stripFiller(rest))].filter((s) => s.isWordLike).map((s) => s.segment);
    return [...concepts, ...words];
  },
};

const cases = [...firstSet, ...secondSet, ...thirdSet, ...fourthSet, ...fifthSet];
type Case = (typeof cases)[number];
// the shared sample set, when the repository sits beside ../shared (as in CI)
const sample: Case[] = await import(new URL('../../shared/eval/sample-cases.mjs', import.meta.url).href)
  .then((m: { cases: Case[] }) => m.cases)
  .catch(() => []);

async function score(tokenizer: Tokenizer, set: Case[], tag: string): Promise<string> {
  if (!set.length) return 'n/a';
  const bot = await createAssistant({ knowledgeDir: 'knowledge', tokenizer });
  let pass = 0;
  for (const c of set) {
    const reply = await bot.ask({ text: c.q, at: c.at, session: c.session ? `${tag}:${c.session}` : undefined });
    if (check(c, reply.text).length === 0) pass++;
  }
  return `${pass}/${set.length} (${((pass / set.length) * 100).toFixed(1)}%)`;
}

console.log(`${'tokenizer'.padEnd(34)} ${'own sets'.padEnd(18)} sample set`);
for (const [name, tokenizer] of Object.entries(variants)) {
  console.log(`${name.padEnd(34)} ${(await score(tokenizer, cases, name)).padEnd(18)} ${await score(tokenizer, sample, name)}`);
}
