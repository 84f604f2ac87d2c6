// Each term's minisearch hits in a group, searched the first time a question asks them in a city
// (or in all the group's cities) and kept with what the city score needs (city-scores.ts), up to a
// bound: term-hits.ts combines them per question. The kept hits die with the index: a reload
// builds them anew.
import type MiniSearch from 'minisearch';
import type { SearchResult } from 'minisearch';
import { type CityFigures, type DocTerms, FIELDS, fieldParts } from './city-scores.ts';
import { FIELD_BOOST } from './thresholds.ts';

/** One document's hit for one term. */
export interface Posting {
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

export class KeptPostings {
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
  get size(): number {
    return this.kept;
  }

  /** The term's hits in the cities asked, in minisearch's order: one city's, every city's, or some cities' merged. */
  postings(term: string, positions: Set<number>): Posting[] {
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
