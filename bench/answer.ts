// Answer latency and engine build time on one knowledge directory, in this process.
// Prints JSON (one object) so bench/run.ts can run it in a fresh child and read RSS
// for that knowledge alone.
//
//   node bench/built.mjs --as-served bench/answer.ts [knowledgeDir] [--samples 3000] [--seed 1]
//   (bundled and flagged as production runs it; `node --expose-gc --import tsx bench/answer.ts …` runs it under tsx)
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { DateTime } from 'luxon';
import { createAssistant } from '../src/assistant.ts';
import { loadKnowledge } from '../src/knowledge/load.ts';
import type { KnowledgeBase } from '../src/knowledge/model.ts';
import { buildRetriever } from '../src/retrieve/index.ts';
import { ZONE } from '../src/time/zone.ts';
import { domainWordsOf } from '../src/understand/index.ts';
import { buildPlaceIndex } from '../src/understand/places.ts';
import { cases as set1 } from '../test/questions/cases.ts';
import { cases as set2 } from '../test/questions/cases-2.ts';
import { cases as set3 } from '../test/questions/cases-3.ts';
import { cases as set4 } from '../test/questions/cases-4.ts';
import { cases as set5 } from '../test/questions/cases-5.ts';
import { mulberry32, percentile } from './stats.ts';
import { isMain } from './is-main.ts';

/** The answer targets (BENCHMARKS.md, issue 14); bench/run.ts prints them with the rest. */
export const ANSWER_TARGETS = {
  /** ms, p99 of a question naming a city, on the seed knowledge */
  seedP99: 1,
  /** µs, p50 of one answer in process on the seed knowledge (issue 14) */
  repeatedP50Us: 20,
  firstSeenP50Us: 80,
  /** ms, p99 of a question naming a city, on the big (300-city) knowledge */
  bigP99: 5,
  bigBuildMs: 2000,
};

export interface AnswerFigures {
  dir: string;
  cities: number;
  notices: number;
  /** businesses + procedures: the retrieval entries */
  entries: number;
  /** ms: read, parse, validate and ground every notice */
  loadMs: number;
  /** ms: createAssistant on an already loaded knowledge (what a reload also pays) */
  engineMs: number;
  /** ms, the parts of the engine, each built once more on its own */
  parts: { retrieverMs: number; placeIndexMs: number; domainWordsMs: number };
  /** ms: useKnowledge (the reload swap) */
  reloadMs: number;
  /** questions naming a city (or district) */
  named: Latency;
  /** questions naming no city: every city's shard is searched */
  unnamed: Latency;
  /** with the answer cache: a question asked before at that minute (a hit) */
  repeated: Latency;
  /** with the answer cache: a question not asked before at that minute (a miss: the whole answer, plus the key and the state recorder) */
  firstSeen: Latency;
  /**
   * with the answer cache: a text never asked before in this process (each question of the question
   * sets once, alone, at its own moment): no cache of any stage has seen it. Seed knowledge only.
   */
  novel?: Latency;
  /** sanity: how the named questions were answered */
  bands: Record<string, number>;
  /** this process before any knowledge is loaded (node + the modules), after GC */
  baseline: Memory;
  /** right after the knowledge is loaded, the engine built and a few questions answered, after GC */
  loaded: Memory;
  /** at the end (after the extra builds and every measured question), after GC */
  end: Memory;
}

export interface Memory {
  rssMB: number;
  heapUsedMB: number;
}

function memory(): Memory {
  for (let i = 0; i < 3; i++) globalThis.gc?.();
  const m = process.memoryUsage();
  return { rssMB: m.rss / 2 ** 20, heapUsedMB: m.heapUsed / 2 ** 20 };
}

export interface Latency {
  n: number;
  p50: number;
  p99: number;
  max: number;
  mean: number;
}

interface Q {
  text: string;
  at: string;
}

