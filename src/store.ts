// A small key-value store with expiry, used for conversation state (and by the
// channels for retry deduplication). In memory by default; any implementation
// of the interface (e.g. Redis) can stand in so several instances share state.

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

/** Bounded in-memory store: oldest entries go first when full; expired entries are never returned. */
export class MemoryStore implements KeyValueStore {
  private readonly entries = new Map<string, { value: unknown; expires: number }>();

  constructor(private readonly maxEntries = 50_000) {}

  async get<T>(key: string): Promise<T | undefined> {
    return this.live(key) as T | undefined;
  }

  async set<T>(key: string, value: T, ttlSeconds: number): Promise<void> {
    this.put(key, value, ttlSeconds);
  }

  async claim<T>(key: string, value: T, ttlSeconds: number): Promise<boolean> {
    // check and set without an await in between, so concurrent claims cannot both win
    if (this.live(key) !== undefined) return false;
    this.put(key, value, ttlSeconds);
    return true;
  }

  async delete(key: string): Promise<void> {
    this.entries.delete(key);
  }

  get size(): number {
    return this.entries.size;
  }

  private live(key: string): unknown {
    const e = this.entries.get(key);
    if (!e) return undefined;
    if (e.expires <= Date.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return e.value;
  }

  private put(key: string, value: unknown, ttlSeconds: number): void {
    this.entries.delete(key); // re-insert at the end: Map keeps insertion order
    this.entries.set(key, { value, expires: Date.now() + ttlSeconds * 1000 });
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
  }
}
