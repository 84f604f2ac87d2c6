// Per-sender rate limit: at most N questions in a minute, counted from the
// sender's first question of that minute (not the clock minute, so a burst
// astride a minute boundary cannot double the allowance). The counter sits
// behind RateCounter so several instances can share one (Redis: INCR, then
// EXPIRE when the result is 1); in memory by default, or over any KeyValueStore.
import type { KeyValueStore } from '../../src/stores/store.ts';

export interface RateCounter {
  /** counts one hit for `key` and returns the hits in its current window, and when that window ends (ms since epoch) */
  hit(key: string, windowSeconds: number): Promise<{ count: number; resetAt: number }>;
}

/** In-process counters, bounded: the oldest windows go first when full. */
export class MemoryRateCounter implements RateCounter {
  private readonly windows = new Map<string, { count: number; resetAt: number }>();

  constructor(
    private readonly maxKeys = 100_000,
    private readonly clock: () => number = Date.now,
  ) {}

  async hit(key: string, windowSeconds: number) {
    const now = this.clock();
    let w = this.windows.get(key);
    if (!w || w.resetAt <= now) {
      w = { count: 0, resetAt: now + windowSeconds * 1000 };
      this.windows.delete(key); // re-insert at the end: Map keeps insertion order
      this.windows.set(key, w);
      while (this.windows.size > this.maxKeys) this.windows.delete(this.windows.keys().next().value!);
    }
    w.count++;
    return { ...w };
  }
}

/**
 * Over a KeyValueStore (e.g. one shared by every instance). Read-then-write, so two
 * instances hitting the same key at the same instant may count once: fine for a
 * politeness limit. Within this process, hits on one key are applied in order.
 */
export class StoreRateCounter implements RateCounter {
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(
    private readonly store: KeyValueStore,
    private readonly clock: () => number = Date.now,
  ) {}

  hit(key: string, windowSeconds: number) {
    const run = (this.queues.get(key) ?? Promise.resolve()).then(() => this.apply(`rate:${key}`, windowSeconds));
    const tail = run.catch(() => undefined);
    this.queues.set(key, tail);
    void tail.then(() => {
      if (this.queues.get(key) === tail) this.queues.delete(key);
    });
    return run;
  }

  private async apply(key: string, windowSeconds: number) {
    const now = this.clock();
    const stored = await this.store.get<{ count: number; resetAt: number }>(key);
    const w = stored && stored.resetAt > now ? { ...stored } : { count: 0, resetAt: now + windowSeconds * 1000 };
    w.count++;
    await this.store.set(key, w, Math.max(1, Math.ceil((w.resetAt - now) / 1000)));
    return w;
  }
}

export interface LimitVerdict {
  limited: boolean;
  /** whole seconds until the window ends (when limited) */
  retryAfter: number;
}

export class RateLimiter {
  constructor(
    readonly perMinute: number,
    private readonly counter: RateCounter = new MemoryRateCounter(),
    private readonly clock: () => number = Date.now,
  ) {}

  async check(key: string): Promise<LimitVerdict> {
    const { count, resetAt } = await this.counter.hit(key, 60);
    return { limited: count > this.perMinute, retryAfter: Math.max(1, Math.ceil((resetAt - this.clock()) / 1000)) };
  }
}
