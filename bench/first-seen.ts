// CPU time and bytes allocated per first-seen answer, on texts never asked before: each distinct
// text of the question sets once, at its own moment, on a freshly built engine (no per-load cache
// has seen its terms), after bench/answer.ts's warm-up on its pool. Rows: the whole ask (answer
// cache on, as the "novel" row of bench/answer.ts), respond alone (the understanding read first,
// untimed), and the first page (fitting and the reply text). For whoever makes a first-seen answer
// cheaper; prints figures, asserts nothing.
//
//   npx tsx bench/first-seen.ts [knowledgeDir] [--passes 6] [--new-minute]
//
// Bytes come from V8's own count (`--trace-gc-nvp`'s allocated=, summed between two forced GCs):
// the script runs itself in a child with those flags. --new-minute asks bench/answer.ts's pool
// texts again at a minute not seen (the firstSeen row) instead of never-asked texts.
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import { DateTime } from 'luxon';
import { createAssistant } from '../src/assistant.ts';
import { firstPage } from '../src/conversation/paging.ts';
import { buildEngine } from '../src/conversation/engine.ts';
import { loadKnowledge } from '../src/knowledge/load.ts';
import { respond } from '../src/respond/respond.ts';
import { ZONE } from '../src/time/zone.ts';
import { understand } from '../src/understand/index.ts';
import { normalize } from '../src/understand/normalize.ts';
import { cases as set1 } from '../test/questions/cases.ts';
import { cases as set2 } from '../test/questions/cases-2.ts';
import { cases as set3 } from '../test/questions/cases-3.ts';
import { cases as set4 } from '../test/questions/cases-4.ts';
import { cases as set5 } from '../test/questions/cases-5.ts';
import { questionsFor } from './answer.ts';

const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const passes = Number(flag('--passes') ?? 6);
const newMinute = args.includes('--new-minute') && !!args.splice(args.indexOf('--new-minute'), 1);
const dir = args[0] ?? 'knowledge';

if (!globalThis.gc) {
  // the parent: run the measuring child with V8's GC trace, and read its byte counts
  const child = spawnSync(
    process.execPath,
    ['--expose-gc', '--trace-gc-nvp', '--import', 'tsx', process.argv[1]!, dir, '--passes', String(passes), ...(newMinute ? ['--new-minute'] : [])],
    { encoding: 'utf8', maxBuffer: 1 << 28 },
  );
  if (child.status !== 0) throw new Error(child.stderr);
  const bytes = new Map<string, number>();
  let open: string | undefined;
  for (const line of child.stdout.split('\n')) {
    if (line.startsWith('@@begin ')) open = line.slice(8);
    else if (line.startsWith('@@end ')) open = undefined;
    else if (open && line.includes('allocated=')) bytes.set(open, (bytes.get(open) ?? 0) + Number(/ allocated=(\d+)/.exec(line)?.[1] ?? 0));
  }
  console.log(
    `load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  for (const line of child.stdout.split('\n').filter((l) => l.startsWith('@@row '))) {
    const [, label, n, cpuUs, p50] = line.split('\t');
    const kb = (bytes.get(label!) ?? 0) / Number(n) / 1024;
    console.log(
      `${label!.padEnd(34)} ${Number(cpuUs).toFixed(1).padStart(7)} µs CPU ${kb.toFixed(1).padStart(7)} KB allocated per answer, wall p50 ${Number(p50).toFixed(0)} µs (n ${n})`,
    );
  }
  process.exit(0);
}

const kb = loadKnowledge(dir);
const pool = questionsFor(kb);
const texts: { text: string; at: DateTime }[] = [];
if (newMinute) {
  for (let i = 0; i < 700; i++) {
    const q = pool[i % pool.length]!;
    texts.push({ text: q.text, at: DateTime.fromISO(q.at, { zone: ZONE }).plus({ minutes: 1000 + i }) });
  }
} else {
  const seen = new Set(pool.map((q) => q.text));
  for (const c of [set1, set2, set3, set4, set5].flat()) {
    if (seen.has(c.q)) continue;
    seen.add(c.q);
    texts.push({ text: c.q, at: DateTime.fromISO(c.at, { zone: ZONE }) });
  }
}

const totals = new Map<string, { n: number; us: number }>();
/** wall µs of each text, per row (its p50 beside the mean CPU) */
const walls = new Map<string, number[]>();
/** runs fn over the texts, CPU-timed, between two forced GCs and the markers the parent reads */
function measure(label: string, fn: (i: number) => unknown): void {
  globalThis.gc!();
  process.stdout.write(`@@begin ${label}\n`);
  const wall = walls.get(label) ?? [];
  walls.set(label, wall);
  const c0 = process.cpuUsage();
  for (let i = 0; i < texts.length; i++) {
    const t0 = performance.now();
    fn(i);
    wall.push((performance.now() - t0) * 1000);
  }
  const c = process.cpuUsage(c0);
  globalThis.gc!();
  process.stdout.write(`@@end ${label}\n`);
  const t = totals.get(label) ?? { n: 0, us: 0 };
  totals.set(label, { n: t.n + texts.length, us: t.us + c.user + c.system });
}

async function warmed() {
  const bot = await createAssistant({ knowledge: kb });
  for (let i = 0; i < 500; i++)
    await bot.ask({ text: pool[i % pool.length]!.text, at: DateTime.fromISO(pool[i % pool.length]!.at, { zone: ZONE }).plus({ minutes: i }) });
  return bot;
}

for (let p = 0; p < passes; p++) {
  // the whole ask, with the answer cache (a miss each time): ask() is async only at the store, which is in memory
  const bot = await warmed();
  const replies: Promise<unknown>[] = [];
  measure('the whole ask (cache on)', (i) => replies.push(bot.ask(texts[i]!)));
  await Promise.all(replies);

  // respond alone on a fresh engine, warmed the same way; the understanding read first
  const e = buildEngine(kb);
  for (let i = 0; i < 500; i++) {
    const q = pool[i % pool.length]!;
    const at = DateTime.fromISO(q.at, { zone: ZONE });
    const u = understand(normalize(q.text), at, e.understandCtx);
    respond(u, { kb, retriever: e.retriever, at, cities: [...new Set(u.places.map((pl) => pl.city))] });
  }
  const read = texts.map((q) => understand(normalize(q.text), q.at, e.understandCtx));
  const composed: ReturnType<typeof respond>[] = [];
  measure('respond (retrieval to lines)', (i) => {
    const u = read[i]!;
    composed.push(respond(u, { kb, retriever: e.retriever, at: texts[i]!.at, cities: [...new Set(u.places.map((pl) => pl.city))] }));
  });
  measure('first page (fit, reply text)', (i) => firstPage(composed[i]!, 2000));
}
for (const [label, t] of totals) {
  const sorted = walls.get(label)!.sort((a, b) => a - b);
  process.stdout.write(`@@row \t${label}\t${t.n}\t${t.us / t.n}\t${sorted[sorted.length >> 1]}\n`);
}
