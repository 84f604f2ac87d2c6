// CPU time per question, stage by stage (process.cpuUsage: steadier than wall time on a shared
// machine), on the questions of bench/answer.ts: normalise, cut into questions, hear (the sound
// step), understand (with hearing), retrieval (afresh, and the engine's, which keeps its searches:
// src/conversation/kept-searches.ts), respond; then the conversation
// around them: a turn (understood in the conversation, answered), the first page, the whole ask
// without the answer cache, and the whole ask with it, each at a minute not asked before (a miss:
// bench/answer.ts's "first seen" row). For whoever makes the answer faster; prints figures, asserts nothing.
//
//   npx tsx bench/stages.ts [knowledgeDir] [--rounds 300] [--only hear] [--novel] [--alloc]
//   --only: the rows whose label holds it
//   --novel: the texts of the question sets, each once per pass on a freshly loaded knowledge and
//            engine (no per-text cache has seen them: the novel row of bench/answer.ts), stage by stage
//   --sets: the same texts, each `rounds` times (warm: what a per-text cache saves is the gap to --novel)
//   --alloc: bytes allocated per question too (heap used before and after a pass, GC'd before it);
//            run with `node --expose-gc --min-semi-space-size=256 --max-semi-space-size=256 --import tsx`
//            so that no scavenge falls inside a pass (a pass that had one prints `gc!`)
import { PerformanceObserver } from 'node:perf_hooks';
import v8 from 'node:v8';
import type { DateTime } from 'luxon';
import { createAssistant } from '../src/assistant.ts';
import { buildEngine } from '../src/conversation/engine.ts';
import { understandCarrying } from '../src/conversation/carried-city.ts';
import { firstPage } from '../src/conversation/paging.ts';
import { answerTurn } from '../src/conversation/turn.ts';
import { loadKnowledge } from '../src/knowledge/load.ts';
import { buildRetriever } from '../src/retrieve/index.ts';
import { respond } from '../src/respond/respond.ts';
import { askedMoment } from '../src/time/zone.ts';
import { type Understanding, understand } from '../src/understand/index.ts';
import { normalize } from '../src/understand/normalize.ts';
import { splitQuestions } from '../src/understand/parts.ts';
import { novelTexts, questionsFor } from './answer.ts';

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 && !!args.splice(i, 1);
};
const rounds = Number(option('--rounds') ?? 300);
const only = option('--only');
const novel = flag('--novel');
const sets = flag('--sets');
const alloc = flag('--alloc');
const dir = args[0] ?? 'knowledge';

interface Question {
  typed: string;
  text: string;
  at: DateTime;
}
const asQuestion = (q: { text: string; at: string }): Question => ({ typed: q.text, text: normalize(q.text), at: askedMoment(q.at) });

type Row = [string, (q: Question, u: Understanding) => unknown];

/** what a row runs on: one knowledge, its engine, an assistant without the answer cache, the questions and (for the rows after understanding) how each was read */
async function setUp(label?: string) {
  const kb = loadKnowledge(dir);
  const e = buildEngine(kb);
  const afresh = buildRetriever(kb);
  const bot = await createAssistant({ knowledge: kb, answerCacheSize: 0 });
  const cached = await createAssistant({ knowledge: kb });
  // the minutes after each question's own, made before any pass (luxon's plus is not the answer's time)
  const later = new Map<Question, DateTime[]>();
  const atNewMinute = (q: Question) => {
    let minutes = later.get(q);
    if (!minutes?.length) later.set(q, (minutes = Array.from({ length: rounds * 4 + 8 }, (_, i) => q.at.plus({ minutes: 1 + i })).reverse()));
    return minutes.pop()!;
  };
  const pool = questionsFor(kb).map(asQuestion);
  const qs = novel || sets ? novelTexts(questionsFor(kb)).map(asQuestion) : pool;
  const cityOf = (u: Understanding) => [...new Set(u.places.map((p) => p.city))];
  const rows: Row[] = [
    ['normalise', (q) => normalize(q.typed)],
    ['cut into questions (splitQuestions)', (q) => splitQuestions(q.typed)],
    ['hear (the sound step)', (q) => e.understandCtx.sound.hear(q.text, () => undefined)],
    ['understand (with hearing)', (q) => understand(q.text, q.at, e.understandCtx)],
    ['retrieval afresh (search, the cities named)', (_, u) => afresh.search(u.topic, cityOf(u), 8)],
    ['retrieval, the engine’s (searches kept)', (_, u) => e.retriever.search(u.topic, cityOf(u), 8)],
    ['respond (with the engine’s retrieval)', (q, u) => respond(u, { kb, retriever: e.retriever, at: q.at, cities: cityOf(u) })],
    ['understand in the conversation (understandCarrying)', (q) => understandCarrying(q.text, q.at, e.understandCtx, e.sharedPlaces, () => undefined)],
    ['a turn (understood in the conversation, answered)', (q) => answerTurn(q.text, {}, q.at, e, undefined)],
    ['a turn and its first page', (q) => firstPage(answerTurn(q.text, {}, q.at, e, undefined).composed, 2000)],
    ['the whole ask (no answer cache)', (q) => bot.ask({ text: q.typed, at: q.at })],
    // a new minute each time: the answer cache misses, as for a text asked again a minute later
    ['the whole ask, first seen at a new minute', (q) => cached.ask({ text: q.typed, at: atNewMinute(q) })],
  ];
  const read = (list: Question[]) => (!label || label.startsWith('re') ? list.map((q) => understand(q.text, q.at, e.understandCtx)) : []);
  return { qs, pool, readQs: read(qs), readPool: read(pool), rows: rows.filter(([l]) => (!only || l.includes(only)) && (!label || l === label)) };
}

