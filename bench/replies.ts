// Every reply of the question sets, written out so two trees can be compared byte for byte
// (a speed change must not change one byte of a reply). Asks every question of test/questions
// (and of any --cases file, such as ../shared/eval/sample-cases.mjs) in its conversation at its
// own moment, then each one alone at every moment where the knowledge changes, ± 1 minute.
// No answer cache: every reply is the whole answer.
//
//   npx tsx bench/replies.ts [knowledgeDir | --synthetic 300] [--cases file.mjs]… [--moments N] --out FILE
//
// --moments N asks each question alone at N of those moments (drawn with a fixed seed; the
// default 0 is all of them). Prints how many replies and their SHA-256; compare two trees with
// `cmp before.jsonl after.jsonl` (run this file from each tree: copy it into the older one).
import { createHash } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DateTime } from 'luxon';
import { changeMoments } from '../src/answer/standing.ts';
import { createAssistant } from '../src/assistant.ts';
import { loadKnowledge } from '../src/knowledge/load.ts';
import { ZONE } from '../src/time/zone.ts';
import { cases as set1 } from '../test/questions/cases.ts';
import { cases as set2 } from '../test/questions/cases-2.ts';
import { cases as set3 } from '../test/questions/cases-3.ts';
import { cases as set4 } from '../test/questions/cases-4.ts';
import { cases as set5 } from '../test/questions/cases-5.ts';
import { mulberry32 } from './stats.ts';
import { tempKnowledgeDir, writeSyntheticKnowledge } from './synthetic.ts';

interface Case {
  id: string;
  at: string;
  q: string;
  session?: string;
}

const args = process.argv.slice(2);
const flags = (name: string): string[] => {
  const out: string[] = [];
  for (let i = args.indexOf(name); i >= 0; i = args.indexOf(name)) out.push(...args.splice(i, 2).slice(1));
  return out;
};
const out = flags('--out')[0];
const synthetic = Number(flags('--synthetic')[0] ?? 0);
const momentCount = Number(flags('--moments')[0] ?? 0);
const extra = flags('--cases');
if (!out) throw new Error('usage: bench/replies.ts [knowledgeDir | --synthetic N] [--cases file.mjs]… [--moments N] --out FILE');

const sets: Case[][] = [set1, set2, set3, set4, set5];
for (const file of extra) sets.push(((await import(pathToFileURL(resolve(file)).href)) as { cases: Case[] }).cases);

const dir = synthetic ? tempKnowledgeDir() : (args[0] ?? 'knowledge');
if (synthetic) writeSyntheticKnowledge(dir, { cities: synthetic });
try {
  const kb = loadKnowledge(dir);
  const bot = await createAssistant({ knowledge: kb, answerCacheSize: 0 });
  const lines: string[] = [];
  const record = (label: string, reply: unknown) => lines.push(JSON.stringify([label, reply]));

  // the sets' conversations as written, each at its own moment
  for (const [s, cases] of sets.entries()) {
    for (const c of cases) {
      const session = c.session ? `set${s}-${c.session}` : `set${s}-${c.id}`;
      record(`${c.id} in ${session} @ ${c.at}`, await bot.ask({ text: c.q, at: c.at, session }));
    }
  }

  // each question alone at each moment where the knowledge changes, ± 1 minute
  const byMillis = new Map<number, DateTime>();
  for (const t of changeMoments(kb)) for (const m of [-1, 0, 1]) byMillis.set(t.toMillis() + m * 60_000, t.plus({ minutes: m }).setZone(ZONE));
  let moments = [...byMillis.entries()].sort((a, b) => a[0] - b[0]).map(([, t]) => t);
  if (momentCount > 0 && momentCount < moments.length) {
    const rand = mulberry32(6);
    const drawn = new Set<number>();
    while (drawn.size < momentCount) drawn.add(Math.floor(rand() * moments.length));
    moments = [...drawn].sort((a, b) => a - b).map((i) => moments[i]!);
  }
  const questions = [...new Set(sets.flat().map((c) => c.q))];
  for (const at of moments) {
    const iso = at.toISO() ?? '';
    for (const q of questions) record(`${q} @ ${iso}`, await bot.ask({ text: q, at }));
  }

  const text = `${lines.join('\n')}\n`;
  writeFileSync(out, text);
  const sha = createHash('sha256').update(text).digest('hex');
  console.log(`${lines.length} replies (${questions.length} questions, ${moments.length} moments, ${kb.cities.length} cities) → ${out}  sha256 ${sha}`);
} finally {
  if (synthetic) rmSync(dir, { recursive: true, force: true });
}
