// The store sessions and WeChat retries share across instances when REDIS_URL is set:
// Redis behind the never-failing wrapper. A Redis that is down at start does not
// stop the service: it starts with per-instance state and logs why.
import { SESSION_MEMORY_LIMITS } from '../src/conversation/sessions.ts';
import { ResilientStore, type OutageLog } from '../src/stores/resilient.ts';
import type { KeyValueStore } from '../src/stores/store.ts';
import type { Config } from './config.ts';

export interface SharedStore {
  store: KeyValueStore;
  /** where state lives, for the start-up line (no password) */
  description: string;
  /** false when Redis did not answer at start (the error is logged; it keeps reconnecting) */
  connected: boolean;
  close(): Promise<void>;
}

/** `log`: the service's JSON logger, so outage lines are log lines like any other. */
export async function openSharedStore(redis: NonNullable<Config['redis']>, log: OutageLog): Promise<SharedStore> {
  // loaded only when Redis is configured: ioredis costs start-up time otherwise spent for nothing
  const { RedisStore, redactRedisUrl } = await import('../src/stores/redis.ts');
  const where = redactRedisUrl(redis.url);
  const remote = new RedisStore(redis.url, { prefix: redis.prefix });
  const store = new ResilientStore(remote, { name: `redis ${where}`, localLimits: SESSION_MEMORY_LIMITS, log });
  let connected = true;
  try {
    await remote.ready(1500);
  } catch (err) {
    connected = false;
    store.markDown(err);
  }
  return { store, description: `${where} (keys prefixed "${redis.prefix}")`, connected, close: () => remote.close() };
}
