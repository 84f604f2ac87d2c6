// The order of use of what a cache keeps, so that the least recently used goes first: a
// RecencyList of values (the answer cache, which finds its entries its own way), and RecentlyUsed,
// a bounded map by key on top of it (readings, kept searches). Not a Map's insertion order: a Map
// finds its first entry by skipping every entry deleted since its table was last compacted, and a
// cache that moves an entry at each use deletes one each time (≈ 3 µs a drop with thousands kept).

/** A value's place in a RecencyList. */
export interface Place<T> {
  readonly value: T;
  older?: Place<T>;
  newer?: Place<T>;
}

/** Values from the least to the most recently used, each moved or dropped in constant time. */
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

  /** Takes a place out. */
  remove(place: Place<T>): void {
    this.unlink(place);
    this.size--;
  }

  /** Takes out the least recently used value. */
  shift(): T | undefined {
    const place = this.oldest;
    if (!place) return undefined;
    this.remove(place);
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

/** At most `max` values by key; past that, the least recently used (read or set) goes. */
export class RecentlyUsed<V> {
  private readonly places = new Map<string, Place<{ key: string; value: V }>>();
  private readonly order = new RecencyList<{ key: string; value: V }>();

  constructor(readonly max: number) {}

  get size(): number {
    return this.places.size;
  }

  /** The value kept for `key`, now the most recently used. */
  get(key: string): V | undefined {
    const place = this.places.get(key);
    if (!place) return undefined;
    this.order.touch(place);
    return place.value.value;
  }

  /** Keeps `value` for `key` (in place of any before), the most recently used. */
  set(key: string, value: V): V {
    const before = this.places.get(key);
    if (before) this.order.remove(before);
    this.places.set(key, this.order.add({ key, value }));
    if (this.order.size > this.max) this.places.delete(this.order.shift()!.key);
    return value;
  }
}
