// A group's search (index.ts), with each term's hits worked out once per knowledge load.
//
// minisearch's OR search is the sum of its terms' results: each term's result (which documents
// hold it, in which fields, its BM25+ part of their score) depends on the index alone, never on
// the rest of the question. So each term is searched on its own once, the first time a question
// asks it, and kept with what the city score needs (city-scores.ts); a question then combines
// its terms' hits as minisearch combines them — the same sums in the same order, the same
// documents in the same order, ties included (test/core/term-hits.test.ts compares the two).
// What minisearch redid per question (its options and field boosts per term, a document boost
// call and a BM25 per posting, the city's BM25 per hit) is gone. The kept results die with the
// index: a reload builds them anew.
import type MiniSearch from 'minisearch';
import { type CityFigures, type DocTerms, FIELDS, fieldParts } from './city-scores.ts';
import { FIELD_BOOST } from './thresholds.ts';

/** One document's hit for one term. */
interface Posting {
  doc: number;
  /** the document's city, by its position in the group */
  city: number;
  /** the term's part of the document's order score (minisearch's BM25+ over the group) */
  score: number;
  /** the term's parts of the document's score for its city (city-scores.ts), one per field that holds it, in FIELDS order */
  parts: number[];
}

/** A term's hits: all, in minisearch's order, and each city's, in the same order. */
interface TermPostings {
  all: Posting[];
  byCity: Map<number, Posting[]>;
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

/** One term at a time, with every city's documents (their order score does not depend on which are asked). */
const TERM_OPTIONS = { boost: FIELD_BOOST, prefix: false, fuzzy: false, combineWith: 'OR' as const, tokenize: (term: string) => [term] };
const MAX_ABSENT = 4096;
const FIELD_AT: Record<string, number> = Object.fromEntries(FIELDS.map((f, i) => [f, i]));

export class TermHits {
  /** term → its hits, in minisearch's order, and each city's of them (a question names one city); only terms the index holds are kept (so at most its vocabulary) */
  private readonly known = new Map<string, TermPostings>();
  /** terms the index does not hold, as asked (questions may say anything: emptied when full) */
  private readonly absent = new Set<string>();

  constructor(
    private readonly index: MiniSearch,
    private readonly docs: IndexedDoc[],
    /** each city's own figures, by position */
    private readonly figures: CityFigures[],
  ) {}

  /** The documents of the cities at `positions` holding any of `terms`, best first: minisearch's OR search. */
  search(terms: string[], positions: Set<number>): Hit[] {
    const found = new Map<number, { hit: Hit; score: number }>();
    const [only] = positions.size === 1 ? positions : [];
    // as minisearch reads a query handed to it as terms joined by spaces
    for (const term of terms.join(' ').split(' ')) {
      if (!term) continue;
      const postings = this.postings(term);
      for (const p of (only === undefined ? postings?.all : postings?.byCity.get(only)) ?? []) {
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

  private postings(term: string): TermPostings | undefined {
    const kept = this.known.get(term);
    if (kept || this.absent.has(term)) return kept;
    const hits = this.index.search(term, TERM_OPTIONS);
    if (!hits.length) {
      if (this.absent.size >= MAX_ABSENT) this.absent.clear();
      this.absent.add(term);
      return undefined;
    }
    // minisearch combines a term's documents in the order it found them: those holding it in
    // the first field, in the order added, then those of the next field not found yet …
    const first = (h: (typeof hits)[number]) => FIELD_AT[h.match[term]![0]!]!;
    hits.sort((a, b) => first(a) - first(b) || (a.id as number) - (b.id as number));
    // the city's own figures: how many of the city's documents hold the term, per field
    const holding = new Map<number, number[]>();
    for (const h of hits) {
      const city = this.docs[h.id as number]!.city;
      let n = holding.get(city);
      if (!n) holding.set(city, (n = FIELDS.map(() => 0)));
      for (const field of h.match[term]!) n[FIELD_AT[field]!]!++;
    }
    const all = hits.map((h): Posting => {
      const { city, terms } = this.docs[h.id as number]!;
      const fields = h.match[term]!.map((field) => FIELD_AT[field]!);
      return { doc: h.id as number, city, score: h.score, parts: fieldParts(terms, term, fields, holding.get(city)!, this.figures[city]!) };
    });
    const byCity = new Map<number, Posting[]>();
    for (const p of all) {
      const list = byCity.get(p.city);
      if (list) list.push(p);
      else byCity.set(p.city, [p]);
    }
    const postings = { all, byCity };
    this.known.set(term, postings);
    return postings;
  }
}
