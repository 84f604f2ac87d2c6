// Retrieval over what the knowledge says: the businesses (for "when / can I"
// questions) and the procedures (for "what do I do"), in minisearch indexes that
// each hold a group of cities; a search is filtered to the cities asked about.
//
// Why groups: one index per city costs ~500 KB each (minisearch keeps a tree of
// Maps per index), one index for every city makes a search score every city's
// documents. Measured on 300 cities (heap, one-city search): per city 150 MB /
// 0.06 ms; ten cities per index 54 MB / 0.10 ms; twenty 46 MB / 0.19 ms; thirty
// no smaller; one index 38 MB / 6 ms. See BENCHMARKS.md.
import MiniSearch from 'minisearch';
import type { Business, City, KnowledgeBase, Procedure } from '../knowledge/model.ts';
import { BROADER } from '../understand/lexicon.ts';
import { tokenize as defaultTokenize, tokenizeText } from './tokenize.ts';

/** How well a candidate fits: BM25 score, the share of the question's content it holds, and which terms. */
interface Fit {
  score: number;
  coverage: number;
  /** how many content terms of the question it holds */
  matched: number;
  /** the content terms it holds */
  terms: string[];
}

export type Candidate =
  | ({ kind: 'business'; city: City; business: Business } & Fit)
  | ({ kind: 'procedure'; city: City; procedure: Procedure; business?: Business } & Fit);

/** Turns text into index terms; the same function serves documents and queries. */
export type Tokenizer = (text: string) => string[];

export interface Retriever {
  /** candidates from the given cities, best first: at most `perCity` from each city (all when omitted) */
  search(query: string, cities: City[], perCity?: number): Candidate[];
}

/** How many cities share one index. */
export const CITIES_PER_INDEX = 20;

interface Doc {
  id: number;
  /** position of the city in its group */
  city: number;
  item: Business | Procedure;
  kind: 'business' | 'procedure';
  title: string;
  words: string;
  questions: string;
  body: string;
}

/** What a hit stands for (the indexed texts are not kept once indexed). */
type Entry = Pick<Doc, 'city' | 'item' | 'kind'>;

interface Group {
  cities: City[];
  index: MiniSearch<Doc>;
  /** the entries by document id */
  entries: Entry[];
  /** every term these cities' knowledge uses */
  vocabulary: Set<string>;
}

/** Concepts that say what kind of question it is, not what it is about: they never count as coverage. */
const FORM_TOKENS = new Set(['@when', '@can', '@how', '@stop', '@resume', '@medins', '@socins', '@cutover', '@insured']);
/** 医保 / 社保: searched on (they tell the two apart) but not counted as what the question is about */
const DOMAIN_TOKENS = new Set(['@medins', '@socins']);

const SEARCH_OPTIONS = {
  boost: { title: 3, words: 2, questions: 2, body: 0.6 },
  prefix: false,
  fuzzy: false,
  combineWith: 'OR' as const,
  tokenize: (terms: string) => terms.split(' '), // the query arrives as terms already
};

