// `npm run bench:import [-- --verbose]`: how good an unedited draft is. Imports each notice
// (bench/import-cases.ts) and prints, per notice, the time it took, its window recall and
// precision against the gold folder (with every miss), whether it passes kb:check; then the
// share of the project's question sets (test/questions/) answered right when the seeds'
// drafts are served instead of the gold folders, and each style's own questions likewise.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildKnowledge } from '../src/knowledge/build.ts';
import { formatProblem, KnowledgeLoadError } from '../src/knowledge/problems.ts';
import { readDomain } from '../src/knowledge/read-domain.ts';
import { readKnowledge } from '../src/knowledge/read.ts';
import { importNotice } from '../src/import/index.ts';
import { cases as set1 } from '../test/questions/cases.ts';
import { cases as set2 } from '../test/questions/cases-2.ts';
import { cases as set3 } from '../test/questions/cases-3.ts';
import { cases as set4 } from '../test/questions/cases-4.ts';
import { cases as set5 } from '../test/questions/cases-5.ts';
import { importCases } from './import-cases.ts';
import { scoreAnswers, type AnswerScore } from './import-answers.ts';
import { scoreWindows } from './import-windows.ts';

const verbose = process.argv.includes('--verbose');
const root = fileURLToPath(new URL('..', import.meta.url));
const domain = readDomain(join(root, 'knowledge'), (p) => p).domain;
const work = mkdtempSync(join(tmpdir(), 'bench-import-'));
const seedsDir = join(work, 'seeds');
mkdirSync(seedsDir);
cpSync(join(root, 'knowledge/_domain'), join(seedsDir, '_domain'), { recursive: true });
const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : '—');
const totals = { gold: 0, found: 0, draft: 0, right: 0 };

console.log('notice                      ms   windows recall     precision   kb:check');
const styleQuestions: { id: string; dir: string; load: () => Promise<unknown> }[] = [];
for (const c of importCases(root)) {
  const t0 = performance.now();
  const id = readKnowledge(c.gold).notices[0]!.facts.id;
  let draft;
  try {
    draft = await importNotice({ content: readFileSync(c.file), name: basename(c.file) }, { domain, id });
  } catch (e) {
    console.log(`${id.padEnd(24)} no draft: ${e instanceof Error ? e.message : String(e)}`);
    totals.gold += scoreWindows(buildKnowledge(readKnowledge(c.gold)), { notices: [] } as never).gold;
    continue;
  }
  const ms = performance.now() - t0;
  const seed = c.gold.startsWith(join(root, 'knowledge'));
  const dir = seed ? join(seedsDir, draft.id) : join(work, 'styles', draft.id, draft.id);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'notice.md'), draft.noticeMd);
  writeFileSync(join(dir, 'facts.yaml'), draft.factsYaml);
  let check = 'ok';
  let line = '';
  try {
    const s = scoreWindows(buildKnowledge(readKnowledge(c.gold)), buildKnowledge(readKnowledge(dir)));
    Object.keys(totals).forEach((k) => (totals[k as keyof typeof totals] += s[k as keyof typeof totals]));
    line = `${String(s.found).padStart(3)}/${String(s.gold).padEnd(3)} ${pct(s.found, s.gold).padEnd(7)}  ${String(s.right).padStart(3)}/${String(s.draft).padEnd(3)} ${pct(s.right, s.draft).padEnd(7)}`;
    for (const m of s.misses) line += `\n    missed: ${m}`;
    if (verbose) for (const m of s.extras) line += `\n    extra:  ${m}`;
  } catch (e) {
    if (!(e instanceof KnowledgeLoadError)) throw e;
    check = `${e.problems.length} error(s)`;
    line = `${'—'.padEnd(26)}\n${e.problems.map((p) => `    ${formatProblem(p)}`).join('\n')}`;
  }
  console.log(
    `${draft.id.padEnd(24)} ${ms.toFixed(0).padStart(5)}   ${line.split('\n')[0]} ${check}  (${draft.summary.uncertain} to check)${line.includes('\n') ? '\n' + line.split('\n').slice(1).join('\n') : ''}`,
  );
  if (!seed && c.questions) styleQuestions.push({ id: draft.id, dir: join(work, 'styles', draft.id), load: c.questions });
}
console.log(
  `all windows: recall ${totals.found}/${totals.gold} ${pct(totals.found, totals.gold)}, precision ${totals.right}/${totals.draft} ${pct(totals.right, totals.draft)}`,
);

const printScore = (what: string, s: AnswerScore) => {
  console.log(`${what}: ${s.right}/${s.asked} ${pct(s.right, s.asked)} answered right`);
  for (const [cat, x] of [...s.byCat].sort()) console.log(`  ${cat.padEnd(10)} ${x.right}/${x.asked} ${pct(x.right, x.asked)}`);
  if (verbose) for (const w of s.wrong) console.log(`  ✗ ${w.id} ${w.q}\n    ${w.fails.join('; ')}\n    A: ${w.reply.replace(/\n/g, ' ').slice(0, 200)}`);
};
printScore('seed drafts, test/questions (5 sets)', await scoreAnswers(seedsDir, [...set1, ...set2, ...set3, ...set4, ...set5]));
for (const s of styleQuestions) {
  const cases = (await s.load()) as Parameters<typeof scoreAnswers>[1] | undefined;
  if (!cases) console.log(`${s.id}: its questions need the scorer outside the repository: skipped`);
  else printScore(`${s.id} draft (with the seed drafts), its own questions`, await scoreAnswers(mergeDir(s.dir), cases));
}
rmSync(work, { recursive: true, force: true });
process.exit(0);

/** A knowledge folder with the seeds' drafts and one style's draft, as the service would serve them. */
function mergeDir(styleDir: string): string {
  const dir = `${styleDir}-with-seeds`;
  cpSync(seedsDir, dir, { recursive: true });
  cpSync(styleDir, dir, { recursive: true });
  return dir;
}
