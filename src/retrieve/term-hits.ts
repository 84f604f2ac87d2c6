// A group's search (index.ts), with each term's hits worked out once per knowledge load.
//
// minisearch's OR search is the sum of its terms' results: each term's result (which documents
// hold it, in which fields, its BM25+ part of their score) depends on the index alone, never on
// the rest of the question. So each term is searched on its own once, the first time a question
// asks it, and kept with what the city score needs (city-scores.ts); a question then combines
// its terms' hits as minisearch combines them — the same sums in the same order, the same
// documents in the same order, ties included (test/core/term-hits.test.ts compares the two).
// What minisearch redid per question (its options and field boosts per term, a document boost
// call and a BM25 per posting, the city's BM25 per hit) is gone. A term is searched per city
// asked (a search of all the group's cities: once for all), so the first question on a term
// costs what it always did. The kept results die with the index: a reload builds them anew.
import type MiniSearch from 'minisearch';
import type { SearchResult } from 'minisearch';
import { type CityFigures, type DocTerms, FIELDS, fieldParts } from './city-scores.ts';
import { FIELD_BOOST } from './thresholds.ts';

/** One document's hit for one term. */
interface Posting {
  doc: number;
  /** the document's city, by its position in the group */
  city: number;
  /** the first field that holds the term: minisearch meets a term's documents by it, then in the order added */
  first: number;
  /** the term's part of the document's order score (minisearch's BM25+ over the group) */
  score: number;
  /** the term's parts of the document's score for its city (city-scores.ts), one per field that holds it, in FIELDS order */
  parts: number[];
}

/** A document holding some of the searched terms. */
export interface Hit {
  doc: number;
  /** the query terms it holds, in the order first found */
  queryTerms: string[];
  /** the posting of each term it holds, by term, in the order found (its city score sums them in that order) */
  match: Record<string, Posting>;
}

/** What the group knows of a document: its city, and its terms' counts. */
export interface IndexedDoc {
  city: number;
  terms: DocTerms;
}

/** One term at a time (a document's order score for it does not depend on which cities are asked). */
const TERM_OPTIONS = { boost: FIELD_BOOST, prefix: false, fuzzy: false, combineWith: 'OR' as const, tokenize: (term: string) => [term] };
const MAX_ABSENT = 4096;
/**
 * The most postings kept per group before they are let go (then searched again as asked): every
 * term in every city and for all of them would be ~12 MB a group, ~180 MB on 300 cities (BENCHMARKS.md,
 * session 8); 16,000 is ~1.6 MB a group, and more than a few hundred questions' terms.
 */
export const MAX_KEPT_POSTINGS = 16_000;
const FIELD_AT: Record<string, number> = Object.fromEntries(FIELDS.map((f, i) => [f, i]));
/** minisearch's order of a term's documents */
const inOrder = (a: Posting, b: Posting) => a.first - b.first || a.doc - b.doc;
const EVERY = -1;

/** A city's chosen documents, best first (TermHits.best). */
export interface CityBest {
  /** the city's position in the group */
  city: number;
  /** each with its city score and the query terms it holds, in the order asked */
  docs: { doc: number; score: number; terms: string[] }[];
}

/** Per document, by id: the search it was last found in (epoch), and its figures in that search. */
interface Scratch {
  words: number;
  epoch: number;
  stamp: Uint32Array;
  /** when it was found first, and the documents in that order */
  rank: Int32Array;
  found: Int32Array;
  order: Float64Array;
  city: Float64Array;
  /** how many distinct terms it holds, and which (a bit per term, `words` numbers per document) */
  count: Int32Array;
  held: Uint32Array;
}

/** A term that is an array index ("12"): an object's keys list those first, in ascending order. */
const isIndexKey = (t: string) => {
  const c = t.charCodeAt(0);
  return c >= 48 && c <= 57 && /^(?:0|[1-9]\d*)$/.test(t) && Number(t) < 2 ** 32 - 1;
};

/** The order of a hit's `match` keys: the terms in the order asked, array indexes first (ascending). */
function keyOrder(unique: string[]): number[] {
  const order = unique.map((_, u) => u);
  if (!unique.some(isIndexKey)) return order;
  const indexes = order.filter((u) => isIndexKey(unique[u]!)).sort((a, b) => Number(unique[a]) - Number(unique[b]));
  return [...indexes, ...order.filter((u) => !isIndexKey(unique[u]!))];
}

export class TermHits {
  private work?: Scratch;
  /** term → city (EVERY: all the group's, for a search of all its cities) → its hits, in minisearch's order; kept only when there are some */
  private readonly known = new Map<string, Map<number, Posting[]>>();
  /** terms a city's documents (or the group's) do not hold, as asked (questions may say anything: emptied when full) */
  private readonly absent = new Set<string>();
  /** postings in `known` */
  private kept = 0;

