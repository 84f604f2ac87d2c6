// Where the core's time and memory go on a big knowledge: the parts of loading
// (YAML, schema, quotes), of the engine build (tokenizing vs indexing), the heap
// each holds, and a CPU profile of questions that name no city. For whoever makes
// these faster; prints figures, asserts nothing.
//
//   node --expose-gc --import tsx bench/core-profile.ts [knowledgeDir]   (default: a synthetic 300-city one)
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { createAssistant } from '../src/assistant.ts';
import { collectQuotes, groundingKey } from '../src/knowledge/grounding.ts';
import { loadKnowledge } from '../src/knowledge/load.ts';
import { Notice } from '../src/knowledge/schema.ts';
import { buildRetriever } from '../src/retrieve/index.ts';
import { tempKnowledgeDir, writeSyntheticKnowledge } from './synthetic.ts';

const heapMB = () => {
  for (let i = 0; i < 3; i++) globalThis.gc?.();
  return process.memoryUsage().heapUsed / 2 ** 20;
};
const time = <T>(fn: () => T): [T, number] => {
  const t0 = performance.now();
  const v = fn();
  return [v, performance.now() - t0];
};
const row = (label: string, ms: number, extra = '') => console.log(`${label.padEnd(62)} ${ms.toFixed(0).padStart(6)} ms ${extra}`);

const given = process.argv[2];
const dir = given ?? tempKnowledgeDir();
if (!given) writeSyntheticKnowledge(dir, { cities: 300 });
if (!globalThis.gc) console.log('(run with node --expose-gc for the heap figures)');