let gcs = 0;
if (alloc) new PerformanceObserver((list) => void (gcs += list.getEntries().length)).observe({ entryTypes: ['gc'] });
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

/** µs of CPU and bytes allocated per question over `times` passes of the questions */
async function pass(fn: Row[1], qs: Question[], read: Understanding[], times: number): Promise<{ us: number; bytes: number; gc: boolean }> {
  if (alloc) {
    globalThis.gc?.();
    await settle();
  }
  const gc0 = gcs;
  const h0 = alloc ? v8.getHeapStatistics().used_heap_size : 0;
  const c0 = process.cpuUsage();
  for (let k = 0; k < times; k++) for (let i = 0; i < qs.length; i++) await fn(qs[i]!, read[i]!);
  const c = process.cpuUsage(c0);
  const h = alloc ? v8.getHeapStatistics().used_heap_size - h0 : 0;
  if (alloc) await settle();
  return { us: (c.user + c.system) / (times * qs.length), bytes: h / (times * qs.length), gc: gcs > gc0 };
}

const show = (label: string, best: { us: number; bytes: number; gc: boolean }) =>
  console.log(
    `${label.padEnd(40)} ${best.us.toFixed(1).padStart(7)} µs${alloc ? `  ${(best.bytes / 1024).toFixed(1).padStart(7)} KB${best.gc ? ' gc!' : ''}` : ''}`,
  );
const fewest = <T extends { us: number }>(a: T, b: T): T => (b.us < a.us ? b : a);

if (!novel) {
  // the fastest of three passes, each `rounds` times over the questions, after a warm-up
  const { qs, readQs, rows } = await setUp();
  for (const [, fn] of rows) await pass(fn, qs, readQs, rounds);
  for (const [label, fn] of rows) {
    let best = await pass(fn, qs, readQs, rounds);
    for (let p = 1; p < 3; p++) best = fewest(best, await pass(fn, qs, readQs, rounds));
    show(label, best);
  }
} else {
  // each text once per pass, on a knowledge loaded afresh for each row and pass (its caches empty, its
  // closures warmed on the pool's questions first, as bench/answer.ts's novel row); the fastest of the passes after the first
  const passes = Math.max(3, Math.min(rounds, 6));
  const labels = (await setUp()).rows.map(([l]) => l);
  const results = new Map<string, { us: number; bytes: number; gc: boolean }[]>();
  let texts = 0;
  for (let p = 0; p < passes; p++)
    for (const label of labels) {
      const { qs, pool, readQs, readPool, rows } = await setUp(label);
      const fn = rows[0]![1];
      await pass(fn, pool, readPool, 3);
      results.set(label, [...(results.get(label) ?? []), await pass(fn, qs, readQs, 1)]);
      texts = qs.length;
    }
  for (const [label, runs] of results) show(label, runs.slice(1).reduce(fewest));
  console.log(`(${texts} texts, the fastest of ${passes - 1} passes after one)`);
}
