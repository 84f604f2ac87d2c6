// The realistic load (bench/load-mix.ts) against the service, in one run with its two
// yardsticks: bare koa "hello" and the protocol floor (bench/floor-app.ts). Prints
// req/s, the ratios against the targets with a verdict, and the service's RSS
// after the load and once settled. Each server runs in a child process; autocannon runs
// here. The service runs as production runs it (built: `npm run serve`, bin/build.mjs
// first); the two yardsticks run from source (test/support/child-server.ts under tsx).
//
//   npx tsx bench/realistic.ts [--seconds 5] [--connections 50] [--rounds 3] [--knowledge DIR]
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
import { percentile } from './stats.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

export interface LoadRow {
  name: string;
  /** the median of the rounds */
  reqPerSec: number;
  /** each round's */
  rounds: number[];
  p50: number;
  p99: number;
  /** errors, timeouts and non-2xx answers, over the rounds */
  failed: number;
  /** the yardsticks: after a forced GC; the service: as it is right after its last row (VmRSS) */
  rssMB: number;
}

export interface LoadFigures {
  rows: LoadRow[];
  seconds: number;
  connections: number;
  /** each target on the median of its per-round ratios (each round's pair measured one after the other) */
  verdicts: { name: string; ratio: number; rounds: number[]; target: number; met: boolean }[];
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

interface Round {
  reqPerSec: number;
  p50: number;
  p99: number;
  failed: number;
}

async function measure(server: Measured, requests: Request[], seconds: number, connections: number): Promise<Round> {
  await autocannon({ url: server.url, connections: Math.min(10, connections), duration: 1, requests }); // warm-up: JIT
  const r = await autocannon({ url: server.url, connections, duration: seconds, requests });
  return { reqPerSec: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, failed: r.errors + r.timeouts + r.non2xx };
}

/** the middle value: nearest rank, so the lower of the two middle ones for an even count (a verdict errs towards missed) */
function median(xs: number[]): number {
  const ascending = [...xs].sort((a, b) => a - b);
  return percentile(ascending, 50);
}

function row(name: string, rounds: Round[], rssMB: number): LoadRow {
  const last = rounds[rounds.length - 1]!;
  const reqs = rounds.map((r) => r.reqPerSec);
  return { name, reqPerSec: median(reqs), rounds: reqs, p50: last.p50, p99: last.p99, failed: rounds.reduce((n, r) => n + r.failed, 0), rssMB };
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

/**
 * `rounds` rounds, each measuring bare koa then the API, the floor then the webhook, all four
 * servers up: this machine's speed drifts by ±20 % within minutes, and a ratio of two rows taken
 * one after the other drifts less than rows taken a minute apart. A target is judged on the median
 * of its rounds' ratios.
 */
export async function measureRealisticLoad({ seconds = 5, connections = 50, knowledge = '', rounds = 3 } = {}): Promise<LoadFigures> {
  const post = (r: { path: string; body: string }): Request => ({
    method: 'POST',
    path: r.path,
    headers: { 'content-type': 'text/xml; charset=utf-8' },
    body: r.body,
  });
  // enough messages that none repeats at several thousand per second (warm-up included); new ones each round
  const count = (seconds + 1) * 6000;
  buildTree(ROOT);
  const env = knowledge ? { ...SERVICE_ENV, KNOWLEDGE_DIR: resolve(knowledge) } : SERVICE_ENV;
  return withServer({ CHILD_APP: 'hello' }, (koa) =>
    withServer({ ...KEYS.wechat, CHILD_APP: 'floor' }, (floor) =>
      withBuiltService(ROOT, env, async (built) => {
        const service = { ...built, rssMB: async () => rssMB(built.pid) };
        const runs: Round[][] = [[], [], [], []];
        for (let r = 0; r < Math.max(1, Math.floor(rounds) || 1); r++) {
          const mix = messages(count, 14 + 2 * r);
          runs[0]!.push(await measure(koa, [{ method: 'GET', path: '/' }], seconds, connections));
          runs[1]!.push(await measure(service, inTurn(apiPaths(mix).map((path) => ({ method: 'GET', path }))), seconds, connections));
          runs[2]!.push(await measure(floor, inTurn(sealedWebhook(floor.url, mix).map(post)), seconds, connections));
          runs[3]!.push(await measure(service, inTurn(sealedWebhook(service.url, messages(count, 15 + 2 * r)).map(post)), seconds, connections));
        }
        const serviceRss = await service.rssMB();
        const rows = [
          row('bare koa "hello"', runs[0]!, await koa.rssMB()),
          row('GET /api/ask, realistic mix', runs[1]!, serviceRss),
          row('the protocol floor (koa + @wecom/crypto + fast-xml-parser, fixed reply)', runs[2]!, await floor.rssMB()),
          row('POST /wechat (safe mode), realistic mix', runs[3]!, serviceRss),
        ];
        const ratio = (name: string, of: number, to: number, target: number) => {
          const each = runs[of]!.map((x, i) => x.reqPerSec / runs[to]![i]!.reqPerSec);
          const m = median(each);
          return { name, ratio: m, rounds: each, target, met: m >= target };
        };
        const verdicts = [
          ratio('encrypted webhook / protocol floor', 3, 2, TARGETS.webhookPerFloor),
          ratio('GET /api/ask / bare koa', 1, 0, TARGETS.apiPerKoa),
        ];
        return { rows, seconds, connections, verdicts, settled: await settle(built.pid) };
      }),
    ),
  );
}

export function loadSection(out: (s?: string) => void, f: LoadFigures): void {
  out(
    `## Realistic load (bench/realistic.ts: ${MIX.distinct} distinct questions drawn Zipf-like, ${MIX.senders} senders, new MsgIds, ${MIX.followUpShare * 100} % follow-ups; autocannon, ${f.connections} connections, ${f.seconds} s per row after a 1 s warm-up; each server in its own process)`,
  );
  out();
  const each = (xs: number[], digits: number) => xs.map((x) => x.toFixed(digits)).join(', ');
  out('| row | req/s (median) | each round | latency p50 / p99 (last round) | failed | server RSS after |');
  out('|---|---|---|---|---|---|');
  for (const r of f.rows)
    out(`| ${r.name} | ${Math.round(r.reqPerSec)} | ${each(r.rounds, 0)} | ${r.p50} / ${r.p99} ms | ${r.failed} | ${Math.round(r.rssMB)} MB |`);
  out();
  out('| target | ratio (median of the rounds) | each round | verdict |');
  out('|---|---|---|---|');
  for (const v of f.verdicts) out(`| ${v.name} ≥ ${v.target}× | ${v.ratio.toFixed(3)}× | ${each(v.rounds, 3)} | ${v.met ? '✅ met' : '❌ missed'} |`);
  const rss = f.settled.mb;
  out(
    `| service RSS under the load, settled (built, idle ${f.settled.afterS} s after the load) ≤ ${TARGETS.settledRssMB} MB | ${Math.round(rss)} MB | | ${rss <= TARGETS.settledRssMB ? '✅ met' : '❌ missed'} |`,
  );
  out();
  out(
    "Each round measures bare koa, the API, the floor and the webhook one after the other, all four servers up; a ratio is judged on the median of its rounds. The service rows run the built service (`npm run serve`), its RSS read from /proc right after its last row; the yardsticks run from source, their RSS after a forced GC. One run on a shared machine: one round's ratio moves by ±30 %.",
  );
}

if (isMain('realistic')) {
  const args = process.argv.slice(2);
  const flag = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const knowledge = flag('--knowledge') ?? '';
  const figures = await measureRealisticLoad({
    seconds: Number(flag('--seconds') ?? 5),
    connections: Number(flag('--connections') ?? 50),
    rounds: Number(flag('--rounds') ?? 3),
    knowledge,
  });
  if (knowledge) console.log(`The service served ${knowledge}.\n`);
  loadSection((s = '') => console.log(s), figures);
}
