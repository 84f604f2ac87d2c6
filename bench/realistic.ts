// The realistic load (bench/load-mix.ts) against the service, in one run with its two
// yardsticks: bare koa "hello" and the protocol floor (bench/floor-app.ts). Prints
// req/s, the ratios against the targets with a verdict, and the service's RSS
// after the load and once settled. Each server runs in a child process; autocannon runs
// here. The service runs as production runs it (built: `npm run serve`, bin/build.mjs
// first); the two yardsticks run from source (test/support/child-server.ts under tsx).
//
//   npx tsx bench/realistic.ts [--seconds 5] [--connections 50] [--knowledge DIR]
//
// --knowledge: the service serves that folder (e.g. a 300-city synthetic knowledge written by
// bench/synthetic.ts, which holds the two seed notices the mix asks about) instead of knowledge/.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon, { type Request } from 'autocannon';
import { spawnServer } from '../test/support/spawn-server.ts';
import { KEYS } from '../test/support/wechat-support.ts';
import { buildTree, withBuiltService } from './built-service.ts';
import { apiPaths, messages, MIX, sealedWebhook } from './load-mix.ts';
import { rssMB, settle } from './memory.ts';
import { isMain } from './is-main.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

export interface LoadRow {
  name: string;
  reqPerSec: number;
  p50: number;
  p99: number;
  /** errors, timeouts and non-2xx answers */
  failed: number;
  /** the yardsticks: after a forced GC; the service: as it is right after the row (VmRSS) */
  rssMB: number;
}

export interface LoadFigures {
  rows: LoadRow[];
  seconds: number;
  connections: number;
  verdicts: { name: string; ratio: number; target: number; met: boolean }[];
  /** the service's RSS once idle after the load (VmRSS, sampled each second until it stops moving) */
  settled: { mb: number; afterS: number };
}

const SERVICE_ENV = { ...KEYS.wechat, SIGNATURE_MAX_AGE_SECONDS: '0', RATE_LIMIT_PER_MINUTE: '0', API_RATE_LIMIT_PER_MINUTE: '0' };
export const TARGETS = { webhookPerFloor: 0.8, apiPerKoa: 0.35, settledRssMB: 150 };

/** each request once, in order, whichever connection asks (so every MsgId is new) */
function inTurn(list: Request[]): Request[] {
  let i = 0;
  return [{ setupRequest: (req): Request => ({ ...req, ...list[i++ % list.length]! }) }];
}

/** A server under load: where it listens and its resident memory after a row. */
interface Measured {
  url: string;
  rssMB(): Promise<number>;
}

async function measure(name: string, server: Measured, requests: Request[], seconds: number, connections: number): Promise<LoadRow> {
  await autocannon({ url: server.url, connections: Math.min(10, connections), duration: 1, requests }); // warm-up: JIT
  const r = await autocannon({ url: server.url, connections, duration: seconds, requests });
  return { name, reqPerSec: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, failed: r.errors + r.timeouts + r.non2xx, rssMB: await server.rssMB() };
}

/** A yardstick (CHILD_APP) from source, its RSS after a forced GC. */
async function withServer<T>(env: Record<string, string>, run: (s: Measured) => Promise<T>): Promise<T> {
  const server = await spawnServer(env, { stdout: 'ignore' });
  try {
    return await run({ url: server.url, rssMB: async () => (await server.memory()).rss / 2 ** 20 });
  } finally {
    await server.stop();
  }
}