/** Questions for each city of the knowledge, at a moment inside its own notice's year. */
export function questionsFor(kb: KnowledgeBase): Q[] {
  const out: Q[] = [];
  for (const city of kb.cities) {
    for (const n of city.notices) {
      const first = n.businesses.flatMap((b) => b.windows)[0]?.suspend;
      const at = (first ?? n.published)?.minus({ days: 2 }).toISO({ includeOffset: false, suppressMilliseconds: true }) ?? '2021-12-12T10:00';
      const c = city.name;
      const qs = [
        `${c}医保结算什么时候恢复`,
        `${c}停机期间看病怎么报销`,
        `${c}医保咨询电话是多少`,
        `${c}社保卡丢了能补办吗`,
        `${c}停机期间能办退休吗`,
        `${c}医保什么时候恢复`,
        `${c}职工医保增员减员停机期间能办吗`,
        `${c}异地就医备案怎么办`,
      ];
      const d = city.districts[0]?.name;
      if (d) qs.push(`${d}的医保参保登记电话`, `${d}费用结算电话是多少`);
      for (const text of qs) out.push({ text, at });
    }
  }
  return out;
}

const UNNAMED: string[] = ['医保结算什么时候恢复', '停机期间能办退休吗', '停机期间看病怎么报销', '社保卡丢了怎么办', '今天天气怎么样'];

