// Fuzz: ≥ 10,000 random and mutated requests against /wechat (plain + safe mode,
// and a plain-only account), /wecom and /api/ask on loopback servers running in
// child processes, 32 in flight. Then: no 5xx, no hang, no crash, the servers
// still answer correctly, and their heap after a forced GC has not grown past a
// generous bound.
//
// Replay a run with FUZZ_SEED=<seed> (printed at the start); FUZZ_COUNT changes
// how many requests are sent.
import { createHash } from 'node:crypto';
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChatClient } from '../../bin/lib/chat-client.ts';
import { buildXml } from '../../handlers/wechat/xml.ts';
import { fuzzCase, Gen, type FuzzRequest, type FuzzTarget } from '../support/fuzz-cases.ts';
import { sendRequest, type Outcome } from '../support/fuzz-send.ts';
import { spawnServer, type ChildServer } from '../support/spawn-server.ts';
import { KEYS } from '../support/wechat-support.ts';

const SEED = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
const COUNT = Number(process.env.FUZZ_COUNT ?? 12_000);
const CONCURRENCY = 32;
const TIMEOUT_MS = 10_000; // the webhooks answer `success` by 4.5 s whatever happens
const MAX_BODY_BYTES = 64 * 1024;
/** heapUsed after GC may grow by this much (stores for sessions and WeChat retries are bounded, not empty) */
const HEAP_GROWTH_BOUND_MB = 64;
const MAX_FAILURES = Number(process.env.FUZZ_MAX_FAILURES ?? 20);
const PLAIN_TOKEN = 'plain-only-fuzz-token';

/** Every case gets its own generator, so one case can be rebuilt from (seed, index). */
const caseGen = (i: number) => new Gen((SEED ^ Math.imul(i + 1, 0x9e3779b1)) >>> 0);

interface Failure {
  i: number;
  req: FuzzRequest;
  out: Outcome;
}

const describeReq = (r: FuzzRequest) =>
  r.raw
    ? `RAW ${JSON.stringify(r.raw.toString('latin1').slice(0, 300))}`
    : `${r.method} ${r.path.slice(0, 300)} headers=${JSON.stringify(r.headers)} body=${JSON.stringify(r.body?.toString('utf8').slice(0, 300) ?? '')}`;

