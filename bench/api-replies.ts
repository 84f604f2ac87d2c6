import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { DateTime } from 'luxon';
import { changeMoments } from '../src/answer/standing.ts';
import { loadKnowledge } from '../src/knowledge/load.ts';
import { ZONE } from '../src/time/zone.ts';
import { cases as set1 } from '../test/questions/cases.ts';
import { cases as set2 } from '../test/questions/cases-2.ts';
import { cases as set3 } from '../test/questions/cases-3.ts';
import { cases as set4 } from '../test/questions/cases-4.ts';
import { cases as set5 } from '../test/questions/cases-5.ts';
import { AT, messages } from './load-mix.ts';
import { buildTree, withBuiltService } from './built-service.ts';
import { mulberry32 } from './stats.ts';

interface Case {
  id: string;
  at: string;
  q: string;
  session?: string;
}

interface Ask {
  label: string;
  q: string;
  at: string;
  session?: string;
  city?: string;
}

const HERE = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: {
    tree: { type: 'string', default: HERE },
    cases: { type: 'string', multiple: true, default: [] },
    mix: { type: 'string', default: '6000' },
    out: { type: 'string' },
  },
});
if (!values.out) throw new Error('usage: bench/api-replies.ts [--tree DIR] [--cases file.mjs]… [--mix N] --out FILE');
const tree = resolve(values.tree);

const sets: Case[][] = [set1, set2, set3, set4, set5];
for (const file of values.cases) sets.push(((await import(pathToFileURL(resolve(file)).href)) as { cases: Case[] }).cases);
const kb = loadKnowledge(resolve(tree, 'knowledge'));

/** Conversations: each a list of messages asked in order; the conversations side by side. */
const conversations: Ask[][] = [];
for (const round of [1, 2])
  for (const [s, cases] of sets.entries()) {
    const bySession = new Map<string, Ask[]>();
    for (const c of cases) {
      const session = `r${round}-set${s}-${c.session ?? c.id}`;
      bySession.set(session, [...(bySession.get(session) ?? []), { label: `${c.id} in ${session}`, q: c.q, at: c.at, session }]);
    }
    conversations.push(...bySession.values());
  }
const iso = (t: DateTime) => t.setZone(ZONE).toISO() ?? '';
const moments = [...new Set(changeMoments(kb).flatMap((t) => [-1, 0, 1].map((m) => iso(t.plus({ minutes: m }))))).values()].sort();
const questions = [...new Set(sets.flat().map((c) => c.q))];
for (const at of moments) for (const q of questions) conversations.push([1, 2].map((n) => ({ label: `${q} @ ${at} #${n}`, q, at })));
for (const c of sets.flat())
  for (const city of kb.cities.map((x) => x.name)) conversations.push([{ label: `${c.q} @ ${c.at} in ${city}`, q: c.q, at: c.at, city }]);
const rand = mulberry32(6);
for (const at of [AT, ...[0, 1, 2].map(() => moments[Math.floor(rand() * moments.length)]!)]) {
  const bySender = new Map<number, Ask[]>();
  for (const [i, m] of messages(Number(values.mix)).entries()) {
    const session = `mix-${at}-${m.sender}`;
    bySender.set(m.sender, [...(bySender.get(m.sender) ?? []), { label: `mix ${i} ${session}`, q: m.text, at, session }]);
  }
  conversations.push(...bySender.values());
}

buildTree(tree);
const lines: string[] = [];
await withBuiltService(tree, { API_RATE_LIMIT_PER_MINUTE: '0' }, async ({ url }) => {
  const asks = conversations.flat();
  const index = new Map(asks.map((a, i) => [a, i]));
  const out: string[] = new Array(asks.length);
  const ask = async (a: Ask) => {
    const params = new URLSearchParams({ q: a.q, at: a.at, ...(a.session && { session: a.session }), ...(a.city && { city: a.city }) });
    const res = await fetch(`${url}/api/ask?${params}`);
    out[index.get(a)!] = JSON.stringify([a.label, res.status, res.headers.get('content-type'), await res.text()]);
  };
  // 8 conversations at a time, each one's messages in order
  let next = 0;
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      while (next < conversations.length) for (const a of conversations[next++]!) await ask(a);
    }),
  );
  lines.push(...out);
});
const text = `${lines.join('\n')}\n`;
writeFileSync(values.out, text);
console.log(
  `${lines.length} replies (${questions.length} questions, ${moments.length} moments) from ${tree} → ${values.out}  sha256 ${createHash('sha256').update(text).digest('hex')}`,
);
