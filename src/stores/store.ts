// A small key-value store with expiry, used for conversation state (and by the
// channels for retry deduplication). In memory by default; any implementation
// of the interface (e.g. Redis) can stand in so several instances share state.
import { WriteOrdered } from './write-order.ts';

export interface KeyValueStore {
  get<T>(key: string): Promise<T | undefined>;
  set<T>(key: string, value: T, ttlSeconds: number): Promise<void>;
  delete(key: string): Promise<void>;
  /**
   * Sets `key` only when it holds nothing (atomically, like Redis SET NX) and says
   * whether it did: the one caller that gets `true` does the work, the others wait
   * for its result — across instances when the store is shared.
   */
  claim<T>(key: string, value: T, ttlSeconds: number): Promise<boolean>;
}

/**
 * Bounded in-memory store: oldest entries go first when full; expired entries are never returned.
 * Keys are grouped by namespace, their first two `:`-separated parts (`session:api`,
 * `session:wechat`, `dedupe:wechat`), and each namespace is bounded on its own, so a flood in
 * one (new API session ids) never evicts another's entries (WeChat users' conversations).
 */
export class MemoryStore implements KeyValueStore {
  private readonly namespaces = new Map<string, WriteOrdered>();

  /**
   * @param maxEntries the most entries each namespace holds
   * @param limits smaller caps for some namespaces, e.g. `{ 'session:api': 5000 }`
   */
  constructor(
    private readonly maxEntries = 50_000,
    private readonly limits: Readonly<Record<string, number>> = {},
  ) {}

  async get<T>(key: string): Promise<T | undefined> {
    return this.namespace(namespaceOf(key))?.live(key, Date.now())?.value as T | undefined;
  }

  async set<T>(key: string, value: T, ttlSeconds: number): Promise<void> {
    this.put(key, value, ttlSeconds);
  }

  async claim<T>(key: string, value: T, ttlSeconds: number): Promise<boolean> {
    // check and set without an await in between, so concurrent claims cannot both win
    if (this.namespace(namespaceOf(key))?.live(key, Date.now())?.value !== undefined) return false;
    this.put(key, value, ttlSeconds);
    return true;
  }

  async delete(key: string): Promise<void> {
    this.namespace(namespaceOf(key))?.delete(key);
  }

  /** entries held in one namespace (`session:api`) */
  sizeOf(namespace: string): number {
    return this.namespaces.get(namespace)?.size ?? 0;
  }

  /** entries held in all namespaces */
  get size(): number {
    let n = 0;
    for (const entries of new Set(this.namespaces.values())) n += entries.size;
    return n;
  }

  private namespace(ns: string, create = false): WriteOrdered | undefined {
    let entries = this.namespaces.get(ns);
    // the namespaces are the store's callers' fixed prefixes; an unexpected many share one bound
    if (!entries && create) this.namespaces.set(ns, (entries = this.namespaces.size < MAX_NAMESPACES ? new WriteOrdered() : this.namespace('', true)!));
    return entries;
  }

  private put(key: string, value: unknown, ttlSeconds: number): void {
    const ns = namespaceOf(key);
    const cap = Math.min(this.limits[ns] ?? this.maxEntries, this.maxEntries);
    const now = Date.now();
    this.namespace(ns, true)!.put(key, { value, expires: now + ttlSeconds * 1000 }, cap, now);
  }
}

const MAX_NAMESPACES = 64;

/** `session:api:abc` → `session:api`; a key with fewer parts belongs to the unnamed namespace. */
function namespaceOf(key: string): string {
  const second = key.indexOf(':', key.indexOf(':') + 1);
  return key.indexOf(':') >= 0 && second >= 0 ? key.slice(0, second) : '';
}
