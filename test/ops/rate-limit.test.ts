// The rate limit as a citizen meets it: the 31st message in a minute gets a polite
// reply in the channel's own format (a normal 200), other senders are unaffected.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_WECHAT_TOKEN } from '../../server/config.ts';
import { MemoryRateCounter, RateLimiter, StoreRateCounter } from '../../handlers/ops/rate-limit.ts';
import { ChatClient } from '../../bin/lib/chat-client.ts';
import { MemoryStore } from '../../src/stores/store.ts';
import { removeTempDirs, tempDir } from '../support/helpers.ts';
import { startOps } from '../support/ops-support.ts';
import { KEYS } from '../support/wechat-support.ts';

afterAll(removeTempDirs);

const POLITE = /提问过于频繁，请稍后再试/;
const QUESTION = '武汉医保结算什么时候恢复';

describe('per-sender rate limit (default 30 a minute)', () => {
  it('WeChat: the 31st message gets the polite reply; a retry does not count; another sender is answered', async () => {
    const missed = join(tempDir(), 'missed.jsonl');
    const s = await startOps({ MISSED_LOG: missed, MISSED_SALT: 'x' });
    try {
      const a = new ChatClient({ url: s.url, channel: 'wechat', token: DEMO_WECHAT_TOKEN, mode: 'plain' });
      for (let i = 1; i <= 29; i++) expect((await a.ask(QUESTION)).text, `message ${i}`).toContain('12月31日');
      // message 30, and WeChat retrying it (same MsgId): answered once, counted once
      const thirtieth = a.prepare({ MsgType: 'text', Content: QUESTION });
      const first = await a.post(thirtieth);
      const retry = await a.post(thirtieth);
      expect(first.text).toContain('12月31日');
      expect(retry.raw).toBe(first.raw);

      const over = await a.ask(QUESTION);
      expect(over.status).toBe(200);
      expect(over.message?.MsgType).toBe('text');
      expect(over.text).toMatch(POLITE);
      expect(over.text).toContain('每分钟最多30条');

      const b = new ChatClient({ url: s.url, channel: 'wechat', token: DEMO_WECHAT_TOKEN, mode: 'plain' });
      expect((await b.ask(QUESTION)).text).toContain('12月31日');
      expect((await a.ask(QUESTION)).text).toMatch(POLITE); // still limited

      const metrics = await (await s.get('/metrics')).text();
      expect(metrics).toContain('cutover_rate_limited_total{channel="wechat"} 2');
      await s.running.flush();
      expect(() => readFileSync(missed, 'utf8')).toThrow(); // a limited message is not a missed question
      expect(s.logs().filter((l) => l.rateLimited === true)).toHaveLength(2);
    } finally {
      await s.close();
    }
  });

  it('WeCom: the same, sealed as WeCom replies are', async () => {
    const s = await startOps({ ...KEYS.wecom, MISSED_LOG: 'off', RATE_LIMIT_PER_MINUTE: '2' });
    try {
      const client = (user: string) =>
        new ChatClient({
          url: s.url,
          channel: 'wecom',
          token: KEYS.wecom.WECOM_TOKEN,
          aesKey: KEYS.wecom.WECOM_ENCODING_AES_KEY,
          receiverId: KEYS.wecom.WECOM_CORPID,
          user,
        });
      const zhang = client('zhangsan');
      await zhang.ask(QUESTION);
      await zhang.ask(QUESTION);
      const over = await zhang.ask(QUESTION);
      expect(over.status).toBe(200);
      expect(over.text).toMatch(POLITE);
      expect((await client('lisi').ask(QUESTION)).text).toContain('12月31日');
    } finally {
      await s.close();
    }
  });

  it('/api/ask: 600 a minute per address by default, so an evaluation of 600 questions from one machine is answered in full', async () => {
    const s = await startOps({ MISSED_LOG: 'off', LOG_LEVEL: 'silent' });
    try {
      for (let batch = 0; batch < 600; batch += 50) {
        const replies = await Promise.all(Array.from({ length: 50 }, (_, i) => s.ask(QUESTION, { session: `eval-${batch + i}` })));
        for (const r of replies) expect(r.answer).not.toMatch(POLITE);
      }
      expect((await s.ask(QUESTION, { session: 'eval-600' })).answer).toMatch(POLITE);
    } finally {
      await s.close();
    }
  });

  it('/api/ask with API_RATE_LIMIT_PER_MINUTE: by client address, whatever the session; a 200 with the polite answer and Retry-After', async () => {
    const s = await startOps({ MISSED_LOG: 'off', API_RATE_LIMIT_PER_MINUTE: '3' });
    try {
      // a new session on every request does not reset the allowance
      for (let i = 0; i < 3; i++) expect((await s.ask(QUESTION, { session: `s${i}` })).band).toBe('answer');
      const res = await s.get(`/api/ask?${new URLSearchParams({ q: QUESTION, session: 's-new' })}`);
      expect(res.status).toBe(200);
      expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
      const body = (await res.json()) as { answer: string; band: string; suggestions: string[] };
      expect(body.answer).toMatch(POLITE);
      expect(body.suggestions).toEqual([]);
      expect((await s.ask(QUESTION)).answer).toMatch(POLITE);
      // X-Forwarded-For is not trusted without TRUST_PROXY
      const spoofed = await s.get(`/api/ask?${new URLSearchParams({ q: QUESTION })}`, { 'X-Forwarded-For': '203.0.113.7' });
      expect(((await spoofed.json()) as { answer: string }).answer).toMatch(POLITE);
      // the agents' console is not limited
      for (let i = 0; i < 5; i++) expect((await s.get(`/console/api/ask?${new URLSearchParams({ q: QUESTION, session: 's1' })}`)).status).toBe(200);
      const agent = await s.get(`/console/api/ask?${new URLSearchParams({ q: QUESTION, session: 's1' })}`);
      expect(((await agent.json()) as { band: string }).band).toBe('answer');
    } finally {
      await s.close();
    }
  });

  it('behind a proxy (TRUST_PROXY=1) each client address has its own allowance; what the client wrote to the left does not count', async () => {
    const s = await startOps({ MISSED_LOG: 'off', API_RATE_LIMIT_PER_MINUTE: '1', TRUST_PROXY: '1' });
    try {
      const ask = async (forwarded: string) =>
        ((await (await s.get(`/api/ask?${new URLSearchParams({ q: QUESTION })}`, { 'X-Forwarded-For': forwarded })).json()) as { answer: string }).answer;
      expect(await ask('203.0.113.7')).not.toMatch(POLITE);
      expect(await ask('203.0.113.7')).toMatch(POLITE);
      expect(await ask('198.51.100.2')).not.toMatch(POLITE);
      // the client sends "X-Forwarded-For: <fake>", our proxy appends the address it saw
      expect(await ask('192.0.2.1, 203.0.113.7')).toMatch(POLITE);
      expect(await ask('192.0.2.99, 198.51.100.2')).toMatch(POLITE);
    } finally {
      await s.close();
    }
  });

  it('/api/ask over the limit: Retry-After, and the request log line says band and rateLimited (the request reaches the limit without any context of its own)', async () => {
    const s = await startOps({ MISSED_LOG: 'off', API_RATE_LIMIT_PER_MINUTE: '1' });
    try {
      const path = `/api/ask?${new URLSearchParams({ q: QUESTION })}`;
      const first = await s.get(path);
      expect(first.headers.get('retry-after')).toBeNull();
      const over = await s.get(path);
      expect(over.status).toBe(200);
      expect(((await over.json()) as { answer: string }).answer).toMatch(POLITE);
      expect(Number(over.headers.get('retry-after'))).toBeGreaterThan(0);
      const lines = s.logs().filter((l) => l.msg === 'request' && l.route === '/api/ask');
      expect(lines.map((l) => [l.channel, l.band, l.rateLimited])).toEqual([
        ['api', 'answer', undefined],
        ['api', undefined, true], // the polite reply is not an answer's band
      ]);
    } finally {
      await s.close();
    }
  });

  it('TRUST_PROXY=2 (a CDN, then our load balancer): the address the CDN saw is the client', async () => {
    const s = await startOps({ MISSED_LOG: 'off', API_RATE_LIMIT_PER_MINUTE: '1', TRUST_PROXY: '2' });
    try {
      const ask = async (forwarded: string) =>
        ((await (await s.get(`/api/ask?${new URLSearchParams({ q: QUESTION })}`, { 'X-Forwarded-For': forwarded })).json()) as { answer: string }).answer;
      expect(await ask('192.0.2.1, 203.0.113.7, 10.0.0.5')).not.toMatch(POLITE);
      expect(await ask('192.0.2.2, 203.0.113.7, 10.0.0.5')).toMatch(POLITE);
      expect(await ask('192.0.2.2, 198.51.100.2, 10.0.0.5')).not.toMatch(POLITE);
    } finally {
      await s.close();
    }
  });

  it('RATE_LIMIT_PER_MINUTE=0 turns it off', async () => {
    const s = await startOps({ MISSED_LOG: 'off', RATE_LIMIT_PER_MINUTE: '0' });
    try {
      const c = new ChatClient({ url: s.url, channel: 'wechat', token: DEMO_WECHAT_TOKEN, mode: 'plain' });
      for (let i = 0; i < 40; i++) expect((await c.ask(QUESTION)).text).not.toMatch(POLITE);
    } finally {
      await s.close();
    }
  });
});

describe('rate counters', () => {
  it('count from the first message of a window, which ends a minute later', async () => {
    let now = 1_000_000;
    const limiter = new RateLimiter(30, new MemoryRateCounter(100, () => now), () => now);
    for (let i = 0; i < 30; i++) expect((await limiter.check('u')).limited).toBe(false);
    now += 59_000;
    expect(await limiter.check('u')).toEqual({ limited: true, retryAfter: 1 });
    expect((await limiter.check('v')).limited).toBe(false);
    now += 1_000; // the window that began at the first message is over
    expect((await limiter.check('u')).limited).toBe(false);
  });

  it('over a KeyValueStore (shared by instances) count every hit of one process, even at once', async () => {
    const counter = new StoreRateCounter(new MemoryStore());
    const counts = await Promise.all(Array.from({ length: 40 }, () => counter.hit('same', 60)));
    expect(counts.map((c) => c.count).sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
  });

  it('in memory stay bounded', async () => {
    const counter = new MemoryRateCounter(10);
    for (let i = 0; i < 100; i++) await counter.hit(`k${i}`, 60);
    expect((await counter.hit('k0', 60)).count).toBe(1); // forgotten, so counted afresh
    expect((await counter.hit('k99', 60)).count).toBe(2);
  });
});
