// A retriever that keeps what each search found, per knowledge load (the engine holds it: a reload
// starts it empty). A search depends on its words, cities and limit only, never on the moment, so
// a text asked again at a new minute (the answer cache's commonest miss) searches nothing anew.
// Each caller gets candidates of its own: ranking scores them in place (retrieve/rank.ts).
// Bounded: searches least recently used go first, and a search that found many (a question naming
// no city, over hundreds of cities) is not kept.
import type { Candidate, Retriever } from '../retrieve/index.ts';
import { DEFAULT_TEXTS_KEPT } from './readings.ts';
import { RecentlyUsed } from './recently-used.ts';

/** Searches kept, as many as texts (readings.ts); each holds a few candidates of a few hundred bytes. */
export const DEFAULT_SEARCHES_KEPT = DEFAULT_TEXTS_KEPT;
/** A search that found more than this is made again when asked again. */
const MAX_CANDIDATES_KEPT = 32;

export function keptSearches(retriever: Retriever, maxSearches = DEFAULT_SEARCHES_KEPT): Retriever {
  const kept = new RecentlyUsed<readonly Candidate[]>(maxSearches);
  return {
    search(query, cities, perCity = Infinity, keep) {
      // a filter is a function: nothing to know it again by
      if (keep) return retriever.search(query, cities, perCity, keep);
      let key = `${perCity}\u0000${query}`;
      for (const c of cities) key += `\u0000${c.name}`;
      let found = kept.get(key);
      if (!found) {
        found = retriever.search(query, cities, perCity);
        if (found.length <= MAX_CANDIDATES_KEPT) kept.set(key, found);
      }
      return found.map((c) => ({ ...c }));
    },
    unused: (terms, city) => retriever.unused(terms, city),
  };
}
