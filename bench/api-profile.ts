import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon, { type Request } from 'autocannon';
import { spawnServer } from '../test/support/spawn-server.ts';
import { KEYS } from '../test/support/wechat-support.ts';
import { apiPaths, messages, sealedWebhook } from './load-mix.ts';
import { buildTree, withBuiltService } from './built-service.ts';

const HERE = fileURLToPath(new URL('..', import.meta.url));
const SERVICE_ENV = { ...KEYS.wechat, SIGNATURE_MAX_AGE_SECONDS: '0', RATE_LIMIT_PER_MINUTE: '0', API_RATE_LIMIT_PER_MINUTE: '0' };
const TICK_US = 1e6 / 100; // /proc/<pid>/stat counts clock ticks (USER_HZ, 100 on Linux)

/** user and system CPU of a process so far, in µs */
function cpuUs(pid: number): { user: number; system: number } {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return { user: Number(fields[11]) * TICK_US, system: Number(fields[12]) * TICK_US }; // utime, stime (fields 14 and 15 of stat)
}

function inTurn(list: Request[]): Request[] {
  let i = 0;
  return [{ setupRequest: (req): Request => ({ ...req, ...list[i++ % list.length]! }) }];
}

interface Run {
  reqPerSec: number;
  cpuUsPerRequest: number;
  /** the kernel's part of it (system calls: the socket, the log line) */
  systemUsPerRequest: number;
  profile?: string;
}

/** req/s and CPU µs per request of a server (pid) under the load. */
/** How long a load lasts: seconds, or a number of requests (the same work for every tree, however busy the machine). */
type Span = { seconds: number; warm: number } | { amount: number; warmAmount: number };

async function load(url: string, pid: number, requests: Request[], span: Span): Promise<Run> {
  const [warm, measured] = 'amount' in span ? [{ amount: span.warmAmount }, { amount: span.amount }] : [{ duration: span.warm }, { duration: span.seconds }];
  await autocannon({ url, connections: 10, requests, ...warm }); // warm-up: JIT (and, longer, the answer cache)
  const cpu0 = cpuUs(pid);
  const r = await autocannon({ url, connections: 50, requests, ...measured });
  const cpu1 = cpuUs(pid);
  if (r.errors + r.timeouts + r.non2xx) throw new Error(`${r.errors + r.timeouts + r.non2xx} requests failed`);
  const n = r.requests.total;
  return {
    reqPerSec: r.requests.average,
    cpuUsPerRequest: (cpu1.user + cpu1.system - cpu0.user - cpu0.system) / n,
    systemUsPerRequest: (cpu1.system - cpu0.system) / n,
  };
}

/** The yardstick of bench/realistic.ts: bare koa "hello", from source. */
async function bareKoa(span: Span, bytes?: string): Promise<Run> {
  const server = await spawnServer({ CHILD_APP: 'hello', ...(bytes && { HELLO_BYTES: bytes }) }, { stdout: 'ignore' });
  try {
    return await load(server.url, server.child.pid!, [{ method: 'GET', path: '/' }], span);
  } finally {
    await server.stop();
  }
}

async function runOnce(tree: string, env: Record<string, string>, span: Span, profileDir?: string): Promise<Run> {
  const nodeArgs = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  return withBuiltService(
    tree,
    { ...SERVICE_ENV, ...env },
    (s) => {
      const count = 'amount' in span ? span.amount + span.warmAmount : (span.seconds + span.warm) * 6000;
      const requests: Request[] = values.webhook
        ? sealedWebhook(s.url, messages(count, 15)).map(({ path, body }) => ({
            method: 'POST',
            path,
            body,
            headers: { 'content-type': 'text/xml; charset=utf-8' },
          }))
        : apiPaths(messages(count)).map((path) => ({ method: 'GET', path }));
      return load(s.url, s.pid, inTurn(requests), span);
    },
    nodeArgs,
  );
}

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

const fn = (name: string, file?: string) => (n: Node) => n.callFrame.functionName === name && (!file || n.callFrame.url.includes(file));
const inPackage = (pkg: string) => (n: Node) => n.callFrame.url.includes(`node_modules/${pkg}/`);
/** What a request's CPU is spent on, told by a function on the sample's stack (the first part that matches). */
const PARTS: [string, (n: Node) => boolean][] = [
  ['idle', fn('(idle)')],
  ['garbage collector', fn('(garbage collector)')],
  ['answering (a cache miss)', fn('messageIn')],
  ['answer cache lookup (a hit)', fn('through')],
  ['request log line (pino)', (n) => inPackage('pino')(n) || inPackage('@pinojs/redact')(n)],
  ['metrics (prom-client)', inPackage('prom-client')],
  ['session store', (n) => ['live', 'put', 'sessionKey'].includes(n.callFrame.functionName)],
  ['JSON body', fn('apiAnswerBody')],
  ['query parameters', fn('askParams')],
  ['writing the response', fn('respond', 'koa/lib/application')],
];