  constructor(
    private readonly index: MiniSearch,
    private readonly docs: IndexedDoc[],
    /** each city's own figures, by position */
    private readonly figures: CityFigures[],
    private readonly maxKept = MAX_KEPT_POSTINGS,
  ) {}

  /** how many postings are kept now (at most maxKept, or one term's when it alone has more) */
  get keptPostings(): number {
    return this.kept;
  }

  /** The documents of the cities at `positions` holding any of `terms`, best first: minisearch's OR search. */
  search(terms: string[], positions: Set<number>): Hit[] {
    const found = new Map<number, { hit: Hit; score: number }>();
    // as minisearch reads a query handed to it as terms joined by spaces
    for (const term of terms.join(' ').split(' ')) {
      if (!term) continue;
      for (const p of this.postings(term, positions)) {
        if (!positions.has(p.city)) continue;
        const seen = found.get(p.doc);
        if (!seen) {
          found.set(p.doc, { hit: { doc: p.doc, queryTerms: [term], match: { [term]: p } }, score: p.score });
          continue;
        }
        seen.score = seen.score + p.score;
        seen.hit.match[term] = p;
        if (!seen.hit.queryTerms.includes(term)) seen.hit.queryTerms.push(term);
      }
    }
    // a document holding more of the terms is worth more; ties keep the order found
    const scored = [...found.values()].map((f) => ({ hit: f.hit, score: f.score * (f.hit.queryTerms.length || 1) }));
    return scored.sort((x, y) => y.score - x.score).map((s) => s.hit);
  }

  /**
   * What `search` then `cityScore` give a question, cut to each city's best: the documents of each
   * city asked, best first by city score (ties: `search`'s order), at most `perCity` of them, the
   * cities in the order of their first document in `search`'s order. The same sums in the same
   * order (test/core/term-hits.test.ts), worked in arrays kept per group rather than an object per
   * hit: a question's hits are many (a concept such as 医保 is in most documents), its chosen few.
   */
  best(terms: string[], positions: Set<number>, perCity = Infinity): CityBest[] {
    const asked = terms
      .join(' ')
      .split(' ')
      .filter((t) => t);
    const unique = [...new Set(asked)];
    // (a term's postings are of the cities asked only)
    const postings = unique.map((t) => this.postings(t, positions));
    const s = this.scratch(unique.length);
    const { words } = s;
    const epoch = ++s.epoch;
    let found = 0;
    // minisearch's order score, term after term as asked (a term asked twice counts twice)
    for (const term of asked) {
      const u = unique.indexOf(term);
      const bit = 1 << (u & 31);
      for (const p of postings[u]!) {
        const d = p.doc;
        if (s.stamp[d] !== epoch) {
          s.stamp[d] = epoch;
          s.rank[d] = found;
          s.found[found++] = d;
          s.order[d] = p.score;
          s.city[d] = 0;
          s.count[d] = 1;
          s.held.fill(0, d * words, (d + 1) * words);
          s.held[d * words + (u >> 5)]! |= bit;
          continue;
        }
        s.order[d] = s.order[d]! + p.score;
        const w = d * words + (u >> 5);
        if (!(s.held[w]! & bit)) {
          s.held[w]! |= bit;
          s.count[d]!++;
        }
      }
    }
    // the city score sums a hit's terms in its match's key order: array-index keys ("12") first, ascending
    for (const u of keyOrder(unique)) {
      for (const p of postings[u]!) {
        let score = s.city[p.doc]!;
        for (const part of p.parts) score += part;
        s.city[p.doc] = score;
      }
    }
    const chosen = new Map<number, number[]>();
    const lead = new Map<number, number>();
    for (let i = 0; i < found; i++) {
      const d = s.found[i]!;
      const n = s.count[d]!;
      s.order[d] = s.order[d]! * (n || 1);
      s.city[d] = s.city[d]! * (n || 1);
    }
    // search's order: order score, then the order found
    const before = (a: number, b: number) => s.order[a]! > s.order[b]! || (s.order[a] === s.order[b] && s.rank[a]! < s.rank[b]!);
    // a city's order: city score, then search's order
    const better = (a: number, b: number) => s.city[a]! > s.city[b]! || (s.city[a] === s.city[b] && before(a, b));
    for (let i = 0; i < found; i++) {
      const d = s.found[i]!;
      const c = this.docs[d]!.city;
      const first = lead.get(c);
      if (first === undefined || before(d, first)) lead.set(c, d);
      let list = chosen.get(c);
      if (!list) chosen.set(c, (list = []));
      if (perCity > 32) list.push(d);
      else if (list.length < perCity || better(d, list[list.length - 1]!)) {
        // insert in order, dropping the last when full
        let at = list.length < perCity ? list.length : list.length - 1;
        list[at] = d;
        while (at > 0 && better(d, list[at - 1]!)) {
          list[at] = list[at - 1]!;
          list[--at] = d;
        }
      }
    }
    const cities = [...lead.keys()].sort((a, b) => (before(lead.get(a)!, lead.get(b)!) ? -1 : 1));
    return cities.map((c) => {
      let docs = chosen.get(c)!;
      if (perCity > 32) docs = docs.sort((a, b) => (better(a, b) ? -1 : 1)).slice(0, perCity);
      return {
        city: c,
        docs: docs.map((d) => ({ doc: d, score: s.city[d]!, terms: unique.filter((_, u) => s.held[d * words + (u >> 5)]! & (1 << (u & 31))) })),
      };
    });
  }

