// A group's search (index.ts), with each term's hits worked out once per knowledge load.
//
// minisearch's OR search is the sum of its terms' results: each term's result (which documents
// hold it, in which fields, its BM25+ part of their score) depends on the index alone, never on
// the rest of the question. So each term is searched on its own once, the first time a question
// asks it, and kept with what the city score needs (city-scores.ts); a question then combines
// its terms' hits as minisearch combines them — the same sums in the same order, the same
// documents in the same order, ties included (test/core/term-hits.test.ts holds one search of the
// whole question as the reference, and compares).
// What minisearch redid per question (its options and field boosts per term, a document boost
// call and a BM25 per posting, the city's BM25 per hit) is gone. A term is searched per city
// asked (a search of all the group's cities: once for all), so the first question on a term
// costs what it always did. The kept results die with the index: a reload builds them anew.
import type MiniSearch from 'minisearch';
import type { CityFigures } from './city-scores.ts';
import { type IndexedDoc, KeptPostings, MAX_KEPT_POSTINGS } from './kept-postings.ts';

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

  private readonly kept: KeptPostings;

  constructor(
    index: MiniSearch,
    private readonly docs: IndexedDoc[],
    /** each city's own figures, by position */
    figures: CityFigures[],
    maxKept = MAX_KEPT_POSTINGS,
  ) {
    this.kept = new KeptPostings(index, docs, figures, maxKept);
  }

  /** how many postings are kept now (at most maxKept, or one term's when it alone has more) */
  get keptPostings(): number {
    return this.kept.size;
  }

  /**
   * A question's documents in each city asked, as one minisearch OR search of the whole question
   * ranks them, then each city's by its city score (city-scores.ts): the documents of each city,
   * best first by city score (ties: minisearch's order), at most `perCity` of them, the cities in the
   * order of their first document in minisearch's order. The same sums in the same order
   * (test/core/term-hits.test.ts holds that reference and compares), worked in arrays kept per group
   * rather than an object per hit: a question's hits are many (a concept such as 医保 is in most
   * documents), its chosen few.
   */
  best(terms: string[], positions: Set<number>, perCity = Infinity): CityBest[] {
    // as minisearch reads terms joined by spaces (most hold none, and are read as they are)
    const asked = terms.every((t) => t && !t.includes(' '))
      ? terms
      : terms
          .join(' ')
          .split(' ')
          .filter((t) => t);
    const unique = [...new Set(asked)];
    // (a term's postings are of the cities asked only)
    const postings = unique.map((t) => this.kept.postings(t, positions));
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
    // minisearch's order: order score, then the order found
    const before = (a: number, b: number) => s.order[a]! > s.order[b]! || (s.order[a] === s.order[b] && s.rank[a]! < s.rank[b]!);
    // a city's order: city score, then minisearch's order
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
}
