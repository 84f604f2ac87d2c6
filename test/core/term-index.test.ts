// The retriever's term index (src/retrieve/term-index.ts) must answer exactly as minisearch did:
// the same hits, scores bit for bit, matched terms and fields, in the same order. Both are built
// on the very documents the retriever indexes (recorded as it builds, on the seed knowledge and
// on a synthetic knowledge of 40 cities) and asked the very queries it asks for every question
// of the question sets, with the cities asked about as a document boost and as a city filter.
import { rmSync } from 'node:fs';
import type MiniSearchType from 'minisearch';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { tempKnowledgeDir, writeSyntheticKnowledge } from '../../bench/synthetic.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import type { City } from '../../src/knowledge/model.ts';
import { buildRetriever } from '../../src/retrieve/index.ts';
import type { TermDoc, TermIndex as TermIndexType } from '../../src/retrieve/term-index.ts';
import { FIELD_BOOST } from '../../src/retrieve/thresholds.ts';
import { KNOWLEDGE_DIR } from '../support/helpers.ts';
import { cases as first } from '../questions/cases.ts';
import { cases as second } from '../questions/cases-2.ts';
import { cases as third } from '../questions/cases-3.ts';
import { cases as fourth } from '../questions/cases-4.ts';
import { cases as fifth } from '../questions/cases-5.ts';

/** A search the retriever made: on which documents, which query, limited to which cities' positions. */
interface Recorded {
  docs: TermDoc[];
  query: string;
  positions: Set<number>;
}

// whichever index the retriever builds (minisearch, or the term index once switched), its documents
// and its searches are recorded while `on`
const record = vi.hoisted(() => ({ on: false, searches: [] as Recorded[] }));

function recording<C extends abstract new (...args: never[]) => { addAll(docs: never[]): void; search(query: string, options?: never): unknown }>(Base: C) {
  // @ts-expect-error: a mixin over a class whose constructor arguments it passes through
  return class extends Base {
    recordedDocs: TermDoc[] = [];
    override addAll(docs: TermDoc[]) {
      this.recordedDocs = [...docs];
      return super.addAll(docs as never[]);
    }
    // the retriever builds from counts (src/retrieve/build.ts): recorded as texts with those counts
    // (the order of a field's terms does not matter: see countsOf below)
    addAllCounts(docs: { id: number; city: number; counts: ReadonlyMap<string, number>[] }[]) {
      this.recordedDocs = docs.map(({ id, city, counts }) => ({
        id,
        city,
        ...Object.fromEntries(FIELDS.map((f, i) => [f, [...counts[i]!].flatMap(([t, n]) => Array<string>(n).fill(t)).join(' ')])),
      }));
      return (Base.prototype as unknown as { addAllCounts: (d: typeof docs) => void }).addAllCounts.call(this, docs);
    }
    override search(query: string, options: { boostDocument?: (id: number) => number; cities?: Set<number> } = {}) {
      if (record.on) {
        const positions =
          options.cities ?? new Set(this.recordedDocs.filter((d) => options.boostDocument?.(d.id as number) !== 0).map((d) => d.city as number));
        record.searches.push({ docs: this.recordedDocs, query, positions });
      }
      return super.search(query, options as never);
    }
  };
}

vi.mock('minisearch', async (importOriginal) => ({ default: recording((await importOriginal<{ default: typeof MiniSearchType }>()).default) }));
vi.mock('../../src/retrieve/term-index.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/retrieve/term-index.ts')>();
  return { ...actual, TermIndex: recording(actual.TermIndex) };
});

const { default: MiniSearch } = await vi.importActual<{ default: typeof MiniSearchType }>('minisearch');
const { TermIndex } = await vi.importActual<typeof import('../../src/retrieve/term-index.ts')>('../../src/retrieve/term-index.ts');

const FIELDS = ['title', 'words', 'questions', 'body', 'kinds'];
const tokenize = (text: string) => (text ? text.split(' ') : []);
const SEARCH = { boost: FIELD_BOOST, prefix: false, fuzzy: false, combineWith: 'OR' as const, tokenize: (q: string) => q.split(' ') };
const QUESTIONS = [...new Set([...first, ...second, ...third, ...fourth, ...fifth].map((c) => c.q))];