export async function measureRealisticLoad({ seconds = 5, connections = 50, knowledge = '' } = {}): Promise<LoadFigures> {
  // enough messages that none repeats at several thousand per second (warm-up included)
  const mix = messages((seconds + 1) * 6000);
  const rows: LoadRow[] = [];
  rows.push(await withServer({ CHILD_APP: 'hello' }, (s) => measure('bare koa "hello"', s, [{ method: 'GET', path: '/' }], seconds, connections)));
  const post = (r: { path: string; body: string }): Request => ({
    method: 'POST',
    path: r.path,
    headers: { 'content-type': 'text/xml; charset=utf-8' },
    body: r.body,
  });
  rows.push(
    await withServer({ ...KEYS.wechat, CHILD_APP: 'floor' }, (s) =>
      measure('the protocol floor (koa + @wecom/crypto + fast-xml-parser, fixed reply)', s, inTurn(sealedWebhook(s.url, mix).map(post)), seconds, connections),
    ),
  );
  buildTree(ROOT);
  const env = knowledge ? { ...SERVICE_ENV, KNOWLEDGE_DIR: resolve(knowledge) } : SERVICE_ENV;
  const settled = await withBuiltService(ROOT, env, async (built) => {
    const s = { ...built, rssMB: async () => rssMB(built.pid) };
    rows.push(await measure('GET /api/ask, realistic mix', s, inTurn(apiPaths(mix).map((path) => ({ method: 'GET', path }))), seconds, connections));
    rows.push(
      await measure(
        'POST /wechat (safe mode), realistic mix',
        s,
        inTurn(sealedWebhook(s.url, messages((seconds + 1) * 6000, 15)).map(post)),
        seconds,
        connections,
      ),
    );
    return settle(s.pid);
  });
  const [koa, floor, api, webhook] = rows.map((r) => r.reqPerSec) as [number, number, number, number];
  const verdicts = [
    { name: 'encrypted webhook / protocol floor', ratio: webhook / floor, target: TARGETS.webhookPerFloor },
    { name: 'GET /api/ask / bare koa', ratio: api / koa, target: TARGETS.apiPerKoa },
  ].map((v) => ({ ...v, met: v.ratio >= v.target }));
  return { rows, seconds, connections, verdicts, settled };
}

export function loadSection(out: (s?: string) => void, f: LoadFigures): void {
  out(
    `## Realistic load (bench/realistic.ts: ${MIX.distinct} distinct questions drawn Zipf-like, ${MIX.senders} senders, new MsgIds, ${MIX.followUpShare * 100} % follow-ups; autocannon, ${f.connections} connections, ${f.seconds} s per row after a 1 s warm-up; each server in its own process)`,
  );
  out();
  out('| row | req/s | latency p50 / p99 | failed | server RSS after |');
  out('|---|---|---|---|---|');
  for (const r of f.rows) out(`| ${r.name} | ${Math.round(r.reqPerSec)} | ${r.p50} / ${r.p99} ms | ${r.failed} | ${Math.round(r.rssMB)} MB |`);
  out();
  out('| target | ratio | verdict |');
  out('|---|---|---|');
  for (const v of f.verdicts) out(`| ${v.name} ≥ ${v.target}× | ${v.ratio.toFixed(3)}× | ${v.met ? '✅ met' : '❌ missed'} |`);
  const rss = f.settled.mb;
  out(
    `| service RSS under the load, settled (built, idle ${f.settled.afterS} s after the load) ≤ ${TARGETS.settledRssMB} MB | ${Math.round(rss)} MB | ${rss <= TARGETS.settledRssMB ? '✅ met' : '❌ missed'} |`,
  );
  out();
  out(
    'The service rows run the built service (`npm run serve`), its RSS read from /proc as it is right after each row; the yardsticks run from source, their RSS after a forced GC. One run on a shared machine: expect ±20 % between runs.',
  );
}

if (isMain('realistic')) {
  const args = process.argv.slice(2);
  const flag = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const knowledge = flag('--knowledge') ?? '';
  const figures = await measureRealisticLoad({ seconds: Number(flag('--seconds') ?? 5), connections: Number(flag('--connections') ?? 50), knowledge });
  if (knowledge) console.log(`The service served ${knowledge}.\n`);
  loadSection((s = '') => console.log(s), figures);
}