describe('fuzz', () => {
  let main: ChildServer;
  let plainOnly: ChildServer;
  let target: FuzzTarget;

  beforeAll(async () => {
    // ADMIN_TOKEN and CONSOLE_TOKEN set, so the admin API and the console refuse the fuzzer's guesses;
    // no API limit, so the fuzzed /api/ask requests are answered rather than politely refused
    const common = {
      API_RATE_LIMIT_PER_MINUTE: '0',
      SIGNATURE_MAX_AGE_SECONDS: '300',
      MAX_BODY_BYTES: String(MAX_BODY_BYTES),
      MENU_QUESTIONS: JSON.stringify({ WH_RESUME: '武汉医保结算什么时候恢复' }),
      ADMIN_TOKEN: 'fuzz-admin-token-0123456789abcdef',
      CONSOLE_TOKEN: 'fuzz-console-token-0123456789',
    };
    [main, plainOnly] = await Promise.all([
      spawnServer({ ...KEYS.wechat, WECHAT_MODE: 'compatible', ...KEYS.wecom, ...common }), // compatible: plain and sealed both reach the core
      spawnServer({ WECHAT_TOKEN: PLAIN_TOKEN, ...common }),
    ]);
    target = {
      main: main.url,
      plainOnly: plainOnly.url,
      wechat: { token: KEYS.wechat.WECHAT_TOKEN, aesKey: KEYS.wechat.WECHAT_ENCODING_AES_KEY, id: KEYS.wechat.WECHAT_APPID },
      wecom: { token: KEYS.wecom.WECOM_TOKEN, aesKey: KEYS.wecom.WECOM_ENCODING_AES_KEY, id: KEYS.wecom.WECOM_CORPID },
      plainToken: PLAIN_TOKEN,
    };
  });
  afterAll(async () => {
    await Promise.all([main?.stop(), plainOnly?.stop()]);
  });

  async function knownAnswer(base: string): Promise<string> {
    const res = await fetch(
      `${base}/api/ask?q=${encodeURIComponent('武汉医保结算什么时候恢复')}&at=2021-12-12T10:00&session=known-${Math.random().toString(36).slice(2)}`,
    );
    expect(res.status).toBe(200);
    return ((await res.json()) as { answer: string }).answer;
  }

  it(`survives ${COUNT} random and mutated requests (seed ${SEED})`, async () => {
    console.log(`fuzz: FUZZ_SEED=${SEED} FUZZ_COUNT=${COUNT}`);
    // warm up, then the baseline heap
    for (const s of [main, plainOnly]) expect(await knownAnswer(s.url)).toContain('12月31日23:00');
    const before = await Promise.all([main.memory(), plainOnly.memory()]);
    expect(before[0].gc).toBe(true);

    const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
    const failures: Failure[] = [];
    const statuses = new Map<string, number>();
    const kinds = new Map<string, number>();
    const byKind = new Map<string, number>();
    const tally = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
    let next = 0;
    let slowest = 0;
    const t0 = performance.now();

    async function worker(): Promise<void> {
      while (next < COUNT && failures.length < MAX_FAILURES) {
        const i = next++;
        const req = fuzzCase(caseGen(i), target, MAX_BODY_BYTES);
        tally(kinds, req.kind.split(' ').slice(0, 2).join(' '));
        let out = await sendRequest(req, agent, TIMEOUT_MS);
        // a keep-alive socket closed under us is the client's race, not a server fault: once more on a fresh one
        if (out.error && !req.raw && !req.mayDrop && out.error !== 'TIMEOUT') out = await sendRequest(req, new http.Agent({ keepAlive: false }), TIMEOUT_MS);
        slowest = Math.max(slowest, out.ms);
        const outcome = out.status ? String(out.status) : (out.error ?? '?');
        tally(statuses, outcome);
        tally(byKind, `${req.kind.split(' ').slice(0, 2).join(' ')} → ${outcome}`);
        const bad =
          (out.status !== undefined && out.status >= 500) ||
          out.error === 'TIMEOUT' ||
          out.error === 'ECONNREFUSED' ||
          (out.error !== undefined && !req.raw && !req.mayDrop && !out.error.startsWith('CLIENT:'));
        if (bad) failures.push({ i, req, out });
      }
    }
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    agent.destroy();
    const seconds = (performance.now() - t0) / 1000;

    console.log(`fuzz: ${next} requests in ${seconds.toFixed(1)} s (${Math.round(next / seconds)}/s), slowest ${slowest.toFixed(0)} ms`);
    console.log(`fuzz: outcomes ${JSON.stringify(Object.fromEntries([...statuses].sort()))}`);
    console.log(`fuzz: cases ${JSON.stringify(Object.fromEntries([...kinds].sort()))}`);
    if (process.env.FUZZ_VERBOSE) console.log(`fuzz: by case ${JSON.stringify(Object.fromEntries([...byKind].sort()), null, 1)}`);
    for (const f of failures)
      console.log(`fuzz FAILURE case #${f.i} (${f.req.kind}) → ${f.out.status ?? f.out.error} ${f.out.snippet ?? ''}\n  ${describeReq(f.req)}`);
    for (const [name, s] of [
      ['main', main],
      ['plain-only', plainOnly],
    ] as const) {
      const lines = new Map<string, number>();
      for (const line of s.errors()) {
        const key = line.replace(/"(time|pid|hostname|reqId|id|ms|durationMs)":[^,}]*,?/g, '').slice(0, 240);
        lines.set(key, (lines.get(key) ?? 0) + 1);
      }
      if (lines.size) console.log(`fuzz: ${name} server reported errors (by line):\n${[...lines].map(([l, n]) => `  ${n} × ${l}`).join('\n')}`);
    }

    // memory back within bounds (measured before any assertion, so a failing run still reports it)
    const alive = main.alive() && plainOnly.alive();
    const after = alive ? await Promise.all([main.memory(), plainOnly.memory()]) : undefined;
    const mb = (n: number) => n / 2 ** 20;
    const growth = ['main', 'plain-only'].map((name, k) => {
      if (!after) return 0;
      console.log(
        `fuzz: ${name} heapUsed ${mb(before[k]!.heapUsed).toFixed(1)} → ${mb(after[k]!.heapUsed).toFixed(1)} MB, rss ${mb(before[k]!.rss).toFixed(0)} → ${mb(after[k]!.rss).toFixed(0)} MB`,
      );
      return mb(after[k]!.heapUsed - before[k]!.heapUsed);
    });

    // no crash: both servers still run and answer
    expect(main.exit, `main server exited: ${main.stderr().slice(-2000)}`).toBeUndefined();
    expect(plainOnly.exit, `plain-only server exited: ${plainOnly.stderr().slice(-2000)}`).toBeUndefined();
    expect(failures.map((f) => `#${f.i} ${f.req.kind} → ${f.out.status ?? f.out.error}`)).toEqual([]);
    // a core failure inside a webhook is answered with an apology (200), so only the log tells
    const hidden = [main, plainOnly].flatMap((s) => s.errors().filter((l) => /answering failed/.test(l)));
    expect(hidden, 'the core threw while answering a webhook message (the user got the apology)').toEqual([]);
    expect(next).toBeGreaterThanOrEqual(Math.min(COUNT, 10_000));
    for (const g of growth) expect(g).toBeLessThan(HEAP_GROWTH_BOUND_MB);
  });

  // WeChat's openids are 28 characters and MsgIds 64-bit numbers, but nothing stops a
  // sender from making them 30 KB: in plain mode the signature covers only
  // (token, timestamp, nonce), so one captured URL can be replayed with any body for
  // SIGNATURE_MAX_AGE_SECONDS. The stores are bounded by entry count, so their bytes
  // must not scale with what a sender puts in an id.
  it('keeps memory bounded when senders use huge ids (FromUserName, MsgId)', async () => {
    const N = 1500;
    const SIZE = 30_000;
    const before = await plainOnly.memory();
    const agent = new http.Agent({ keepAlive: true, maxSockets: 16 });
    const statuses = new Map<number, number>();
    let next = 0;
    const ts = String(Math.floor(Date.now() / 1000));
    const sig = createHash('sha1').update([PLAIN_TOKEN, ts, '1'].sort().join('')).digest('hex');
    await Promise.all(
      Array.from({ length: 16 }, async () => {
        while (next < N) {
          const k = next++;
          const body = buildXml({
            ToUserName: 'gh_cutover0demo',
            FromUserName: `o${k}${'x'.repeat(SIZE)}`,
            CreateTime: Number(ts),
            MsgType: 'text',
            Content: '你好',
            MsgId: `${k}${'9'.repeat(SIZE)}`,
          });
          const out = await sendRequest(
            {
              kind: 'huge ids',
              base: plainOnly.url,
              method: 'POST',
              path: `/wechat?signature=${sig}&timestamp=${ts}&nonce=1`,
              headers: { 'content-type': 'text/xml' },
              body: Buffer.from(body),
            },
            agent,
            TIMEOUT_MS,
          );
          statuses.set(out.status ?? 0, (statuses.get(out.status ?? 0) ?? 0) + 1);
        }
      }),
    );
    agent.destroy();
    const after = await plainOnly.memory();
    const growth = (after.heapUsed - before.heapUsed) / 2 ** 20;
    console.log(
      `fuzz: ${N} messages with ${SIZE / 1000} KB ids → ${JSON.stringify(Object.fromEntries(statuses))}; heapUsed ${(before.heapUsed / 2 ** 20).toFixed(1)} → ${(after.heapUsed / 2 ** 20).toFixed(1)} MB`,
    );
    expect(plainOnly.alive()).toBe(true);
    expect([...statuses.keys()].every((s) => s > 0 && s < 500)).toBe(true);
    expect(growth).toBeLessThan(HEAP_GROWTH_BOUND_MB);
  });

  it('still answers correctly afterwards, on every surface', async () => {
    const health = await fetch(`${main.url}/healthz`);
    expect(health.status).toBe(200);
    expect(((await health.json()) as { ok: boolean }).ok).toBe(true);
    expect(await knownAnswer(main.url)).toContain('12月31日23:00');
    expect(await knownAnswer(plainOnly.url)).toContain('12月31日23:00');

    const at = new Date('2021-12-12T10:00:00+08:00');
    const wechat = new ChatClient({
      url: main.url,
      channel: 'wechat',
      token: KEYS.wechat.WECHAT_TOKEN,
      aesKey: KEYS.wechat.WECHAT_ENCODING_AES_KEY,
      receiverId: KEYS.wechat.WECHAT_APPID,
      mode: 'safe',
    });
    expect((await wechat.ask('武汉医保结算什么时候恢复', { at })).text).toContain('12月31日23:00');
    const plain = new ChatClient({ url: plainOnly.url, channel: 'wechat', token: PLAIN_TOKEN, mode: 'plain' });
    expect((await plain.ask('武汉医保结算什么时候恢复', { at })).text).toContain('12月31日23:00');
    const wecom = new ChatClient({
      url: main.url,
      channel: 'wecom',
      token: KEYS.wecom.WECOM_TOKEN,
      aesKey: KEYS.wecom.WECOM_ENCODING_AES_KEY,
      receiverId: KEYS.wecom.WECOM_CORPID,
    });
    expect((await wecom.ask('武汉医保结算什么时候恢复', { at })).text).toContain('12月31日23:00');
  });
});
