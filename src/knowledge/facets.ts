// The shared domain vocabulary at run time (read from _domain/ by read-domain.ts):
// reads the facets a text states, and says what vocabulary a business inherits from
// its facets. Built once per knowledge base, so a reload picks up an edited vocabulary.
import { type ConceptVocabulary, createLexicon, type Lexicon } from '../text/tokenize.ts';
import type { DomainFacts, WordListName } from './domain-schema.ts';

/** facet → the values stated (what: [结算], setting: [门诊, 药店]) */
export type Facets = Record<string, string[]>;

export interface Domain {
  /** The facets a text states: in each facet, the leftmost longest words (缴费核定 is 核定, not 缴费). */
  read(text: string): Facets;
  /** A question's facets with what its stated facets imply (facets.yaml `implied`): a question naming 住院 but no kind of business asks about 结算 there. */
  implied(facets: Facets): Facets;
  /** What a business of these facets inherits: its values' words, and the synonyms and questions of the kinds that fit it. */
  inherited(facets: Facets): { words: string[]; questions: string[] };
  /** The tokenizer built from concepts.yaml. */
  lexicon: Lexicon;
  /** concepts.yaml as data (the sound step corrects toward its words) */
  vocabulary: ConceptVocabulary;
  /** every word of the facet values and the kinds' synonyms (the sound step corrects toward them too) */
  businessWords: string[];
  /** The leftmost (then longest) word of a shared list (words.yaml) in the text. */
  find(list: WordListName, text: string): string | undefined;
  /** Every word of a shared list in the text. */
  findAll(list: WordListName, text: string): string[];
  /** The text less the words of these facets ("跨省异地就医结算" less `where` is "结算"): what a follow-up borrows when it states those facets itself. */
  without(text: string, facets: string[]): string;
  /** The columns of a contacts table a text names (words.yaml `contact_columns`), leftmost longest words first. */
  columns(text: string): string[];
  /** what a bare 卡 means here (words.yaml `own_card`, its first word) */
  ownCard: string | undefined;
  /** every word of one facet's values (`channel`: 窗口, 线上, app …) */
  facetWords(facet: string): string[];
}

/** Words by their first UTF-16 unit (a number: no one-character string made per position of a text), longest first; `starts`: the first units of the words of every scanner of a domain, as bits (most positions of a text start none, and are passed over without a lookup). */
type Scanner = { words: Map<number, [string, string[]][]>; starts: Uint8Array };

/** Words → the values they mean, by first character, longest first; `whole` words mean nothing but are read whole. */
function buildScanner(values: Record<string, string[]>, whole: string[], starts: Uint8Array): Scanner {
  const byWord = new Map<string, string[]>(whole.map((w) => [w.toLowerCase(), []]));
  for (const [value, words] of Object.entries(values)) for (const w of words) byWord.set(w.toLowerCase(), [...(byWord.get(w.toLowerCase()) ?? []), value]);
  const words: Scanner['words'] = new Map();
  for (const [w, vs] of byWord) {
    const first = w.charCodeAt(0);
    words.set(first, [...(words.get(first) ?? []), [w, vs]]);
    starts[first >> 3]! |= 1 << (first & 7);
  }
  for (const list of words.values()) list.sort((a, b) => b[0].length - a[0].length);
  return { words, starts };
}

/** The longest word of the scanner at `i` in `lower`. */
function wordAt(scanner: Scanner, lower: string, i: number): [string, string[]] | undefined {
  const first = lower.charCodeAt(i);
  if (!(scanner.starts[first >> 3]! & (1 << (first & 7)))) return undefined;
  const list = scanner.words.get(first);
  if (list) for (const entry of list) if (lower.startsWith(entry[0], i)) return entry;
  return undefined;
}

const NONE: string[] = [];

/** The values a text's words mean, reading leftmost longest words (in the order first found). */
function scan(scanner: Scanner, text: string, lower = text.toLowerCase()): string[] {
  let found = NONE;
  for (let i = 0; i < lower.length; ) {
    const hit = wordAt(scanner, lower, i);
    if (!hit) {
      i++;
      continue;
    }
    for (const v of hit[1]) if (!found.includes(v)) found === NONE ? (found = [v]) : found.push(v);
    i += hit[0].length;
  }
  return found === NONE ? [] : found;
}

