// Tokens for minisearch, the same on the index and the query side. minisearch's
// default tokenizer makes one token of a whole Chinese sentence; character bigrams
// plus concept tokens for synonym groups did best on our question set (README).
import { CONCEPTS, FILLER } from '../understand/lexicon.ts';

const CONCEPT_WORDS: [string, string][] = Object.entries(CONCEPTS)
  .flatMap(([concept, words]) => words.map((w) => [w, concept] as [string, string]))
  .sort((a, b) => b[0].length - a[0].length);

const FILLER_SORTED = [...FILLER].sort((a, b) => b.length - a.length);
const HAN_RUN = /[\p{Script=Han}]+|[a-z0-9]+/gu;

/** Which insurance a text is about is seen even inside longer words (交社保 is @pay and @socins). */
const DOMAIN_WORDS = ['@medins', '@socins'].flatMap((c) => CONCEPT_WORDS.filter(([, k]) => k === c));

/** Concept tokens found in the text, and the text with those words blanked out. */
export function extractConcepts(text: string): { concepts: string[]; rest: string } {
  const concepts: string[] = [];
  let rest = text;
  for (const [word, concept] of CONCEPT_WORDS) {
    if (!rest.includes(word)) continue;
    rest = rest.split(word).join(' ');
    if (!concepts.includes(concept)) concepts.push(concept);
  }
  for (const [word, concept] of DOMAIN_WORDS) if (text.includes(word) && !concepts.includes(concept)) concepts.push(concept);
  return { concepts, rest };
}

export function stripFiller(text: string): string {
  let rest = text;
  for (const w of FILLER_SORTED) rest = rest.split(w).join(' ');
  return rest;
}

/** Concept tokens, then character bigrams of what is left (a lone character stays a unigram). */
export function tokenize(text: string): string[] {
  const { concepts, rest } = extractConcepts(text.toLowerCase());
  const tokens = [...concepts];
  for (const run of stripFiller(rest).match(HAN_RUN) ?? []) {
    if (/^[a-z0-9]+$/.test(run) || run.length === 1) tokens.push(run);
    else for (let i = 0; i + 1 < run.length; i++) tokens.push(run.slice(i, i + 2));
  }
  return tokens;
}
