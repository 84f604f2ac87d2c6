// A group's search with each term's hits kept (src/retrieve/term-hits.ts) chooses what one
// minisearch search of the whole question, each hit then scored for its city, would choose: the
// same documents, in the same order (ties included), holding the same query terms, with the same
// city scores — what every reply's ranking starts from. The reference is here: minisearch's
// search of the whole question and the city score summed over its hits (city-scores.ts). Random
// groups of cities, with repeated terms, empty fields, number-like terms, searches over some
// cities only, and the same index asked again (its kept terms must not change a later answer).
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../bench/stats.ts';
import { type CityFigures, cityFigures, type DocTerms, docTerms, FIELDS, fieldParts } from '../../src/retrieve/city-scores.ts';
import { TermHits } from '../../src/retrieve/term-hits.ts';
import { FIELD_BOOST } from '../../src/retrieve/thresholds.ts';

const VOCABULARY = ['@when', '@medins', '社保', '医保', '参保', '登记', '缴费', '12345', '0731', '报销', '住院', '门诊', '异地', '就医', '备案', '@stop'];

interface Doc {
  city: number;
  fields: string[][];
  terms: DocTerms;
}

function randomGroup(seed: number, vocabulary = VOCABULARY): { docs: Doc[]; cities: number } {
  const rand = mulberry32(seed);
  const pick = () => vocabulary[Math.floor(rand() * vocabulary.length)]!;
  const cities = 1 + Math.floor(rand() * 5);
  const docs: Doc[] = [];
  for (let city = 0; city < cities; city++) {
    const count = 1 + Math.floor(rand() * 8);
    for (let i = 0; i < count; i++) {
      const fields = FIELDS.map(() => Array.from({ length: Math.floor(rand() * 6) }, pick));
      const counts = fields.map((tokens) => tokens.reduce((m, t) => m.set(t, (m.get(t) ?? 0) + 1), new Map<string, number>()));
      docs.push({ city, fields, terms: docTerms(counts) });
    }
  }
  return { docs, cities };
}

function indexOf(docs: Doc[]): MiniSearch {
  const index = new MiniSearch({ fields: [...FIELDS], tokenize: (text) => (text ? text.split(' ') : []), processTerm: (t) => t });
  index.addAll(docs.map((d, id) => ({ id, ...Object.fromEntries(FIELDS.map((f, i) => [f, d.fields[i]!.join(' ')])) })));
  return index;
}

/** A hit of one minisearch search of the whole question: its query terms in the order found, and each term's fields. */
interface Hit {
  doc: number;
  queryTerms: string[];
  match: Record<string, string[]>;
}

/** one search of the whole question, as index.ts searched before each term's hits were kept */
function minisearchHits(index: MiniSearch, docs: Doc[], terms: string[], positions: Set<number>): Hit[] {
  const boostDocument = (id: number) => (positions.has(docs[id]!.city) ? 1 : 0);
  const options = { boost: FIELD_BOOST, prefix: false, fuzzy: false, combineWith: 'OR' as const, tokenize: (q: string) => q.split(' '), boostDocument };
  return index.search(terms.join(' '), options).map((h) => ({ doc: h.id as number, queryTerms: h.queryTerms, match: h.match }));
}

/** A hit's score for its city: each term's parts from the city's own figures, added in the hit's key order, times its terms. */
function cityScore(hit: Hit, docs: Doc[], figures: CityFigures[]): number {
  const { city, terms } = docs[hit.doc]!;
  let score = 0;
  let count = 0;
  for (const term in hit.match) {
    count++;
    const fields = hit.match[term]!.map((f) => FIELDS.indexOf(f as (typeof FIELDS)[number]));
    // how many of the city's documents hold the term, per field
    const holding = FIELDS.map((_, f) => docs.filter((d) => d.city === city && d.fields[f]!.includes(term)).length);
    for (const part of fieldParts(terms, term, fields, holding, figures[city]!)) score += part;
  }
  return score * (count || 1);
}

/** a random group with its index and search, and the random numbers for its questions */
function searchOf(seed: number, salt: number, { vocabulary = VOCABULARY, bound }: { vocabulary?: string[]; bound?: number } = {}) {
  const { docs, cities } = randomGroup(seed, vocabulary);
  const figures = Array.from({ length: cities }, (_, c) => cityFigures(docs.filter((d) => d.city === c).map((d) => d.terms)));
  const index = indexOf(docs);
  return { docs, cities, index, figures, rand: mulberry32(seed * salt), search: new TermHits(index, docs, figures, bound) };
}

