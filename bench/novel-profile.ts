// V8 CPU profiles of the never-asked row of bench/answer.ts alone, its warm-up left out: each round
// a fresh assistant, warmed on the pool as that row is, then each text of the question sets once
// with the profiler on. The first two rounds are not profiled (the code is met for the first time
// there, and a first round profiled once put 25 % on one line that no later round showed). Open a profile in Chrome DevTools,
// or read its self time by function; for whoever makes a never-asked text cheaper.
//
//   node bench/built.mjs bench/novel-profile.ts [knowledgeDir] [--rounds 8] [--out /tmp/novel.cpuprofile]
//   (writes /tmp/novel-2.cpuprofile … one per round profiled; prints the self time of the top functions)
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { DateTime } from 'luxon';
import { createAssistant } from '../src/assistant.ts';
import { loadKnowledge } from '../src/knowledge/load.ts';
import { ZONE } from '../src/time/zone.ts';
import { novelTexts, questionsFor } from './answer.ts';

interface Profile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples: number[];
}

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const rounds = Math.max(3, Number(option('--rounds') ?? 8));
const out = option('--out') ?? '/tmp/novel.cpuprofile';
const dir = args[0] ?? 'knowledge';

const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 100 });
const self = new Map<string, number>();
let samples = 0;
let cpu = 0;
let asked = 0;
for (let r = 0; r < rounds; r++) {
  const kb = loadKnowledge(dir);
  const pool = questionsFor(kb);
  const bot = await createAssistant({ knowledge: kb });
  for (let i = 0; i < 500; i++)
    await bot.ask({ text: pool[i % pool.length]!.text, at: DateTime.fromISO(pool[i % pool.length]!.at, { zone: ZONE }).plus({ minutes: i }) });
  const qs = novelTexts(pool).map((c) => ({ text: c.text, at: DateTime.fromISO(c.at, { zone: ZONE }) }));
  const profiled = r >= 2;
  if (profiled) await session.post('Profiler.start');
  const c0 = process.cpuUsage();
  for (const q of qs) await bot.ask(q);
  const c = process.cpuUsage(c0);
  if (!profiled) continue;
  const { profile } = (await session.post('Profiler.stop')) as { profile: Profile };
  writeFileSync(out.replace(/\.cpuprofile$/, `-${r}.cpuprofile`), JSON.stringify(profile));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  for (const id of profile.samples) {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    const key = `${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + 1);
  }
  samples += profile.samples.length;
  cpu += c.user + c.system;
  asked += qs.length;
}
console.log(`${(cpu / asked).toFixed(1)} µs CPU per never-asked text with the profiler on (${asked} asks); self time:`);
for (const [key, n] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${((100 * n) / samples).toFixed(1).padStart(5)} %  ${key}`);
