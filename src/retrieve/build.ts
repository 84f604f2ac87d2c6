// Builds the retriever's indexes (index.ts searches them): the cities' businesses and procedures
// as documents, each distinct text tokenized once, in minisearch indexes of CITIES_PER_INDEX cities.
//
// Why groups: one index per city costs ~500 KB each (minisearch keeps a tree of
// Maps per index), one index for every city makes a search score every city's
// documents. Measured on 300 cities (heap, one-city search): per city 150 MB /
// 0.06 ms; ten cities per index 54 MB / 0.10 ms; twenty 46 MB / 0.19 ms; thirty
// no smaller; one index 38 MB / 6 ms. See BENCHMARKS.md.
//
// Why not minisearch's `add`: it walks its radix tree once per token, and a business's `kinds`
// field (every word and phrasing its facets inherit) repeats the same long text for every
// business of those facets. The index is written here in minisearch's own serialized form
// (the one `toJSON` gives and `loadJS` reads) from term counts computed once per distinct text:
// the very index `addAll` would build, with the same terms, counts, lengths and order
// (test/core/retrieve-build.test.ts compares the two).
import MiniSearch, { type AsPlainObject } from 'minisearch';
import { cityFigures, docTerms, FIELDS, type CityFigures, type DocTerms } from './city-scores.ts';
import { TermHits } from './term-hits.ts';
import type { Domain } from '../knowledge/facets.ts';
import type { Business, City, KnowledgeBase, Procedure } from '../knowledge/model.ts';

/** How many cities share one index. */
export const CITIES_PER_INDEX = 20;

/** Turns text into index terms; the same function serves documents and queries. */
export type Tokenizer = (text: string) => string[];

/** What a hit stands for (the indexed texts are not kept once indexed), and its term counts. */
export interface Entry {
  /** position of the city in its group */
  city: number;
  item: Business | Procedure;
  kind: 'business' | 'procedure';
  terms: DocTerms;
}

export interface Group {
  cities: City[];
  /** the index's search, each term's hits kept once found (term-hits.ts) */
  index: TermHits;
  /** the entries by document id */
  entries: Entry[];
  /** every term these cities' knowledge uses → which of them (bit i = the city at position i) */
  vocabulary: Map<string, number>;
}

/** The options the index is read with; the query arrives as terms already (index.ts). */
export const INDEX_OPTIONS = { fields: [...FIELDS], tokenize: (text: string) => (text ? text.split(' ') : []), processTerm: (t: string) => t };

/** A document's fields, each as its tokens, in FIELDS order. */
export type DocFields = string[][];
/** A document's fields, each as its terms' counts in the order of first occurrence, in FIELDS order. */
export type DocCounts = Map<string, number>[];

/** The documents of some cities, tokenized: what both index builds start from. */
export interface Documents {
  entries: Entry[];
  fields: DocFields[];
  counts: DocCounts[];
  vocabulary: Map<string, number>;
  figures: CityFigures[];
}

/** A tokenizer that tokenizes each distinct text once: many businesses share a text (the `kinds` of the same facets above all). */
export function memoTokenizer(tokenize: Tokenizer): Tokenizer {
  const known = new Map<string, string[]>();
  return (text) => {
    let tokens = known.get(text);
    if (!tokens) known.set(text, (tokens = tokenize(text)));
    return tokens;
  };
}

/**
 * One DocTerms for all the documents with the same figures (kept for as long as the knowledge, read
 * only): cities under one province's cutover list the same businesses in the same words, and a
 * business's `kinds` repeats its facets' words. On 300 synthetic cities 9,466 documents have 1,630
 * distinct figures (−3.7 MB); minisearch's fieldLength shares the `lengths` arrays too (it changes
 * them only on add and remove, which a built index never sees).
 */
export type AlikeTerms = Map<string, DocTerms>;

function shared(terms: DocTerms, alike: AlikeTerms): DocTerms {
  const key = JSON.stringify([terms.lengths, terms.repeats ?? 0]);
  const known = alike.get(key);
  if (known) return known;
  alike.set(key, terms);
  return terms;
}

/**
 * The cities' businesses and procedures as documents. `tokenize` may return a shared array: it is never changed.
 * `alike`: the DocTerms met so far (shared across the groups of one build).
 */