/** up to five distinct terms, and some of the group's cities */
const someTerms = (rand: () => number) => [
  ...new Set(Array.from({ length: 1 + Math.floor(rand() * 5) }, () => VOCABULARY[Math.floor(rand() * VOCABULARY.length)]!)),
];
const someCities = (rand: () => number, cities: number) => new Set(Array.from({ length: cities }, (_, c) => c).filter(() => rand() < 0.6));

describe('the retrieval index', () => {
  it('finds the documents one minisearch search finds, in its order, holding the same terms, with their city scores', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const { docs, cities, index, figures, rand, search } = searchOf(seed, 7919);
      for (let q = 0; q < 8; q++) {
        // now and then a term of two words and an empty one, as minisearch reads a query of terms joined by spaces
        const some = someTerms(rand);
        const terms = q % 4 === 3 ? [...some, `${some[0]} 报销`, ''] : some;
        const positions = someCities(rand, cities);
        const hits = minisearchHits(index, docs, terms, positions);
        expect(search.best(terms, positions), `seed ${seed}, ${terms.join(' ')}`).toEqual(chosenFromHits(hits, docs, figures, Infinity));
      }
    }
  });

  it('chooses what ranking every hit by its city score would choose (ties in the hits order), at most perCity of each city', () => {
    // many terms too: more than 32 in one question, and number-like ones ("12", "7") whose keys an object lists first
    const vocabulary = [...VOCABULARY, ...Array.from({ length: 30 }, (_, i) => (i % 5 ? `词${i}` : String(i + 7)))];
    for (let seed = 1; seed <= 300; seed++) {
      const { docs, cities, index, figures, rand, search } = searchOf(seed, 104729, { vocabulary });
      for (let q = 0; q < 8; q++) {
        const asked = Array.from({ length: 1 + Math.floor(rand() * (q % 4 ? 6 : 45)) }, () => vocabulary[Math.floor(rand() * vocabulary.length)]!);
        const terms = q % 3 ? [...new Set(asked)] : asked;
        const positions = someCities(rand, cities);
        const perCity = [1, 3, 12, Infinity][q % 4]!;
        const hits = minisearchHits(index, docs, terms, positions);
        expect(search.best(terms, positions, perCity), `seed ${seed}, ${terms.join(' ')}`).toEqual(chosenFromHits(hits, docs, figures, perCity));
      }
    }
  });

  it('keeps at most its bound of postings, and finds the same after letting them go', () => {
    for (let seed = 1; seed <= 100; seed++) {
      const bound = 6;
      const { docs, cities, index, figures, rand, search } = searchOf(seed, 104729, { bound });
      for (let q = 0; q < 20; q++) {
        const terms = someTerms(rand);
        const positions = someCities(rand, cities);
        const hits = minisearchHits(index, docs, terms, positions);
        expect(search.best(terms, positions), `seed ${seed}, ${terms.join(' ')}`).toEqual(chosenFromHits(hits, docs, figures, Infinity));
        // one term's postings are kept whole even when they alone pass the bound
        expect(search.keptPostings).toBeLessThanOrEqual(Math.max(bound, docs.length));
      }
    }
  });
});

/** minisearch's hits grouped by city in the order met, each city's ranked by its city score (ties: the hits' order), at most perCity */
function chosenFromHits(hits: Hit[], docs: Doc[], figures: CityFigures[], perCity: number) {
  const byCity = new Map<number, Hit[]>();
  for (const hit of hits) {
    const city = docs[hit.doc]!.city;
    byCity.set(city, [...(byCity.get(city) ?? []), hit]);
  }
  return [...byCity].map(([city, cityHits]) => {
    const scores = cityHits.map((h) => cityScore(h, docs, figures));
    const order = scores
      .map((_, i) => i)
      .sort((a, b) => scores[b]! - scores[a]! || a - b)
      .slice(0, perCity);
    return { city, docs: order.map((i) => ({ doc: cityHits[i]!.doc, score: scores[i]!, terms: cityHits[i]!.queryTerms })) };
  });
}
