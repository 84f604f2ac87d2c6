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
// Equal means equal as data, checked field by field (Object.is for values); the JSON text only
// picks the candidates (by a hash, so it is not kept).

/** Plain objects, arrays, strings, numbers, booleans, null (and symbols: AS_BEFORE). */
type Data = unknown;

interface Shared<T> {
  reply: T;
  hash: number;
  /** variants holding it */
  holders: number;
}

export class SameData<T extends object> {
  /** hash of the JSON text → the values with that hash (almost always one) */
  private readonly byHash = new Map<number, Shared<T>[]>();
  /** each shared value's entry, to let it go */
  private entries = new WeakMap<T, Shared<T>>();

  /** distinct values held */
  get size(): number {
    let n = 0;
    for (const list of this.byHash.values()) n += list.length;
    return n;
  }

  /** The value already held that equals `reply` (now held once more), else `reply` itself, now held. */
  hold(reply: T): T {
    const known = this.entries.get(reply);
    if (known) {
      known.holders++;
      return reply;
    }
    const hash = hashOf(JSON.stringify(reply));
    let list = this.byHash.get(hash);
    if (!list) this.byHash.set(hash, (list = []));
    for (const shared of list)
      if (same(shared.reply, reply)) {
        shared.holders++;
        return shared.reply;
      }
    const shared = { reply, hash, holders: 1 };
    list.push(shared);
    this.entries.set(reply, shared);
    return reply;
  }

  /** One holder of `reply` (as `hold` returned it) lets it go. */
  release(reply: T): void {
    const shared = this.entries.get(reply);
    if (!shared || --shared.holders > 0) return;
    this.entries.delete(reply);
    const list = this.byHash.get(shared.hash)?.filter((s) => s !== shared) ?? [];
    if (list.length) this.byHash.set(shared.hash, list);
    else this.byHash.delete(shared.hash);
  }

  clear(): void {
    this.byHash.clear();
    this.entries = new WeakMap();
  }
}

/** FNV-1a over the UTF-16 code units (32 bits: a collision only costs a comparison; a symbol is left out of JSON, and compared). */
function hashOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Equal as data: the same keys in the same order, the same values (Object.is). */
function same(a: Data, b: Data): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as Data[];
    return a.length === other.length && a.every((x, i) => same(x, other[i]));
  }
  if (Object.getPrototypeOf(a) !== Object.prototype || Object.getPrototypeOf(b) !== Object.prototype) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (let i = 0; i < ka.length; i++) {
    const k = ka[i]!;
    if (k !== kb[i] || !same((a as Record<string, Data>)[k], (b as Record<string, Data>)[k])) return false;
  }
  return true;
}
