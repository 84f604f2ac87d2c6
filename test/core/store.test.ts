// The store behind sessions and retry deduplication: the in-memory default, Redis
// (against a real redis-server), and the wrapper that keeps answering when Redis is gone.
import v8 from 'node:v8';
import vm from 'node:vm';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryStore, type KeyValueStore } from '../../src/stores/store.ts';
import { RedisStore, redactRedisUrl } from '../../src/stores/redis.ts';
import { ResilientStore } from '../../src/stores/resilient.ts';
import { freePort, startRedis, type RedisServer } from '../support/redis-support.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('MemoryStore.claim', () => {
  it('lets exactly one of many concurrent claims win, and not while the key holds a value', async () => {
    const s = new MemoryStore();
    const wins = await Promise.all(Array.from({ length: 20 }, (_, i) => s.claim('k', i, 60)));
    expect(wins.filter(Boolean)).toHaveLength(1);
    await s.set('v', 'x', 60);
    expect(await s.claim('v', 'y', 60)).toBe(false);
    expect(await s.get('v')).toBe('x');
  });

  it('can claim again once the value expired or was deleted', async () => {
    const s = new MemoryStore();
    expect(await s.claim('k', 1, 0.05)).toBe(true);
    await sleep(80);
    expect(await s.claim('k', 2, 60)).toBe(true);
    await s.delete('k');
    expect(await s.claim('k', 3, 60)).toBe(true);
    expect(await s.get('k')).toBe(3);
  });
});

describe('MemoryStore bounds', () => {
  it('lets the least recently written go first when a namespace is full; a key written again counts as new', async () => {
    const s = new MemoryStore(3);
    for (const k of ['a', 'b', 'c']) await s.set(`ns:x:${k}`, k, 60);
    await s.set('ns:x:a', 'a again', 60);
    await s.set('ns:x:d', 'd', 60);
    expect(await s.get('ns:x:b')).toBeUndefined();
    expect(await Promise.all(['a', 'c', 'd'].map((k) => s.get(`ns:x:${k}`)))).toEqual(['a again', 'c', 'd']);
    // many writes of the same keys keep the bound and the newest values
    for (let i = 0; i < 5000; i++) await s.set(`ns:x:${'acd'[i % 3]}`, i, 60);
    expect(s.sizeOf('ns:x')).toBe(3);
    expect(await Promise.all(['d', 'a', 'c'].map((k) => s.get(`ns:x:${k}`)))).toEqual([4997, 4998, 4999]);
    await s.set('ns:x:e', 'e', 60);
    expect(await s.get('ns:x:d')).toBeUndefined(); // written longest ago
  });

  it('frees expired entries at the next write, and never returns one', async () => {
    const s = new MemoryStore(100);
    for (let i = 0; i < 10; i++) await s.set(`ns:y:${i}`, i, 0.05);
    await sleep(80);
    expect(await s.get('ns:y:3')).toBeUndefined();
    expect(s.sizeOf('ns:y')).toBe(9); // the one read was dropped; the rest wait for a write
    await s.set('ns:y:new', 'n', 60);
    expect(s.sizeOf('ns:y')).toBe(1);
  });

  it('keeps nothing alive of an entry it let go (pushed out by the bound or expired)', async () => {
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as () => void;
    const s = new MemoryStore(4);
    const written = async (key: string, ttl: number) => {
      const value = { reply: `一条回复 ${key}` };
      await s.set(`ns:z:${key}`, value, ttl);
      return new WeakRef(value);
    };
    const pushedOut = await Promise.all(['a', 'b', 'c', 'd'].map((k) => written(k, 60)));
    const expiring = await written('e', 0.05);
    for (const k of ['f', 'g', 'h']) await written(k, 60);
    await sleep(80);
    await written('i', 60);
    // a value goes with the job that made it: collected from the next turn on
    await sleep(0);
    gc();
    expect(pushedOut.map((r) => r.deref())).toEqual([undefined, undefined, undefined, undefined]);
    expect(expiring.deref()).toBeUndefined();
    expect(await s.get('ns:z:i')).toEqual({ reply: '一条回复 i' });
  });
});

