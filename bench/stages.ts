// CPU time per question, stage by stage (process.cpuUsage: steadier than wall time on a shared
// machine), on the questions of bench/answer.ts: normalise, cut into questions, hear (the sound
// step), understand (with hearing), retrieval, respond (with retrieval), and the whole ask
// without the answer cache. For whoever makes the answer faster; prints figures, asserts nothing.
//
//   npx tsx bench/stages.ts [knowledgeDir] [--rounds 300] [--only hear]   (--only: the rows whose label holds it)
import { createAssistant } from '../src/assistant.ts';
import { buildEngine } from '../src/conversation/engine.ts';
import { loadKnowledge } from '../src/knowledge/load.ts';
import { respond } from '../src/respond/respond.ts';
import { askedMoment } from '../src/time/zone.ts';
import { understand } from '../src/understand/index.ts';
import { normalize } from '../src/understand/normalize.ts';
import { splitQuestions } from '../src/understand/parts.ts';
import { questionsFor } from './answer.ts';

const args = process.argv.slice(2);
const r = args.indexOf('--rounds');
const rounds = r >= 0 ? Number(args.splice(r, 2)[1]) : 300;
const o = args.indexOf('--only');
const only = o >= 0 ? args.splice(o, 2)[1] : undefined;
const kb = loadKnowledge(args[0] ?? 'knowledge');
const e = buildEngine(kb);
const bot = await createAssistant({ knowledge: kb, answerCacheSize: 0 });
const qs = questionsFor(kb).map((q) => ({ typed: q.text, text: normalize(q.text), at: askedMoment(q.at) }));
const cityOf = (u: ReturnType<typeof understand>) => [...new Set(u.places.map((p) => p.city))];
const read = qs.map((q) => understand(q.text, q.at, e.understandCtx));

/** µs of CPU per question, the fastest of three passes (each `rounds` times over the questions) */
async function cpu(fn: (i: number) => unknown): Promise<number> {
  let best = Infinity;
  for (let pass = 0; pass < 3; pass++) {
    const c0 = process.cpuUsage();
    for (let k = 0; k < rounds; k++) for (let i = 0; i < qs.length; i++) await fn(i);
    const c = process.cpuUsage(c0);
    best = Math.min(best, (c.user + c.system) / (rounds * qs.length));
  }
  return best;
}

const rows: [string, (i: number) => unknown][] = [
  ['normalise', (i) => normalize(qs[i]!.typed)],
  ['cut into questions (splitQuestions)', (i) => splitQuestions(qs[i]!.typed)],
  ['hear (the sound step)', (i) => e.understandCtx.sound.hear(qs[i]!.text, () => undefined)],
  ['understand (with hearing)', (i) => understand(qs[i]!.text, qs[i]!.at, e.understandCtx)],
  ['retrieval (search, the cities named)', (i) => e.retriever.search(read[i]!.topic, cityOf(read[i]!), 8)],
  ['respond (with retrieval)', (i) => respond(read[i]!, { kb, retriever: e.retriever, at: qs[i]!.at, cities: cityOf(read[i]!) })],
  ['the whole ask (no answer cache)', (i) => bot.ask({ text: qs[i]!.typed, at: qs[i]!.at })],
];
const chosen = rows.filter(([label]) => !only || label.includes(only));
for (const [, fn] of chosen) await cpu(fn); // warm-up
for (const [label, fn] of chosen) console.log(`${label.padEnd(40)} ${(await cpu(fn)).toFixed(1).padStart(7)} µs`);