export function buildDomain(facts: DomainFacts): Domain {
  const starts = new Uint8Array(0x10000 >> 3);
  const scanners = new Map<string, Scanner>();
  for (const [facet, values] of Object.entries(facts.facets)) scanners.set(facet, buildScanner(values, facts.wholeWords, starts));
  const columnScanner = buildScanner(facts.words.contact_columns ?? {}, [], starts);
  const escapeRegex = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const lists = Object.fromEntries(
    Object.entries(facts.words)
      .filter((e): e is [string, string[]] => Array.isArray(e[1]))
      .map(([list, words]) => [
        list,
        words.length
          ? new RegExp(
              [...words]
                .sort((a, b) => b.length - a.length)
                .map(escapeRegex)
                .join('|'),
              'i',
            )
          : undefined,
      ]),
  ) as Record<WordListName, RegExp | undefined>;
  /** each list's pattern, global (as findAll reads it) */
  const everyMatch: Partial<Record<WordListName, RegExp>> = {};
  const inheritedCache = new Map<string, { words: string[]; questions: string[] }>();
  return {
    lexicon: createLexicon(facts.concepts),
    vocabulary: facts.concepts,
    businessWords: [...new Set([...Object.values(facts.facets).flatMap((values) => Object.values(values).flat()), ...facts.kinds.flatMap((k) => k.synonyms)])],
    read(text) {
      const out: Facets = {};
      const lower = text.toLowerCase();
      for (const [facet, scanner] of scanners) {
        const found = scan(scanner, text, lower);
        if (found.length) out[facet] = found;
      }
      return out;
    },
    columns: (text) => scan(columnScanner, text),
    without(text, facets) {
      let out = text;
      for (const f of facets) {
        const scanner = scanners.get(f);
        if (!scanner) continue;
        const lower = out.toLowerCase();
        let kept = '';
        for (let i = 0; i < lower.length; ) {
          // a word read whole (参保人) means no value: it stays
          const hit = wordAt(scanner, lower, i);
          kept += hit?.[1].length ? ' ' : out.slice(i, i + (hit ? hit[0].length : 1));
          i += hit ? hit[0].length : 1;
        }
        out = kept;
      }
      return out;
    },
    implied(facets) {
      const out: Facets = { ...facets };
      for (const [when, fill] of Object.entries(facts.implied ?? {}))
        if (facets[when]) for (const [facet, values] of Object.entries(fill)) if (!facets[facet]) out[facet] = values;
      return out;
    },
    ownCard: facts.words.own_card[0],
    facetWords: (facet) => Object.values(facts.facets[facet] ?? {}).flat(),
    find(list, text) {
      return lists[list]?.exec(text)?.[0];
    },
    findAll(list, text) {
      const re = lists[list];
      if (!re) return [];
      // made once per list (matchAll copies it: its lastIndex stays 0)
      const all = (everyMatch[list] ??= new RegExp(re.source, 'g'));
      return Array.from(text.matchAll(all), (m) => m[0]);
    },
    inherited(facets) {
      const key = JSON.stringify(facets);
      let got = inheritedCache.get(key);
      if (!got) {
        const words = new Set<string>();
        const questions: string[] = [];
        for (const [facet, values] of Object.entries(facets)) for (const v of values) for (const w of facts.facets[facet]?.[v] ?? []) words.add(w);
        for (const kind of facts.kinds) {
          if (!Object.entries(kind.facets).every(([f, vs]) => vs.some((v) => facets[f]?.includes(v)))) continue;
          kind.synonyms.forEach((w) => words.add(w));
          questions.push(...kind.questions);
        }
        inheritedCache.set(key, (got = { words: [...words], questions }));
      }
      return got;
    },
  };
}

/** How a business's facets meet a question's: facets the question states that the business contradicts, and whether it agrees on all of them. */
export function facetFit(asked: Facets, own: Facets): { contradicted: string[]; agreesOnAll: boolean } {
  const stated = Object.keys(asked);
  const contradicted = stated.filter((f) => own[f] && !own[f]!.some((v) => asked[f]!.includes(v)));
  const agreesOnAll = stated.length > 0 && stated.every((f) => own[f]?.some((v) => asked[f]!.includes(v)));
  return { contradicted, agreesOnAll };
}