/** The retriever's searches for every question, asked of each city in turn and of three at once (of all cities every `allEvery`-th). */
function recordSearches(dir: string, allEvery: number): Recorded[] {
  const kb = loadKnowledge(dir);
  record.searches = [];
  record.on = true;
  try {
    const retriever = buildRetriever(kb);
    QUESTIONS.forEach((q, i) => {
      const one = kb.cities[i % kb.cities.length]!;
      const three = [0, 7, 13].map((k) => kb.cities[(i + k) % kb.cities.length]!);
      for (const cities of [...(i % allEvery ? [] : [kb.cities]), [one], three] as City[][]) retriever.search(q, cities);
    });
  } finally {
    record.on = false;
  }
  return record.searches;
}

/** Each token's count, the terms in reverse order of first occurrence (their order must not matter). */
const countsOf = (tokens: string[]) => new Map([...tokens.reduce((m, t) => m.set(t, (m.get(t) ?? 0) + 1), new Map<string, number>())].reverse());

/** Asks both indexes (ours built from texts and from counts) every recorded search, the cities as a document boost and as a filter; returns how many hits were compared. */
function compare(searches: Recorded[]): number {
  const built = new Map<TermDoc[], { mini: MiniSearchType; mine: TermIndexType; counted: TermIndexType }>();
  let hits = 0;
  for (const { docs, query, positions } of searches) {
    let both = built.get(docs);
    if (!both) {
      const mini = new MiniSearch({ fields: FIELDS, tokenize, processTerm: (t: string) => t });
      mini.addAll(docs);
      const mine = new TermIndex({ fields: FIELDS, tokenize, cityField: 'city' });
      mine.addAll(docs);
      const counted = new TermIndex({ fields: FIELDS, tokenize, cityField: 'city' });
      counted.addAllCounts(docs.map((d) => ({ id: d.id, city: d.city, counts: FIELDS.map((f) => countsOf(tokenize(d[f] as string))) })));
      built.set(docs, (both = { mini, mine, counted }));
    }
    const boostDocument = (id: number) => (positions.has(docs[id]!.city as number) ? 1 : 0);
    const expected = both.mini.search(query, { ...SEARCH, boostDocument });
    for (const [actual, wanted] of [
      [both.mine.search(query, { ...SEARCH, boostDocument }), expected],
      [both.mine.search(query, { ...SEARCH, cities: positions }), expected],
      [both.counted.search(query, { ...SEARCH, cities: positions }), expected],
    ] as const) {
      expect(actual).toStrictEqual(wanted);
      // bit for bit (toStrictEqual would let +0 pass for -0)
      expect(actual.every((hit, i) => Object.is(hit.score, wanted[i]!.score))).toBe(true);
      // the match's terms in minisearch's order
      expect(actual.map((hit) => Object.keys(hit.match))).toStrictEqual(wanted.map((hit) => Object.keys(hit.match)));
      hits += actual.length;
    }
  }
  return hits;
}

describe('the term index answers as minisearch', () => {
  const dir = tempKnowledgeDir();
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('on the seed knowledge, for every question of the question sets', { timeout: 180_000 }, () => {
    const searches = recordSearches(KNOWLEDGE_DIR, 1);
    expect(searches.length).toBeGreaterThan(1000);
    expect(compare(searches)).toBeGreaterThan(10_000);
  });

  it('on 40 synthetic cities (two indexes of 20), for every question, each city in turn', { timeout: 180_000 }, () => {
    writeSyntheticKnowledge(dir, { cities: 40 });
    const searches = recordSearches(dir, 10);
    expect(new Set(searches.map((s) => s.docs)).size).toBe(2);
    expect(searches.length).toBeGreaterThan(1000);
    expect(compare(searches)).toBeGreaterThan(10_000);
  });

  it('scores an index built from nothing, an empty query and a term it never saw as minisearch does', () => {
    const docs = [
      { id: 0, city: 0, title: 'a b a', words: '', questions: ' a', body: 'c', kinds: '' },
      { id: 1, city: 1, title: 'b', words: 'a a a', questions: 'b c', body: '', kinds: 'a' },
    ];
    const mini = new MiniSearch({ fields: FIELDS, tokenize, processTerm: (t: string) => t });
    mini.addAll(docs);
    const mine = new TermIndex({ fields: FIELDS, tokenize, cityField: 'city' });
    mine.addAll(docs);
    for (const query of ['', 'a', 'a b', 'b a c a', 'zz a', ' a  b ']) {
      expect(mine.search(query, SEARCH)).toStrictEqual(mini.search(query, SEARCH));
      expect(mine.search(query, { ...SEARCH, cities: new Set([1]) })).toStrictEqual(
        mini.search(query, { ...SEARCH, boostDocument: (id) => (docs[id as number]!.city === 1 ? 1 : 0) }),
      );
    }
  });
});
