// A retriever that keeps what each search found, per knowledge load (the engine holds it: a reload
// starts it empty). A search depends on its words, cities and limit only, never on the moment, so
// a text asked again at a new minute (the answer cache's commonest miss) searches nothing anew.
// Each caller gets candidates of its own: ranking scores them in place (retrieve/rank.ts).
// Bounded: searches least recently used go first, and a search that found many (a question naming
// no city, over hundreds of cities) is not kept.
import type { Business, City, Procedure } from '../knowledge/model.ts';
import type { Candidate, Retriever } from '../retrieve/index.ts';
import { DEFAULT_TEXTS_KEPT } from './readings.ts';
import { RecentlyUsed } from './recently-used.ts';

/** Searches kept, as many as texts (readings.ts); each holds a few candidates of ~50 bytes. */
export const DEFAULT_SEARCHES_KEPT = DEFAULT_TEXTS_KEPT;
/** A search that found more than this is made again when asked again. */
const MAX_CANDIDATES_KEPT = 32;

/**
 * A search's candidates, field by field: the numbers in typed arrays and equal term lists as one.
 * Kept as the candidates themselves (an object each, its two numbers boxed, a list of terms each),
 * 1,000 searches took ≈ 3.3 MB on 300 cities (BENCHMARKS.md, session 11).
 */
interface Found {
  cities: City[];
  /** the business, or the procedure */
  items: (Business | Procedure)[];
  /** a procedure's business (undefined for a business, and for a procedure without one) */
  businesses: (Business | undefined)[];
  procedure: Uint8Array;
  scores: Float64Array;
  coverages: Float64Array;
  terms: string[][];
}

function kept(found: readonly Candidate[]): Found {
  const lists = new Map<string, string[]>();
  const out: Found = {
    cities: [],
    items: [],
    businesses: [],
    procedure: new Uint8Array(found.length),
    scores: new Float64Array(found.length),
    coverages: new Float64Array(found.length),
    terms: [],
  };
  found.forEach((c, i) => {
    out.cities.push(c.city);
    out.items.push(c.kind === 'business' ? c.business : c.procedure);
    out.businesses.push(c.kind === 'procedure' ? c.business : undefined);
    out.procedure[i] = c.kind === 'procedure' ? 1 : 0;
    out.scores[i] = c.score;
    out.coverages[i] = c.coverage;
    const key = c.terms.join('\u0000');
    let terms = lists.get(key);
    if (!terms) lists.set(key, (terms = c.terms));
    out.terms.push(terms);
  });
  return out;
}

/** The candidates as the retriever made them (their fields in its order: retrieve/index.ts). */
function candidates(f: Found): Candidate[] {
  return f.items.map((item, i) => {
    const city = f.cities[i]!;
    const score = f.scores[i]!;
    const coverage = f.coverages[i]!;
    const terms = f.terms[i]!;
    return f.procedure[i]
      ? { kind: 'procedure', city, procedure: item as Procedure, business: f.businesses[i], score, coverage, matched: terms.length, terms }
      : { kind: 'business', city, business: item as Business, score, coverage, matched: terms.length, terms };
  });
}

export function keptSearches(retriever: Retriever, maxSearches = DEFAULT_SEARCHES_KEPT): Retriever {
  const searches = new RecentlyUsed<Found>(maxSearches);
  return {
    search(query, cities, perCity = Infinity, keep) {
      // a filter is a function: nothing to know it again by
      if (keep) return retriever.search(query, cities, perCity, keep);
      let key = `${perCity}\u0000${query}`;
      for (const c of cities) key += `\u0000${c.name}`;
      const known = searches.get(key);
      if (known) return candidates(known);
      const found = retriever.search(query, cities, perCity);
      if (found.length <= MAX_CANDIDATES_KEPT) searches.set(key, kept(found));
      return found;
    },
    unused: (terms, city) => retriever.unused(terms, city),
  };
}
