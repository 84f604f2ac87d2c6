// One namespace of the in-memory store: its entries by key, and the order they were written
// in, oldest first, to let the oldest go when the namespace is full and to free what has expired.
//
// The order is a queue of its own rather than the Map's insertion order: V8 leaves a hole
// for each deleted Map entry until the table is rebuilt, and finding the first entry walks
// over every hole, so a full Map that drops its oldest on each write paid ~10 µs a write at
// 5,000 entries (BENCHMARKS.md, session 6). A key written again is queued again; its
// earlier place in the queue is stale (it no longer holds the key's entry) and skipped.
// A place passed is emptied at once: the queue is cut only now and then, and the places passed
// kept their keys and values until then (the webhook's retry memory held ~9,500 messages'
// for its 5,000, BENCHMARKS.md, session 11).

export interface Entry {
  value: unknown;
  /** ms since the epoch */
  expires: number;
}

interface Written {
  key: string;
  entry: Entry;
}

export class WriteOrdered {
  readonly entries = new Map<string, Entry>();
  private queue: (Written | undefined)[] = [];
  private head = 0;

  get size(): number {
    return this.entries.size;
  }

  /** the live entry, or undefined (an expired one is deleted as it is found) */
  live(key: string, now: number): Entry | undefined {
    const e = this.entries.get(key);
    if (e && e.expires <= now) {
      this.entries.delete(key);
      return undefined;
    }
    return e;
  }

  delete(key: string): void {
    this.entries.delete(key);
  }

  /** writes `key`, then lets the oldest go past `cap` and frees what expired at the front */
  put(key: string, entry: Entry, cap: number, now: number): void {
    this.entries.set(key, entry);
    this.queue.push({ key, entry });
    while (this.entries.size > cap) this.shift();
    // the callers of a namespace write one TTL, so the front expires first; an entry with
    // a longer life at the front only delays the rest until it goes
    for (let front = this.front(); front && front.entry.expires <= now; front = this.front()) this.shift();
    this.compact();
  }

  /** the oldest write that still holds its key's entry */
  private front(): Written | undefined {
    while (this.head < this.queue.length) {
      const w = this.queue[this.head]!;
      if (this.entries.get(w.key) === w.entry) return w;
      this.queue[this.head++] = undefined;
    }
    return undefined;
  }

  private shift(): void {
    const w = this.front();
    if (!w) return;
    this.entries.delete(w.key);
    this.queue[this.head++] = undefined;
  }

  /** keeps the queue within a small multiple of the entries: the places passed, and stale ones in the middle (keys written again), go */
  private compact(): void {
    const queued = this.queue.length - this.head;
    if (queued > 2 * this.entries.size + 1024) this.queue = this.queue.slice(this.head).filter((w) => w && this.entries.get(w.key) === w.entry);
    else if (this.head > 1024 && this.head * 2 > this.queue.length) this.queue = this.queue.slice(this.head);
    else return;
    this.head = 0;
  }
}