describe('RedisStore against a real redis-server', () => {
  let redis: RedisServer;
  let store: RedisStore;
  let raw: Redis;
  beforeAll(async () => {
    redis = await startRedis();
    store = new RedisStore(redis.url, { prefix: 'unit:' });
    await store.ready();
    raw = new Redis(redis.url);
  });
  afterAll(async () => {
    await store?.close();
    raw?.disconnect();
    await redis?.stop();
  });

  it('keeps JSON values under the prefix, with the TTL as EX', async () => {
    const state = { city: '武汉', suggestions: ['武汉医保电话', '长沙'], more: null };
    await store.set('session:a', state, 1800);
    expect(await store.get('session:a')).toEqual(state);
    expect(JSON.parse((await raw.get('unit:session:a'))!)).toEqual(state);
    const ttl = await raw.ttl('unit:session:a');
    expect(ttl).toBeGreaterThan(1790);
    expect(ttl).toBeLessThanOrEqual(1800);
    expect(await store.get('missing')).toBeUndefined();
    await store.delete('session:a');
    expect(await raw.exists('unit:session:a')).toBe(0);
  });

  it('expires values', async () => {
    await store.set('short', 'x', 1);
    expect(await store.get('short')).toBe('x');
    await sleep(1100);
    expect(await store.get('short')).toBeUndefined();
  });

  it('claims with SET NX: one winner among concurrent claims, none while a value is there', async () => {
    const wins = await Promise.all(Array.from({ length: 10 }, (_, i) => store.claim('dedupe:x', { pending: true, i }, 8)));
    expect(wins.filter(Boolean)).toHaveLength(1);
    await store.set('dedupe:x', { reply: 'r' }, 120);
    expect(await store.claim('dedupe:x', { pending: true }, 8)).toBe(false);
    expect(await store.get('dedupe:x')).toEqual({ reply: 'r' });
    expect(await raw.ttl('unit:dedupe:x')).toBeGreaterThan(100);
  });

  it('treats a value it did not write (not JSON) as absent', async () => {
    await raw.set('unit:foreign', 'not json {');
    expect(await store.get('foreign')).toBeUndefined();
  });
});

describe('RedisStore when nothing listens', () => {
  it('fails each call within about a second instead of hanging', async () => {
    const store = new RedisStore(`redis://127.0.0.1:${await freePort()}`);
    try {
      await expect(store.ready(300)).rejects.toThrow();
      const started = Date.now();
      await expect(store.get('k')).rejects.toThrow();
      await expect(store.set('k', 1, 10)).rejects.toThrow();
      await expect(store.claim('k', 1, 10)).rejects.toThrow();
      expect(Date.now() - started).toBeLessThan(1000);
    } finally {
      await store.close();
    }
  });

  it('keeps the password out of what it logs', () => {
    expect(redactRedisUrl('redis://:s3cret@cache.internal:6380/2')).toBe('redis://:***@cache.internal:6380/2');
    expect(redactRedisUrl('redis://cache.internal:6379')).not.toContain('***');
  });
});

/** A shared store that fails while `down` is set. */
function flakyStore() {
  const inner = new MemoryStore();
  const ctl = { down: false, calls: 0 };
  const guard = <R>(f: () => Promise<R>) => {
    ctl.calls++;
    if (ctl.down) return Promise.reject(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:6379'), { code: 'ECONNREFUSED' }));
    return f();
  };
  const store: KeyValueStore = {
    get: (k) => guard(() => inner.get(k)),
    set: (k, v, t) => guard(() => inner.set(k, v, t)),
    delete: (k) => guard(() => inner.delete(k)),
    claim: (k, v, t) => guard(() => inner.claim(k, v, t)),
  };
  return { store, inner, ctl };
}

describe('ResilientStore', () => {
  it('never throws: while the shared store fails it uses a local one, logging once per outage', async () => {
    const { store: shared, inner, ctl } = flakyStore();
    const lines: string[] = [];
    let t = 0;
    const s = new ResilientStore(shared, {
      name: 'redis test',
      retryAfterMs: 1000,
      log: { error: (_f, l) => lines.push(l), info: (_f, l) => lines.push(l) },
      now: () => t,
    });
    await s.set('session:u1', { city: '武汉' }, 60);
    expect(await inner.get('session:u1')).toEqual({ city: '武汉' });

    ctl.down = true;
    expect(await s.get('session:u1')).toBeUndefined(); // the session lived in the shared store: lost, not an error
    await s.set('session:u2', { city: '长沙' }, 60);
    expect(await s.get('session:u2')).toEqual({ city: '长沙' }); // kept locally meanwhile
    expect(await s.claim('dedupe:1', { pending: true }, 8)).toBe(true);
    expect(await s.claim('dedupe:1', { pending: true }, 8)).toBe(false); // dedupe still works, per instance
    expect(s.healthy).toBe(false);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^redis test unavailable \(ECONNREFUSED: connect ECONNREFUSED 127\.0\.0\.1:6379\)/);
    expect(lines[0]).not.toMatch(/武汉|长沙|session:|u1|u2|dedupe:/); // no keys, no values

    // while it is down, only one probe per interval reaches it
    const probes = ctl.calls;
    for (let i = 0; i < 10; i++) await s.get('x');
    expect(ctl.calls).toBe(probes);
    t += 1001;
    await s.get('x');
    expect(ctl.calls).toBe(probes + 1);
    expect(lines).toHaveLength(1); // still the same outage

    ctl.down = false;
    t += 1001;
    expect(await s.get('session:u1')).toEqual({ city: '武汉' });
    expect(s.healthy).toBe(true);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^redis test reachable again after 2 s/);

    ctl.down = true; // a second outage is logged again
    await s.get('x');
    expect(lines).toHaveLength(3);
  });
});
