// KeyValueStore on Redis, so several instances (or cluster workers) share sessions,
// suggestion state and WeChat retry answers. Values are JSON; every key gets a
// prefix so one Redis can serve several deployments. Calls fail fast instead of
// queueing: wrap in ResilientStore (./resilient.ts) to keep answering when Redis is gone.
import { Redis } from 'ioredis';
import type { KeyValueStore } from './store.ts';

export interface RedisStoreOptions {
  /** prepended to every key (REDIS_PREFIX) */
  prefix?: string;
  /** how long one command may take before it fails (default 500 ms) */
  commandTimeoutMs?: number;
  /** how long connecting may take (default 1000 ms) */
  connectTimeoutMs?: number;
}

export class RedisStore implements KeyValueStore {
  readonly client: Redis;

  constructor(url: string, { prefix = 'cutover:', commandTimeoutMs = 500, connectTimeoutMs = 1000 }: RedisStoreOptions = {}) {
    this.client = new Redis(url, {
      keyPrefix: prefix,
      // a dead Redis must cost a request at most about a second, never hang it:
      // no queueing while disconnected, one retry at most, short timeouts
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      connectTimeout: connectTimeoutMs,
      commandTimeout: commandTimeoutMs,
      // keep trying to reconnect in the background, at most every 2 s
      retryStrategy: (times) => Math.min(times * 200, 2000),
    });
    // connection errors surface as failed calls (reported once per outage by
    // ResilientStore); without a listener ioredis would print each reconnect attempt
    this.client.on('error', () => {});
  }

  /** Resolves when connected, or rejects after `timeoutMs` (the store keeps reconnecting). */
  async ready(timeoutMs = 1000): Promise<void> {
    if (this.client.status === 'ready') return;
    let last: Error | undefined;
    const onError = (err: Error) => {
      last = err; // the reason to report if it never gets ready (e.g. ECONNREFUSED)
    };
    await new Promise<void>((resolve, reject) => {
      const done = (err?: Error) => {
        clearTimeout(timer);
        this.client.off('ready', onReady).off('error', onError);
        if (err) reject(err);
        else resolve();
      };
      const onReady = () => done();
      const timer = setTimeout(() => done(last ?? new Error(`not reachable within ${timeoutMs} ms`)), timeoutMs);
      this.client.once('ready', onReady).on('error', onError);
    });
  }

  async get<T>(key: string): Promise<T | undefined> {
    const raw = await this.client.get(key);
    if (raw === null) return undefined;
    try {
      return JSON.parse(raw) as T;
    } catch {
      return undefined; // not written by us: treat as absent
    }
  }

  async set<T>(key: string, value: T, ttlSeconds: number): Promise<void> {
    await this.client.set(key, JSON.stringify(value), 'EX', seconds(ttlSeconds));
  }

  async delete(key: string): Promise<void> {
    await this.client.del(key);
  }

  async claim<T>(key: string, value: T, ttlSeconds: number): Promise<boolean> {
    return (await this.client.set(key, JSON.stringify(value), 'EX', seconds(ttlSeconds), 'NX')) === 'OK';
  }

  /** Closes the connection (waits for replies to commands already sent). */
  async close(): Promise<void> {
    if (this.client.status === 'end') return;
    try {
      await this.client.quit();
    } catch {
      this.client.disconnect(); // not connected: nothing to wait for
    }
  }
}

/** Redis expiries are whole seconds, at least one. */
function seconds(ttl: number): number {
  return Math.max(1, Math.ceil(ttl));
}

/** The URL without its password, for logs. */
export function redactRedisUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'redis (unparseable URL)';
  }
}
