// Tokens for minisearch, the same on the index and the query side. minisearch's
// default tokenizer makes one token of a whole Chinese sentence; character bigrams
// plus concept tokens for synonym groups did best on our question set (README).
// The words are data (knowledge/_domain/concepts.yaml): a Lexicon is built from them
// with each knowledge base, so a reload picks up an edit.

/** The tokenizer's vocabulary: concept name (without @) → words, narrower → broader concept, filler, words read whole. */
export interface ConceptVocabulary {
  concepts: Record<string, string[]>;
  broader: Record<string, string>;
  filler: string[];
  readWhole: string[];
}

export interface Lexicon {
  /** Concept tokens, then character bigrams of what is left (a lone character stays a unigram); questions are cached. */
  tokenize(text: string): string[];
  /** tokenize without the cache: for indexing documents. */
  tokenizeText(text: string): string[];
  /** Concept tokens found in the text, and the text with those words blanked out. Not to be changed: the last text's is kept and given again. */
  extractConcepts(text: string): { concepts: string[]; rest: string };
  /** Each concept word found in the text with its concept (leftmost, longest), and the text with those words blanked out. */
  conceptWords(text: string): { found: { word: string; concept: string }[]; rest: string };
  stripFiller(text: string): string;
  /** narrower concept token → broader one (@inpatient → @visit) */
  broader: Record<string, string>;
  /** the filler words, for whoever groups questions by wording (the missed-question report) */
  filler: string[];
}

/** Words by their first UTF-16 unit (a number: no one-character string made per position of a text), longest first: one left-to-right pass finds the longest word at each position. */
interface WordIndex<T> {
  words: Map<number, [string, T][]>;
  /** the first units of the words of every index of one lexicon, as bits: most positions of a text start none, and are passed over without a lookup */
  starts: Uint8Array;
}

function byFirstChar<T>(entries: [string, T][], starts: Uint8Array): WordIndex<T> {
  const words = new Map<number, [string, T][]>();
  for (const entry of entries) {
    const first = entry[0].charCodeAt(0);
    words.set(first, [...(words.get(first) ?? []), entry]);
    starts[first >> 3]! |= 1 << (first & 7);
  }
  for (const list of words.values()) list.sort((x, y) => y[0].length - x[0].length);
  return { words, starts };
}

/** Replaces each word of `words` found in `text` by a space (leftmost, longest), reporting what it found; a word whose value is null stays as it is. */
function scan<T>(text: string, words: WordIndex<T | null>, found?: (value: T, word: string) => void): string {
  let rest = '';
  /** text[copied…] is not in `rest` yet: what no word replaces is copied a stretch at a time */
  let copied = 0;
  for (let i = 0; i < text.length; ) {
    const hit = longestAt(text, i, words);
    if (!hit) {
      i++;
      continue;
    }
    const value = hit[1];
    if (value !== null && value !== undefined) {
      found?.(value, hit[0]);
      rest += `${text.slice(copied, i)} `;
      copied = i + hit[0].length;
    }
    i += hit[0].length;
  }
  return copied === 0 ? text : rest + text.slice(copied);
}

function longestAt<T>(text: string, i: number, index: WordIndex<T>): [string, T] | undefined {
  const first = text.charCodeAt(i);
  if (!(index.starts[first >> 3]! & (1 << (first & 7)))) return undefined;
  const list = index.words.get(first);
  if (!list) return undefined;
  // a word's second unit tells most of the list apart before its whole is compared
  const second = text.charCodeAt(i + 1);
  for (const entry of list) {
    const word = entry[0];
    if ((word.length === 1 || word.charCodeAt(1) === second) && text.startsWith(word, i)) return entry;
  }
  return undefined;
}

const HAN_RUN = /[\p{Script=Han}]+|[a-z0-9]+/gu;
const CACHE_SIZE = 2_000;
const CACHED_LENGTH = 120;

export function createLexicon(v: ConceptVocabulary): Lexicon {
  const conceptWordList: [string, string][] = Object.entries(v.concepts).flatMap(([concept, words]) =>
    words.map((w) => [w, `@${concept}`] as [string, string]),
  );
  /** a concept word, or (null) a word kept whole so that no concept is found across its edge */
  const starts = new Uint8Array(0x10000 >> 3);
  const conceptIndex = byFirstChar<string | null>([...conceptWordList, ...v.readWhole.map((w) => [w, null] as [string, null])], starts);
  const fillerIndex = byFirstChar(
    v.filler.map((w) => [w, true] as [string, boolean]),
    starts,
  );
  /** Which insurance a text is about is seen even inside longer words (交社保 is @pay and @socins). */
  const domainWords = conceptWordList.filter(([, k]) => k === '@medins' || k === '@socins');
  // no prototype: it is read with any token a question holds ("constructor" would find Object)
  const broader: Record<string, string> = Object.assign(Object.create(null), Object.fromEntries(Object.entries(v.broader).map(([k, b]) => [`@${k}`, `@${b}`])));

  /** the last text read for concepts: a question's topic is read by understanding, the tokenizer and ranking in turn */
  let last = { text: '', found: { concepts: [] as string[], rest: '' } };
  const extractConcepts = (text: string) => {
    if (text === last.text) return last.found;
    const concepts = new Set<string>();
    const rest = scan(text, conceptIndex, (concept) => concepts.add(concept));
    for (const [word, concept] of domainWords) if (!concepts.has(concept) && text.includes(word)) concepts.add(concept);
    last = { text, found: { concepts: [...concepts], rest } };
    return last.found;
  };
  const stripFiller = (text: string) => scan(text, fillerIndex);
  const tokenizeText = (text: string) => {
    // 其它 and 其他 are one word written two ways (notices use both)
    const { concepts, rest } = extractConcepts(text.toLowerCase().replace(/其它/g, '其他'));
    const tokens = [...concepts];
    for (const run of stripFiller(rest).match(HAN_RUN) ?? []) {
      if (/^[a-z0-9]+$/.test(run) || run.length === 1) tokens.push(run);
      else for (let i = 0; i + 1 < run.length; i++) tokens.push(run.slice(i, i + 2));
    }
    return tokens;
  };
  /** Recent questions' tokens (the same question is tokenized by understanding and by each search).
   *  Not for documents: their texts are tokenized once, and would stay here after indexing. */
  const cache = new Map<string, string[]>();
  return {
    tokenize(text) {
      if (text.length > CACHED_LENGTH) return tokenizeText(text);
      const known = cache.get(text);
      if (known) return known;
      const tokens = tokenizeText(text);
      if (cache.size >= CACHE_SIZE) cache.clear();
      cache.set(text, tokens);
      return tokens;
    },
    tokenizeText,
    extractConcepts,
    conceptWords(text) {
      const found: { word: string; concept: string }[] = [];
      const rest = scan(text, conceptIndex, (concept, word) => found.push({ word, concept: concept! }));
      return { found, rest };
    },
    stripFiller,
    broader,
    filler: v.filler,
  };
}