export function buildRetriever(kb: KnowledgeBase, tokenize: Tokenizer = defaultTokenize): Retriever {
  // documents are tokenized once each: through the uncached tokenizer, or they would fill the questions' cache
  const documentTokenize = tokenize === defaultTokenize ? tokenizeText : tokenize;
  const groups: Group[] = [];
  const groupOf = new Map<City, { group: Group; position: number }>();
  for (let i = 0; i < kb.cities.length; i += CITIES_PER_INDEX) {
    const group = buildGroup(kb.cities.slice(i, i + CITIES_PER_INDEX), documentTokenize);
    group.cities.forEach((city, position) => groupOf.set(city, { group, position }));
    groups.push(group);
  }

  return {
    search(query, cities, perCity = Infinity) {
      const queryTokens = [...new Set(tokenize(query))];
      // search on what the question is about: its form (什么时候, 能不能) is ranked by intent
      // elsewhere, and lone characters (办, 交, 药) match too much to rank on
      const terms = queryTokens.filter((t) => (!FORM_TOKENS.has(t) || DOMAIN_TOKENS.has(t)) && (t.startsWith('@') || t.length > 1));
      const content = terms.filter((t) => !DOMAIN_TOKENS.has(t));
      if (!terms.length) return [];
      // also search the broader concept (住院 → 就医); it stands in for the narrower one when matching
      for (const t of content) if (BROADER[t] && !terms.includes(BROADER[t])) terms.push(BROADER[t]);
      const holds = (found: string[], t: string) => found.includes(t) || (!!BROADER[t] && found.includes(BROADER[t]));
      const wanted = new Map<Group, Set<number>>();
      for (const city of cities) {
        const at = groupOf.get(city);
        if (at) wanted.set(at.group, (wanted.get(at.group) ?? new Set()).add(at.position));
      }
      const out: Candidate[] = [];
      for (const [group, positions] of wanted) {
        // a concept (社保卡, 异地 …) weighs twice a bigram; a bigram this knowledge never
        // uses (间看, 看普 across word boundaries) half, so noise does not drown what matched
        const weight = (t: string) => (t.startsWith('@') ? 2 : group.vocabulary.has(t) ? 1 : 0.5);
        const total = content.reduce((sum, t) => sum + weight(t), 0);
        const hits = group.index.search(terms.join(' '), { ...SEARCH_OPTIONS, filter: (r) => positions.has(group.entries[r.id as number]!.city) });
        const taken = new Map<number, number>(); // per city position
        for (const hit of hits) {
          const doc = group.entries[hit.id as number]!;
          // hits come best first: a city's later ones are not needed (a question with no city searches them all)
          const n = taken.get(doc.city) ?? 0;
          if (n >= perCity) continue;
          taken.set(doc.city, n + 1);
          const matched = content.filter((t) => holds(hit.queryTerms, t));
          const coverage = total ? matched.reduce((sum, t) => sum + weight(t), 0) / total : 0;
          out.push(candidate(doc, group.cities[doc.city]!, { score: hit.score, coverage, matched: matched.length, terms: matched }));
        }
      }
      return out.sort((a, b) => b.score - a.score);
    },
  };
}

function candidate(doc: Entry, city: City, figures: Fit): Candidate {
  if (doc.kind === 'business') return { kind: 'business', city, business: doc.item as Business, ...figures };
  const procedure = doc.item as Procedure;
  const business = city.notices.find((n) => n.id === procedure.noticeId)?.businesses.find((b) => b.id === procedure.business);
  return { kind: 'procedure', city, procedure, business, ...figures };
}

function buildGroup(cities: City[], tokenize: Tokenizer): Group {
  const docs: Doc[] = [];
  cities.forEach((city, position) => {
    for (const b of city.notices.flatMap((n) => n.businesses)) {
      const body = [b.audience, ...b.channels, ...b.windows.map((w) => w.scope)].filter(Boolean).join(' ');
      docs.push({ id: docs.length, city: position, item: b, kind: 'business', title: b.name, words: b.synonyms.join(' '), questions: b.questions.join(' '), body });
    }
    for (const p of city.notices.flatMap((n) => n.procedures)) {
      docs.push({ id: docs.length, city: position, item: p, kind: 'procedure', title: p.title, words: p.audience ?? '', questions: p.questions.join(' '), body: p.answer });
    }
  });
  // the vocabulary is gathered as minisearch tokenizes each field (tokenizing twice cost a quarter of the build)
  const vocabulary = new Set<string>();
  const index = new MiniSearch<Doc>({
    fields: ['title', 'words', 'questions', 'body'],
    tokenize: (text) => {
      const tokens = tokenize(text);
      for (const t of tokens) vocabulary.add(t);
      return tokens;
    },
    processTerm: (t) => t,
  });
  index.addAll(docs);
  return { cities, index, entries: docs.map(({ city, item, kind }) => ({ city, item, kind })), vocabulary };
}