export function documentsOf(cities: City[], tokenize: Tokenizer, domain: Domain, alike: AlikeTerms = new Map()): Documents {
  const entries: Entry[] = [];
  const all: DocFields[] = [];
  const allCounts: DocCounts[] = [];
  const vocabulary = new Map<string, number>();
  const figures: CityFigures[] = [];
  /** the fields whose terms are in the vocabulary for the city being read (a shared text once per city) */
  let known = new Set<Map<string, number>>();
  const add = (position: number, item: Business | Procedure, kind: Entry['kind'], texts: string[], own: DocTerms[], bodyTerms: string[] = []) => {
    const fields = texts.map((text, f) => (FIELDS[f] === 'body' && bodyTerms.length ? [...tokenize(text), ...bodyTerms] : tokenize(text)));
    const counts = fields.map(countsOf);
    for (const c of counts) {
      if (known.has(c)) continue;
      known.add(c);
      for (const t of c.keys()) vocabulary.set(t, (vocabulary.get(t) ?? 0) | (1 << position));
    }
    const terms = shared(docTerms(counts), alike);
    own.push(terms);
    entries.push({ city: position, item, kind, terms });
    all.push(fields);
    allCounts.push(counts);
  };
  cities.forEach((city, position) => {
    known = new Set();
    const own: DocTerms[] = [];
    for (const b of city.notices.flatMap((n) => n.businesses)) {
      // what its steps say, as concepts only (垫付, 开药 …): their other words would drown the business's own
      const steps = [...b.before, ...b.during, ...b.after].flatMap((s) => tokenize(s.text ?? s.quote).filter((t) => t.startsWith('@')));
      const body = [b.audience, ...b.channels, ...b.windows.map((w) => w.scope)].filter(Boolean).join(' ');
      // the business's own words, then what its facets give it (the kinds' words and phrasings)
      const inherited = domain.inherited(b.facets);
      add(position, b, 'business', [b.name, b.synonyms.join(' '), b.questions.join(' '), body, [...inherited.words, ...inherited.questions].join(' ')], own, [
        ...new Set(steps),
      ]);
    }
    for (const p of city.notices.flatMap((n) => n.procedures))
      add(position, p, 'procedure', [p.title, p.audience ?? '', p.questions.join(' '), p.answer, ''], own);
    figures.push(cityFigures(own));
  });
  return { entries, fields: all, counts: allCounts, vocabulary, figures };
}

/** Which terms an index holds postings for (the terms questions are searched on); every term counts in the lengths all the same. */
export type IndexedTerm = (term: string) => boolean;

/**
 * The group's index, as minisearch's `addAll` would build it from the documents' tokens (ids 0, 1, 2 … in order),
 * without the postings of the terms `indexed` leaves out: a search for any other term finds what it always found, with
 * the same scores (a term's BM25 reads its own postings, and the lengths and averages, which count every term).
 * `lengths`: each document's distinct terms per field when known already (its DocTerms'), kept by the index as they are.
 */
export function indexOf(
  docs: DocCounts[],
  indexed: IndexedTerm = () => true,
  lengths: number[][] = docs.map((fields) => fields.map((counts) => counts.size)),
): MiniSearch {
  // term → field id → document id → count; terms kept in the order `add` would first meet them,
  // so that minisearch's tree is shaped the same
  const postings = new Map<string, Record<number, Record<number, number>>>();
  const fieldLength: Record<number, number[]> = {};
  const averageFieldLength: number[] = FIELDS.map(() => 0);
  docs.forEach((fields, id) => {
    fields.forEach((counts, f) => {
      // as minisearch averages, step by step (the same rounding)
      averageFieldLength[f] = (averageFieldLength[f]! * id + counts.size) / (id + 1);
      for (const [term, n] of counts) {
        if (!indexed(term)) continue;
        let byField = postings.get(term);
        if (!byField) postings.set(term, (byField = {}));
        (byField[f] ??= {})[id] = n;
      }
    });
    fieldLength[id] = lengths[id]!;
  });
  const js: AsPlainObject = {
    documentCount: docs.length,
    nextId: docs.length,
    documentIds: Object.fromEntries(docs.map((_, id) => [id, id])),
    fieldIds: Object.fromEntries(FIELDS.map((f, i) => [f, i])),
    fieldLength,
    averageFieldLength,
    storedFields: {},
    dirtCount: 0,
    index: [...postings],
    serializationVersion: 2,
  };
  return MiniSearch.loadJS(js, INDEX_OPTIONS);
}

/** The group as minisearch's `addAll` builds it: the reference `indexOf` must equal (tests, bench). */
export function indexByAdding(docs: DocFields[]): MiniSearch {
  const index = new MiniSearch(INDEX_OPTIONS);
  index.addAll(docs.map((fields, id) => ({ id, ...Object.fromEntries(FIELDS.map((f, i) => [f, fields[i]!.join(' ')])) })));
  return index;
}

const countsCache = new WeakMap<string[], Map<string, number>>();

/** Each term's count, in the order of first occurrence; a shared token array is counted once. */
function countsOf(tokens: string[]): Map<string, number> {
  let counts = countsCache.get(tokens);
  if (counts) return counts;
  counts = new Map();
  for (const t of tokens) counts.set(t, (counts.get(t) ?? 0) + 1);
  countsCache.set(tokens, counts);
  return counts;
}

export function buildGroup(cities: City[], tokenize: Tokenizer, domain: Domain, indexed: IndexedTerm, alike: AlikeTerms = new Map()): Group {
  const { entries, counts, vocabulary, figures } = documentsOf(cities, tokenize, domain, alike);
  const index = indexOf(
    counts,
    indexed,
    entries.map((e) => e.terms.lengths),
  );
  return { cities, index: new TermHits(index, entries, figures), entries, vocabulary };
}

/** Every city's group and its position there. */
export function buildGroups(kb: KnowledgeBase, tokenize: Tokenizer, indexed: IndexedTerm): Map<City, { group: Group; position: number }> {
  // each distinct text tokenized once for the whole build (then dropped: the questions' cache is not for documents)
  const once = memoTokenizer(tokenize);
  const alike: AlikeTerms = new Map();
  const groupOf = new Map<City, { group: Group; position: number }>();
  for (let i = 0; i < kb.cities.length; i += CITIES_PER_INDEX) {
    const group = buildGroup(kb.cities.slice(i, i + CITIES_PER_INDEX), once, kb.domain, indexed, alike);
    group.cities.forEach((city, position) => groupOf.set(city, { group, position }));
  }
  return groupOf;
}
