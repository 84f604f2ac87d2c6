// Several instances behind a load balancer, sharing one real redis-server (REDIS_URL):
// a WeChat retry that reaches the other instance gets the same reply without a second
// computation, conversations and numbered suggestions carry over, and Redis dying
// mid-run costs shared state, never answers.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Assistant } from '../../src/assistant.ts';
import { readConfig } from '../../server/config.ts';
import { createLogger } from '../../server/logger.ts';
import { startServer, type Running } from '../../server/start-server.ts';
import { ChatClient } from '../../bin/lib/chat-client.ts';
import { freePort, startRedis, type RedisServer } from '../support/redis-support.ts';
import { testEnv } from '../support/helpers.ts';
import { KEYS } from '../support/wechat-support.ts';

const AT = '2021-12-20T10:00';
const WUHAN_DAY = new Date('2021-12-20T10:00:00+08:00');
const W = KEYS.wechat;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Every line the instances logged (JSON, as on stdout), parsed. */
const logLines: Record<string, unknown>[] = [];
const logger = () =>
  createLogger({
    level: 'info',
    stream: {
      write: (s: string) =>
        void logLines.push(
          ...s
            .split('\n')
            .filter(Boolean)
            .map((l) => JSON.parse(l) as Record<string, unknown>),
        ),
    },
  });
/** The messages of the lines logged since line `from` that match. */
const logged = (from: number, match: RegExp) =>
  logLines
    .slice(from)
    .map((l) => String(l.msg))
    .filter((m) => match.test(m));

/** Two instances of the whole service on loopback ports, both with REDIS_URL → `redis` (compatible mode: plain and sealed messages). */
async function twoInstances(redis: { url: string; port: number }): Promise<[Running, Running]> {
  const env = { ...W, WECHAT_MODE: 'compatible', REDIS_URL: redis.url, REDIS_PREFIX: `test-${process.pid}-${redis.port}:` };
  const start = () => startServer({ ...readConfig(testEnv(env)), port: 0, host: '127.0.0.1' }, { logger: logger() });
  return Promise.all([start(), start()]);
}

/** Counts (and optionally slows) the questions an instance's core really computes. */
function countAsks(assistant: Assistant, delayMs = 0) {
  const original = assistant.ask;
  return vi.spyOn(assistant, 'ask').mockImplementation(async (req) => {
    if (delayMs) await sleep(delayMs);
    return original(req);
  });
}

interface Answer {
  status: number;
  answer: string;
  band: string;
  city: string | null;
  suggestions: string[];
}

async function ask(server: Running, q: string, session?: string): Promise<Answer> {
  const params = new URLSearchParams({ q, at: AT, ...(session ? { session } : {}) });
  const res = await fetch(`${server.url}/api/ask?${params}`);
  return { status: res.status, ...((await res.json()) as Omit<Answer, 'status'>) };
}

const client = (url: string, user: string) =>
  new ChatClient({ url, channel: 'wechat', token: W.WECHAT_TOKEN, aesKey: W.WECHAT_ENCODING_AES_KEY, receiverId: W.WECHAT_APPID, mode: 'safe', user });

describe('two instances sharing one Redis', () => {
  let redis: RedisServer;
  let a: Running;
  let b: Running;
  beforeAll(async () => {
    redis = await startRedis();
    [a, b] = await twoInstances(redis);
    expect(a.shared?.connected && b.shared?.connected).toBe(true);
  });
  afterAll(async () => {
    await Promise.all([a?.close(), b?.close()]);
    await redis?.stop();
  });

  it('a WeChat retry that reaches the other instance while the first computes waits for that answer', async () => {
    const onA = countAsks(a.assistant, 500);
    const onB = countAsks(b.assistant);
    try {
      const c = client(a.url, 'o_retry_across');
      const req = c.prepare({ MsgType: 'text', Content: '武汉医保结算什么时候恢复', MsgId: '24000000000000000101' }, { at: WUHAN_DAY });
      const first = c.post(req);
      await sleep(100); // A has claimed the message and is computing
      const retry = await c.post({ ...req, url: req.url.replace(a.url, b.url) }); // the same sealed body
      const original = await first;
      expect([original.status, retry.status]).toEqual([200, 200]);
      expect(original.text).toContain('12月31日');
      expect(retry.message).toEqual(original.message); // identical reply, CreateTime included
      expect(onA).toHaveBeenCalledTimes(1);
      expect(onB).not.toHaveBeenCalled();
    } finally {
      onA.mockRestore();
      onB.mockRestore();
    }
  });

  it('a later retry on the other instance gets the stored reply, in plain mode too', async () => {
    const onA = countAsks(a.assistant);
    const onB = countAsks(b.assistant);
    try {
      const c = new ChatClient({ url: a.url, channel: 'wechat', token: W.WECHAT_TOKEN, mode: 'plain', user: 'o_plain_retry' });
      const req = c.prepare({ MsgType: 'text', Content: '长沙医保结算什么时候恢复', MsgId: '24000000000000000102' }, { at: WUHAN_DAY });
      const first = await c.post(req);
      const retry = await c.post({ ...req, url: req.url.replace(a.url, b.url) });
      expect(retry.raw).toBe(first.raw); // plain mode: byte for byte
      expect(onA.mock.calls.length + onB.mock.calls.length).toBe(1);
    } finally {
      onA.mockRestore();
      onB.mockRestore();
    }
  });

  it('a conversation continues on the other instance (HTTP API and WeChat)', async () => {
    const phone = await ask(a, '武汉医保电话', 'conv-1');
    expect(phone.city).toBe('武汉');
    const followUp = await ask(b, '那结算什么时候恢复', 'conv-1');
    expect(followUp.city).toBe('武汉');
    expect(followUp.answer).toContain('12月31日');
    // without the shared session, B would not know the city
    expect((await ask(b, '那结算什么时候恢复', 'conv-2')).city).toBeNull();

    const onA = client(a.url, 'o_conv_across');
    const onB = client(b.url, 'o_conv_across');
    expect((await onA.ask('武汉医保电话', { at: WUHAN_DAY })).text).toContain('027');
    const next = await onB.ask('那结算什么时候恢复', { at: WUHAN_DAY });
    expect(next.text).toContain('武汉');
    expect(next.text).toContain('12月31日');
  });

  it('a numbered suggestion shown by one instance is picked with "1" on the other', async () => {
    // no city and no topic: the reply always asks which city, with numbered choices
    const offered = await ask(a, '医保什么时候恢复', 'pick-1');
    expect(offered.answer).toMatch(/\n1\. /);
    const picked = await ask(b, '1', 'pick-1');
    const direct = await ask(a, offered.suggestions[0]!, 'pick-fresh');
    expect(picked.answer).toBe(direct.answer);
    expect(picked.city).not.toBeNull();
    expect(picked.city).toBe(direct.city);
  });
});