try {
  // ── loading, step by step (as src/knowledge/load.ts does it) ──
  const folders = readdirSync(dir).filter((f) => !f.startsWith('.') && !f.startsWith('_'));
  const files = folders.map((f) => ({ yaml: readFileSync(join(dir, f, 'facts.yaml'), 'utf8'), text: readFileSync(join(dir, f, 'notice.md'), 'utf8') }));
  console.log(`${folders.length} notice folders, ${(files.reduce((s, f) => s + f.yaml.length, 0) / 2 ** 20).toFixed(1)} M characters of YAML`);
  const [docs, parseMs] = time(() => files.map((f) => parseDocument(f.yaml, { lineCounter: new LineCounter(), prettyErrors: false }).toJS() as unknown));
  const [, schemaMs] = time(() => docs.map((d) => Notice.safeParse(d)));
  const [, groundMs] = time(() =>
    docs.map((d, i) => {
      const haystack = groundingKey(files[i]!.text);
      return collectQuotes(d).every(({ quote }) => haystack.includes(groundingKey(quote)));
    }),
  );
  const h0 = heapMB();
  const [kb, loadMs] = time(() => loadKnowledge(dir));
  const { extractConcepts, stripFiller, tokenize } = kb.domain.lexicon;
  const kbMB = heapMB() - h0;
  row('loadKnowledge, all of it', loadMs, `(holds ${kbMB.toFixed(1)} MB of heap)`);
  row('  YAML parseDocument + toJS', parseMs, `${((parseMs / loadMs) * 100).toFixed(0)} %`);
  row('  zod schema (Notice.safeParse)', schemaMs, `${((schemaMs / loadMs) * 100).toFixed(0)} %`);
  row('  quote grounding (collectQuotes, groundingKey)', groundMs, `${((groundMs / loadMs) * 100).toFixed(0)} %`);

  // ── the engine ──
  const texts: string[] = [];
  for (const n of kb.notices) {
    for (const b of n.businesses)
      texts.push(b.name, b.synonyms.join(' '), b.questions.join(' '), [b.audience, ...b.channels, ...b.windows.map((w) => w.scope)].filter(Boolean).join(' '));
    for (const p of n.procedures) texts.push(p.title, p.audience ?? '', p.questions.join(' '), p.answer);
  }
  const [, tokMs] = time(() => texts.forEach((t) => tokenize(t)));
  const [, conceptMs] = time(() => texts.forEach((t) => extractConcepts(t.toLowerCase())));
  const [, fillerMs] = time(() => texts.forEach((t) => stripFiller(t)));
  const h1 = heapMB();
  const [retriever, retrieverMs] = time(() => buildRetriever(kb));
  const retrieverMB = heapMB() - h1;
  const cache = new Map<string, string[]>();
  const cached = (t: string) => cache.get(t) ?? (cache.set(t, tokenize(t)), cache.get(t)!);
  texts.forEach(cached);
  const [, indexOnlyMs] = time(() => buildRetriever(kb, cached));
  row(
    `buildRetriever (${kb.cities.length} index shards)`,
    retrieverMs,
    `(holds ${retrieverMB.toFixed(1)} MB of heap, ${((retrieverMB / kb.cities.length) * 1024).toFixed(0)} KB per city)`,
  );
  row(`  tokenize every indexed field (${texts.length} texts)`, tokMs);
  row('    of which extractConcepts (includes() per concept word)', conceptMs);
  row('    of which stripFiller (split/join per filler word)', fillerMs);
  row('  the same with tokens precomputed (the index alone)', indexOnlyMs);
  void retriever;

  // ── questions naming no city: every shard searched and ranked ──
  const bot = await createAssistant({ knowledge: kb });
  const at = '2021-12-12T10:00';
  const unnamed = ['医保结算什么时候恢复', '停机期间能办退休吗', '停机期间看病怎么报销', '社保卡丢了怎么办'];
  for (const text of unnamed) await bot.ask({ text, at });
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 100 });
  await session.post('Profiler.start');
  const t0 = performance.now();
  const rounds = 10;
  for (let r = 0; r < rounds; r++) for (const text of unnamed) await bot.ask({ text, at });
  const askMs = (performance.now() - t0) / (rounds * unnamed.length);
  const { profile } = await session.post('Profiler.stop');
  session.disconnect();
  row(`question naming no city (mean of ${rounds * unnamed.length}, profiler on)`, askMs, '— self time by function:');
  const self = new Map<string, number>();
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  profile.samples!.forEach((id, i) => {
    const f = nodes.get(id)!.callFrame;
    const key = `${f.functionName || '(anonymous)'} (${f.url.split('/').slice(-2).join('/')}:${f.lineNumber + 1})`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas![i] ?? 0));
  });
  const total = [...self.values()].reduce((s, x) => s + x, 0);
  for (const [k, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 10)) console.log(`    ${((us / total) * 100).toFixed(1).padStart(5)} %  ${k}`);
  // who calls the tokenizer's helpers: a callee's self time, by the caller that asked
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byCaller = new Map<string, number>();
  profile.samples!.forEach((id, i) => {
    const f = nodes.get(id)!.callFrame;
    if (!/^(extractConcepts|stripFiller|tokenize)$/.test(f.functionName)) return;
    let up = parent.get(id);
    while (up !== undefined && /^(extractConcepts|stripFiller|tokenize|)$/.test(nodes.get(up)!.callFrame.functionName)) up = parent.get(up);
    const c = up === undefined ? undefined : nodes.get(up)!.callFrame;
    const key = `${f.functionName} ← ${c ? `${c.functionName || '(anonymous)'} (${c.url.split('/').slice(-2).join('/')}:${c.lineNumber + 1})` : '?'}`;
    byCaller.set(key, (byCaller.get(key) ?? 0) + (profile.timeDeltas![i] ?? 0));
  });
  console.log('  tokenizer helpers by caller:');
  for (const [k, us] of [...byCaller].sort((a, b) => b[1] - a[1]).slice(0, 6)) console.log(`    ${((us / total) * 100).toFixed(1).padStart(5)} %  ${k}`);
} finally {
  if (!given) rmSync(dir, { recursive: true, force: true });
}
