// Caches of the most recently used entries. A Map iterates in insertion order: an entry used is
// moved to the end, and the first one is the least recently used (readings, kept searches). A
// RecencyList does the same in constant time where thousands are kept (the answer cache).

/** Marks an entry the most recently used. */
export function touched<T>(map: Map<string, T>, key: string, value: T): T {
  map.delete(key);
  map.set(key, value);
  return value;
}

/** Adds an entry, dropping the least recently used when there are more than `max`. */
export function keptWithin<T>(map: Map<string, T>, key: string, value: T, max: number): T {
  map.set(key, value);
  if (map.size > max) map.delete(map.keys().next().value!);
  return value;
}

/** A value's place in a RecencyList. */
export interface Place<T> {
  readonly value: T;
  older?: Place<T>;
  newer?: Place<T>;
}

/**
 * Values from the least to the most recently used, each moved or dropped in constant time. A Set
 * or a Map finds its oldest entry by skipping every entry deleted since its table was last
 * compacted: with thousands kept and one moved per use, ≈ 3 µs a drop (the answer cache, full).
 */
export class RecencyList<T> {
  private oldest: Place<T> | undefined;
  private newest: Place<T> | undefined;
  size = 0;

  /** `value`, the most recently used. */
  add(value: T): Place<T> {
    const place: Place<T> = { value };
    this.append(place);
    this.size++;
    return place;
  }

  /** Marks a place the most recently used. */
  touch(place: Place<T>): void {
    if (place === this.newest) return;
    this.unlink(place);
    this.append(place);
  }

  /** Takes out the least recently used value. */
  shift(): T | undefined {
    const place = this.oldest;
    if (!place) return undefined;
    this.unlink(place);
    this.size--;
    return place.value;
  }

  clear(): void {
    this.oldest = this.newest = undefined;
    this.size = 0;
  }

  private append(place: Place<T>): void {
    place.older = this.newest;
    place.newer = undefined;
    if (this.newest) this.newest.newer = place;
    else this.oldest = place;
    this.newest = place;
  }

  private unlink(place: Place<T>): void {
    if (place.older) place.older.newer = place.newer;
    else this.oldest = place.newer;
    if (place.newer) place.newer.older = place.older;
    else this.newest = place.older;
  }
}