/** The functions with the most self time, and a few totals, from a .cpuprofile. */
function summarise(file: string, top = 40): void {
  const p = JSON.parse(readFileSync(file, 'utf8')) as { nodes: Node[]; samples: number[]; timeDeltas: number[] };
  const self = new Map<number, number>();
  p.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (p.timeDeltas[i] ?? 0)));
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const name = (n: Node) =>
    `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.replace(/^.*\/(node_modules|dist)\//, '$1/')}:${n.callFrame.lineNumber + 1}`;
  const selfByName = new Map<string, number>();
  let total = 0;
  for (const [id, us] of self) {
    total += us;
    const k = name(byId.get(id)!);
    selfByName.set(k, (selfByName.get(k) ?? 0) + us);
  }
  // inclusive time per function name (counted once per sample even when recursive)
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const inclusive = new Map<string, number>();
  for (const [id, us] of self) {
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const k = name(byId.get(at)!);
      if (seen.has(k)) continue;
      seen.add(k);
      inclusive.set(k, (inclusive.get(k) ?? 0) + us);
    }
  }
  const pct = (us: number) => `${((100 * us) / total).toFixed(1).padStart(5)} %`;
  // each sample to the first part (in this order) with a function on its stack
  const parts = new Map<string, number>();
  const rest = new Map<string, number>();
  for (const [id, us] of self) {
    const stack: Node[] = [];
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) stack.push(byId.get(at)!);
    const part = PARTS.find(([, is]) => stack.some(is))?.[0] ?? 'the rest: node http, koa, router, middleware';
    parts.set(part, (parts.get(part) ?? 0) + us);
    if (part.startsWith('the rest')) rest.set(name(stack[0]!), (rest.get(name(stack[0]!)) ?? 0) + us);
  }
  console.log('  by part:');
  for (const [k, us] of [...parts].sort((a, b) => b[1] - a[1])) console.log(`  ${pct(us)}  ${k}`);
  console.log('  the rest, by function (self):');
  for (const [k, us] of [...rest].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${pct(us)}  ${k}`);
  console.log(`  self time (of ${(total / 1e6).toFixed(2)} s sampled):`);
  for (const [k, us] of [...selfByName].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${pct(us)}  ${k}`);
  console.log('  inclusive:');
  for (const [k, us] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${pct(us)}  ${k}`);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    seconds: { type: 'string', default: '5' },
    rounds: { type: 'string', default: '2' },
    /** seconds of warm-up at 10 connections; longer warms the answer cache too (then mostly hits are measured) */
    warm: { type: 'string', default: '1' },
    /** measure this many requests (after a tenth as many to warm up) instead of --seconds */
    amount: { type: 'string' },
    /** with --amount: requests to warm up with (default a tenth of --amount); the whole mix (36000) leaves mostly hits to measure */
    'warm-amount': { type: 'string' },
    /** bare koa again with a body of this many bytes (an answer's JSON is ~1–2 KB) */
    'koa-bytes': { type: 'string' },
    profile: { type: 'boolean', default: false },
    /** the sealed webhook (POST /wechat, safe mode, new MsgIds, as bench/realistic.ts sends it) instead of GET /api/ask */
    webhook: { type: 'boolean', default: false },
    /** run each tree's dist/ as it is (an edited copy, for an experiment) */
    'no-build': { type: 'boolean', default: false },
    /** only summarise a .cpuprofile written before */
    read: { type: 'string' },
  },
});
if (values.read) {
  summarise(values.read, 80);
  process.exit(0);
}
/** `DIR` or `DIR?K=V&K=V`: a tree, and environment for its service ("?LOG_LEVEL=warn": this tree so) */
const runs = [HERE, ...positionals].map((arg) => {
  const [dir, query] = arg.split('?');
  return { tree: resolve(dir || HERE), env: Object.fromEntries(new URLSearchParams(query ?? '')), name: arg };
});
const trees = [...new Set(runs.map((r) => r.tree))];
for (const tree of values['no-build'] ? [] : trees) buildTree(tree);
const span: Span = values.amount
  ? { amount: Number(values.amount), warmAmount: Number(values['warm-amount'] ?? Math.round(Number(values.amount) / 10)) }
  : { seconds: Number(values.seconds), warm: Number(values.warm) };
for (let round = 1; round <= Number(values.rounds); round++) {
  for (const bytes of values['koa-bytes'] ? [undefined, values['koa-bytes']] : [undefined]) {
    const koa = await bareKoa(span, bytes);
    console.log(
      `round ${round} bare koa "${bytes ? `${bytes} bytes` : 'hello'}": ${Math.round(koa.reqPerSec)} req/s, ${koa.cpuUsPerRequest.toFixed(0)} µs CPU per request (system ${koa.systemUsPerRequest.toFixed(0)})`,
    );
  }
  for (const { tree, env, name } of runs) {
    const dir = values.profile ? mkdtempSync(join(tmpdir(), 'api-profile-')) : undefined;
    const r = await runOnce(tree, env, span, dir);
    console.log(
      `round ${round} ${name}: ${Math.round(r.reqPerSec)} req/s, ${r.cpuUsPerRequest.toFixed(0)} µs CPU per request (system ${r.systemUsPerRequest.toFixed(0)})`,
    );
    if (dir) {
      const file = join(dir, readdirSync(dir).find((f) => f.endsWith('.cpuprofile'))!);
      console.log(`  profile: ${file}`);
      summarise(file);
    }
  }
}