async function time(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

function summarise(ms: number[]): Latency {
  const sorted = [...ms].sort((a, b) => a - b);
  return {
    n: ms.length,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? 0,
    mean: ms.reduce((s, x) => s + x, 0) / (ms.length || 1),
  };
}

export async function measureAnswers(dir: string, opts: { samples?: number; seed?: number } = {}): Promise<AnswerFigures> {
  const samples = opts.samples ?? 3000;
  const rand = mulberry32(opts.seed ?? 1);
  const baseline = memory();

  let t0 = performance.now();
  const kb = loadKnowledge(dir);
  const loadMs = performance.now() - t0;

  t0 = performance.now();
  // the work of an answer: no answer cache (its figures are repeated and firstSeen)
  const bot = await createAssistant({ knowledge: kb, answerCacheSize: 0 });
  const engineMs = performance.now() - t0;
  const pool = questionsFor(kb);
  for (const q of pool.slice(0, 50)) await bot.ask(q);
  const loaded = memory();

  t0 = performance.now();
  buildRetriever(kb);
  const retrieverMs = performance.now() - t0;
  t0 = performance.now();
  buildPlaceIndex(kb.cities);
  const placeIndexMs = performance.now() - t0;
  t0 = performance.now();
  domainWordsOf(kb);
  const domainWordsMs = performance.now() - t0;
  t0 = performance.now();
  bot.useKnowledge(kb);
  const reloadMs = performance.now() - t0;

  const pick = () => pool[Math.floor(rand() * pool.length)]!;
  // warm up the JIT and the caches, then measure
  for (let i = 0; i < Math.min(500, samples); i++) await bot.ask(pick());
  const named: number[] = [];
  const bands: Record<string, number> = {};
  for (let i = 0; i < samples; i++) {
    const q = pick();
    let band = '';
    named.push(await time(async () => ({ band } = await bot.ask(q))));
    bands[band] = (bands[band] ?? 0) + 1;
  }
  const unnamed: number[] = [];
  const unnamedRounds = Math.max(20, Math.round(samples / 10 / UNNAMED.length));
  const at = pool[0]?.at ?? '2021-12-12T10:00';
  for (let r = 0; r < unnamedRounds; r++) for (const text of UNNAMED) unnamed.push(await time(() => bot.ask({ text, at })));

  const { repeated, firstSeen } = await cachedAnswers(kb, pool, samples, rand);
  const novel = kb.cities.some((c) => c.name === '武汉') ? await novelAnswers(kb, pool) : undefined;

  return {
    dir,
    cities: kb.cities.length,
    notices: kb.notices.length,
    entries: kb.notices.reduce((s, n) => s + n.businesses.length + n.procedures.length, 0),
    loadMs,
    engineMs,
    parts: { retrieverMs, placeIndexMs, domainWordsMs },
    reloadMs,
    named: summarise(named),
    unnamed: summarise(unnamed),
    repeated,
    firstSeen,
    ...(novel && { novel }),
    bands,
    baseline,
    loaded,
    end: memory(),
  };
}

/** With the answer cache: each question first at a minute not seen (a miss), then again at that minute (a hit). */
async function cachedAnswers(kb: KnowledgeBase, pool: Q[], samples: number, rand: () => number): Promise<{ repeated: Latency; firstSeen: Latency }> {
  const bot = await createAssistant({ knowledge: kb });
  const minute = (q: Q, i: number) => ({ text: q.text, at: DateTime.fromISO(q.at, { zone: ZONE }).plus({ minutes: i }) });
  for (let i = 0; i < 500; i++) await bot.ask(minute(pool[i % pool.length]!, i)); // warm-up
  const first: number[] = [];
  const again: number[] = [];
  const asked: { text: string; at: DateTime }[] = [];
  for (let i = 0; i < samples; i++) {
    const q = minute(pool[Math.floor(rand() * pool.length)]!, 1000 + i);
    asked.push(q);
    first.push(await time(() => bot.ask(q)));
  }
  for (let i = 0; i < samples; i++) {
    const q = asked[Math.floor(rand() * asked.length)]!;
    again.push(await time(() => bot.ask(q)));
  }
  return { repeated: summarise(again), firstSeen: summarise(first) };
}

/** Each distinct text of the question sets once (the seed's own sets), after a warm-up on the pool alone. */
async function novelAnswers(kb: KnowledgeBase, pool: Q[]): Promise<Latency> {
  const bot = await createAssistant({ knowledge: kb });
  for (let i = 0; i < 500; i++)
    await bot.ask({ text: pool[i % pool.length]!.text, at: DateTime.fromISO(pool[i % pool.length]!.at, { zone: ZONE }).plus({ minutes: i }) });
  const times: number[] = [];
  for (const c of novelTexts(pool)) {
    const q = { text: c.text, at: DateTime.fromISO(c.at, { zone: ZONE }) };
    times.push(await time(() => bot.ask(q)));
  }
  return summarise(times);
}

/** Each distinct text of the question sets that the pool does not hold, with its moment (the novel row's texts; bench/stages.ts --novel). */
export function novelTexts(pool: Q[]): Q[] {
  const seen = new Set(pool.map((q) => q.text));
  const out: Q[] = [];
  for (const c of [set1, set2, set3, set4, set5].flat()) {
    if (seen.has(c.q)) continue;
    seen.add(c.q);
    out.push({ text: c.q, at: c.at });
  }
  return out;
}

if (isMain('answer')) {
  const args = process.argv.slice(2);
  const flag = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args.splice(i, 2)[1] : undefined;
  };
  const samples = Number(flag('--samples') ?? 3000);
  const seed = Number(flag('--seed') ?? 1);
  const figures = await measureAnswers(args[0] ?? 'knowledge', { samples, seed });
  console.log(JSON.stringify(figures));
  // for a person: the figures against the targets, on stderr (stdout stays one JSON line for bench/run.ts)
  const T = ANSWER_TARGETS;
  const big = figures.cities > 2;
  const us = (ms: number) => (ms * 1000).toFixed(1);
  const line = (ok: boolean, text: string) => console.error(`${ok ? '✅ met' : '❌ missed'}: ${text}`);
  console.error(`${figures.cities} cities, ${figures.entries} entries; load average ${os.loadavg()[0]!.toFixed(1)} on ${os.availableParallelism()} cores`);
  if (!big) {
    line(
      figures.firstSeen.p50 * 1000 <= T.firstSeenP50Us,
      `a question seen for the first time (an answer-cache miss each time): p50 ${us(figures.firstSeen.p50)} µs ≤ ${T.firstSeenP50Us} µs (p99 ${us(figures.firstSeen.p99)} µs)`,
    );
    if (figures.novel)
      line(
        figures.novel.p50 * 1000 <= T.firstSeenP50Us,
        `a text never asked before (each of the ${figures.novel.n} texts of the question sets once): p50 ${us(figures.novel.p50)} µs ≤ ${T.firstSeenP50Us} µs (p99 ${us(figures.novel.p99)} µs)`,
      );
    line(figures.repeated.p50 * 1000 <= T.repeatedP50Us, `a repeated question (a hit): p50 ${us(figures.repeated.p50)} µs ≤ ${T.repeatedP50Us} µs`);
  }
  const p99 = big ? T.bigP99 : T.seedP99;
  line(figures.named.p99 <= p99, `naming a city, no answer cache: p99 ${figures.named.p99.toFixed(2)} ms ≤ ${p99} ms (p50 ${us(figures.named.p50)} µs)`);
  if (big)
    line(
      figures.engineMs <= T.bigBuildMs,
      `engine build ${figures.engineMs.toFixed(0)} ms ≤ ${T.bigBuildMs} ms (loading the files ${figures.loadMs.toFixed(0)} ms more)`,
    );
}