describe('Redis killed mid-run', () => {
  let redis: RedisServer;
  let a: Running;
  let b: Running;
  beforeAll(async () => {
    redis = await startRedis();
    [a, b] = await twoInstances(redis);
  });
  afterAll(async () => {
    await Promise.all([a?.close(), b?.close()]);
    await redis?.stop();
  });

  it('keeps answering correctly with one error line per instance, and shares state again once Redis is back', async () => {
    await ask(a, '武汉医保电话', 'outage-1');
    expect((await ask(b, '那结算什么时候恢复', 'outage-1')).city).toBe('武汉'); // shared before the outage

    const from = logLines.length;
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      await redis.kill(); // SIGKILL: no goodbye to the clients
      for (let i = 0; i < 4; i++) {
        for (const server of [a, b]) {
          const started = Date.now();
          const r = await ask(server, '武汉医保结算什么时候恢复', `outage-${i}`);
          expect(r.status).toBe(200);
          expect(r.city).toBe('武汉');
          expect(r.answer).toContain('12月31日');
          expect(Date.now() - started).toBeLessThan(1500); // a dead Redis never holds a request up
        }
      }
      // WeChat still answers, sealed, and retries are deduplicated within the instance
      const onA = countAsks(a.assistant);
      const c = client(a.url, 'o_outage');
      const req = c.prepare({ MsgType: 'text', Content: '武汉医保结算什么时候恢复', MsgId: '24000000000000000103' }, { at: WUHAN_DAY });
      const [x, y] = [await c.post(req), await c.post(req)];
      expect(x.text).toContain('12月31日');
      expect(y.message).toEqual(x.message);
      expect(onA).toHaveBeenCalledTimes(1);
      onA.mockRestore();

      const outage = logged(from, /redis .* unavailable/);
      expect(outage).toHaveLength(2); // once per instance, not once per request
      expect(outage[0]).toContain('per instance');
      for (const l of logLines.slice(from).filter((l) => l.level !== 'info')) expect(JSON.stringify(l)).not.toMatch(/武汉|outage-|o_outage|12月/); // no keys, values or messages
      expect(errors).not.toHaveBeenCalled(); // JSON lines on stdout, nothing on stderr

      // Redis comes back on the same port: the instances reconnect by themselves
      const logs = vi.spyOn(console, 'log').mockImplementation(() => {});
      redis = await startRedis(redis.port);
      const until = Date.now() + 10_000;
      while (logged(from, /reachable again/).length < 2 && Date.now() < until) {
        await Promise.all([ask(a, '武汉医保电话', 'probe'), ask(b, '武汉医保电话', 'probe')]);
        await sleep(200);
      }
      logs.mockRestore();
      expect(logged(from, /reachable again/)).toHaveLength(2);
      await ask(a, '武汉医保电话', 'after-1');
      expect((await ask(b, '那结算什么时候恢复', 'after-1')).city).toBe('武汉');
    } finally {
      errors.mockRestore();
    }
  });
});

describe('Redis not there at start', () => {
  it('starts anyway with per-instance state, says so once, and shares state once Redis appears', async () => {
    const port = await freePort();
    const from = logLines.length;
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    let redis: RedisServer | undefined;
    let a: Running | undefined;
    let b: Running | undefined;
    try {
      [a, b] = await twoInstances({ url: `redis://127.0.0.1:${port}`, port }); // nothing listens there yet
      expect(a.shared?.connected).toBe(false);
      expect(logged(from, /unavailable \(ECONNREFUSED/)).toHaveLength(2);
      expect(errors).not.toHaveBeenCalled();
      const r = await ask(a, '武汉医保结算什么时候恢复', 'late-1');
      expect(r.answer).toContain('12月31日');

      redis = await startRedis(port);
      const until = Date.now() + 10_000;
      let followUp: Answer | undefined;
      while (Date.now() < until) {
        await ask(a, '武汉医保电话', 'late-2');
        followUp = await ask(b, '那结算什么时候恢复', 'late-2');
        if (followUp.city === '武汉') break;
        await sleep(200);
      }
      expect(followUp?.city).toBe('武汉');
    } finally {
      errors.mockRestore();
      await Promise.all([a?.close(), b?.close()]);
      await redis?.stop();
    }
  });
});