  /** The per-search arrays of this group's documents (made once, grown for a question of many terms). */
  private scratch(terms: number): Scratch {
    const words = Math.max(1, Math.ceil(terms / 32));
    const n = this.docs.length;
    if (!this.work || this.work.words < words) {
      this.work = {
        words,
        epoch: this.work?.epoch ?? 0,
        stamp: this.work?.stamp ?? new Uint32Array(n),
        rank: this.work?.rank ?? new Int32Array(n),
        found: this.work?.found ?? new Int32Array(n),
        order: this.work?.order ?? new Float64Array(n),
        city: this.work?.city ?? new Float64Array(n),
        count: this.work?.count ?? new Int32Array(n),
        held: new Uint32Array(n * words),
      };
    }
    return this.work;
  }

  /** A hit's score for its city: its terms' parts, added in the order found (as the city score always summed them). */
  cityScore(hit: Hit): number {
    let score = 0;
    let terms = 0;
    for (const term in hit.match) {
      terms++;
      for (const part of hit.match[term]!.parts) score += part;
    }
    // as minisearch does: a document holding more of the query's terms is worth more
    return score * (terms || 1);
  }

  /** The term's hits in the cities asked, in minisearch's order: one city's, every city's, or some cities' merged. */
  private postings(term: string, positions: Set<number>): Posting[] {
    if (positions.size === this.figures.length) return this.of(term, EVERY);
    if (positions.size === 1) return this.of(term, positions.values().next().value!);
    return [...positions].flatMap((city) => this.of(term, city)).sort(inOrder);
  }

  /** A term's hits in one city (or in EVERY city), searched the first time they are asked. */
  private of(term: string, city: number): Posting[] {
    const kept = this.known.get(term)?.get(city);
    if (kept) return kept;
    const key = `${city} ${term}`;
    if (this.absent.has(key)) return [];
    // only the city's documents are scored (the others weigh 0), as a search of that city always did
    const options = city === EVERY ? TERM_OPTIONS : { ...TERM_OPTIONS, boostDocument: (id: number) => (this.docs[id]!.city === city ? 1 : 0) };
    const postings = this.made(term, this.index.search(term, options));
    if (!postings.length) {
      if (this.absent.size >= MAX_ABSENT) this.absent.clear();
      this.absent.add(key);
      return postings;
    }
    if (this.kept + postings.length > this.maxKept) {
      // bounded by the knowledge, but ~180 MB on 300 cities at worst: let all go, keep what is asked from now on
      this.known.clear();
      this.kept = 0;
    }
    this.kept += postings.length;
    let byCity = this.known.get(term);
    if (!byCity) this.known.set(term, (byCity = new Map()));
    byCity.set(city, postings);
    return postings;
  }

  /** A term's postings from minisearch's hits for it, with each city's own score parts. */
  private made(term: string, hits: SearchResult[]): Posting[] {
    // the city's own figures: how many of the city's documents hold the term, per field
    // (every document of a city that holds it is among the hits)
    const holding = new Map<number, number[]>();
    for (const h of hits) {
      const city = this.docs[h.id as number]!.city;
      let n = holding.get(city);
      if (!n) holding.set(city, (n = FIELDS.map(() => 0)));
      for (const field of h.match[term]!) n[FIELD_AT[field]!]!++;
    }
    return hits
      .map((h): Posting => {
        const { city, terms } = this.docs[h.id as number]!;
        const fields = h.match[term]!.map((field) => FIELD_AT[field]!);
        const parts = fieldParts(terms, term, fields, holding.get(city)!, this.figures[city]!);
        return { doc: h.id as number, city, first: fields[0]!, score: h.score, parts };
      })
      .sort(inOrder);
  }
}
