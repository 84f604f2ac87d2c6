// One object for equal replies (and equal states left) among the answer cache's variants
// (answer-cache.ts).
//
// Why: a message is kept once per way of reading the conversation and once per minute, and
// most of those variants say the very same thing ("1" after hundreds of different lists, the
// same question a minute later when nothing changed in between). On the realistic mix 495
// distinct replies stood for 1,586 variants in process, and in the service (the clock's
// minute in every webhook key) the cache filled with 5,000. Each held its own copy, and so
// did what is made from a reply object once (the channel's rendering, the API's JSON body,
// the texts kept for WeChat's retries). Replies and the states they leave are never changed
// once made, so equal ones can be one.
//
// Equal means equal as data, checked field by field (Object.is for values). Candidates are found
// by a string the value holds anyway (a reply's text), so the lookup makes and keeps nothing new:
// hashing the JSON text of each reply cost ~10 µs a miss (BENCHMARKS.md, session 11).

/** Plain objects, arrays, strings, numbers, booleans, null (and symbols: AS_BEFORE). */
type Data = unknown;

interface Shared<T> {
  value: T;
  key: string;
  /** variants holding it */
  holders: number;
}

/** Values compared under one key at most: past that, a value is not shared (a rare key, such as a state with no text of its own). */
const MAX_PER_KEY = 8;

export class SameData<T extends object> {
  /** key → the distinct values held under it (almost always one) */
  private readonly byKey = new Map<string, Shared<T>[]>();
  /** each shared value's entry, to let it go */
  private entries = new WeakMap<T, Shared<T>>();

  /** @param keyOf a string the value holds (equal values give equal keys) */
  constructor(private readonly keyOf: (value: T) => string) {}

  /** distinct values held */
  get size(): number {
    let n = 0;
    for (const list of this.byKey.values()) n += list.length;
    return n;
  }

  /** The value already held that equals `value` (now held once more), else `value` itself, now held (unless MAX_PER_KEY others are). */
  hold(value: T): T {
    const known = this.entries.get(value);
    if (known) {
      known.holders++;
      return value;
    }
    const key = this.keyOf(value);
    let list = this.byKey.get(key);
    if (!list) this.byKey.set(key, (list = []));
    for (const shared of list)
      if (same(shared.value, value)) {
        shared.holders++;
        return shared.value;
      }
    if (list.length >= MAX_PER_KEY) return value;
    const shared = { value, key, holders: 1 };
    list.push(shared);
    this.entries.set(value, shared);
    return value;
  }

  /** One holder of `value` (as `hold` returned it) lets it go. */
  release(value: T): void {
    const shared = this.entries.get(value);
    if (!shared || --shared.holders > 0) return;
    this.entries.delete(value);
    const list = this.byKey.get(shared.key)?.filter((s) => s !== shared) ?? [];
    if (list.length) this.byKey.set(shared.key, list);
    else this.byKey.delete(shared.key);
  }

  clear(): void {
    this.byKey.clear();
    this.entries = new WeakMap();
  }
}

/**
 * Equal as data: the same keys in the same order, the same values (Object.is). Not node's
 * util.isDeepStrictEqual: it ignores the keys' order, which the API's JSON body shows.
 */
function same(a: Data, b: Data): boolean {
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return Object.is(a, b);
  if (a === b) return true;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!same(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b) || Object.getPrototypeOf(a) !== Object.prototype || Object.getPrototypeOf(b) !== Object.prototype) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (let i = 0; i < ka.length; i++) {
    const k = ka[i]!;
    if (k !== kb[i] || !same((a as Record<string, Data>)[k], (b as Record<string, Data>)[k])) return false;
  }
  return true;
}
