// A question read in its conversation: understand takes the conversation's city as a hint "when the
// question names none" (understand/index.ts), and the place index reads it only to choose among the
// cities of a name several of them share (高新区: places.ts, PlaceIndex.find). So a question whose every
// place lookup found a covered place, none by a shared name, is read the same whatever city the
// conversation carries: it is read without the hint, and the conversation's city is not read at all.
// The answer cache keys a reply on the fields of the conversation read (answer-cache.ts): such a
// question then keeps one reply, not one per city carried.
import type { DateTime } from 'luxon';
import { understand, type UnderstandContext, type Understanding } from '../understand/index.ts';
import type { PlaceIndex } from '../understand/places.ts';

/** The covered place names that stand for places of several cities: the names a hint chooses between. */
export function sharedPlaceNames(places: PlaceIndex): ReadonlySet<string> {
  const shared = new Set<string>();
  for (const name of places.names.covered) if (new Set(places.find(name).known.map((p) => p.city)).size > 1) shared.add(name);
  return shared;
}

/**
 * `understand(text, at, ctx, carried())`, calling `carried` (which reads the conversation) only when the
 * hint can change the reading: first read without it, watching each place lookup understand makes.
 */
export function understandCarrying(
  text: string,
  at: DateTime,
  ctx: UnderstandContext,
  shared: ReadonlySet<string>,
  carried: () => string | undefined,
): Understanding {
  let lookups = 0;
  let hintFree = true;
  const places: PlaceIndex = {
    names: ctx.places.names,
    find(t, prefer) {
      const found = ctx.places.find(t, prefer);
      lookups++;
      if (!found.known.length || found.known.some((p) => shared.has(p.matched))) hintFree = false;
      return found;
    },
  };
  const alone = understand(text, at, { ...ctx, places });
  if (hintFree && lookups > 0) return alone;
  const city = carried();
  return city === undefined ? alone : understand(text, at, ctx, city);
}
