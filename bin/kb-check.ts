// `npm run kb:check [-- DIR] [--no-smoke]`: validates every notice folder. Prints every
// error and warning of every file in one run ("error: file:line field: message"); exits 1
// when there is an error. Warnings (what looks wrong but may be right) do not fail the check.
// Then the smoke test (src/check/smoke.ts) asks each business about itself through the real
// core: a missed question is a warning, a business that misses more than half is an error.
import '../server/env-file.ts'; // first: .env fills in what the environment leaves unset
import { readArgs } from './lib/cli-args.ts';
import { smokeTest, type BusinessSmoke, type CitySmoke, FAILING_SHARE } from '../src/check/smoke.ts';
import { buildKnowledge } from '../src/knowledge/build.ts';
import { formatProblem, KnowledgeLoadError, type Problem } from '../src/knowledge/problems.ts';
import { readKnowledge } from '../src/knowledge/read.ts';

const USAGE = `usage: npm run kb:check [-- DIR] [--no-smoke]
  DIR         the notice folders (default KNOWLEDGE_DIR, else knowledge/)
  --no-smoke  skip the smoke test (asking each business about itself)
  -h, --help  this text`;

const args = readArgs({ allowPositionals: true, options: { 'no-smoke': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } }, USAGE);
const dir = args.positionals[0] ?? process.env.KNOWLEDGE_DIR ?? 'knowledge';

const print = (kind: 'error' | 'warning', list: Problem[]) => list.forEach((p) => console.error(`${kind}: ${formatProblem(p)}`));
const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : /s$/.test(what) ? 'es' : 's'}`;

let kb;
let warnings: Problem[];
try {
  const read = readKnowledge(dir);
  kb = buildKnowledge(read);
  warnings = read.warnings;
  console.log(`ok  vocabulary: ${Object.keys(read.domain.facets).length} facets, ${read.domain.kinds.length} kinds`);
} catch (e) {
  if (!(e instanceof KnowledgeLoadError)) throw e;
  print('error', e.problems);
  print('warning', e.warnings);
  console.error(`kb:check: ${count(e.problems.length, 'error')}, ${count(e.warnings.length, 'warning')}`);
  process.exit(1);
}
print('warning', warnings);
for (const n of kb.notices)
  console.log(`ok  ${n.dir}: ${n.city.name}, ${n.businesses.length} businesses, ${n.procedures.length} procedures, ${n.contacts.length} contacts`);
console.log(
  `knowledge ${kb.version}: ${kb.notices.length} notice(s), ${kb.cities.length} city(ies)${warnings.length ? `, ${count(warnings.length, 'warning')}` : ''}`,
);
if (args.values['no-smoke']) process.exit(0);

const totals = { asked: 0, missed: 0, failing: 0, ms: 0 };
for await (const city of smokeTest(kb)) {
  printCity(city);
  totals.asked += city.asked;
  totals.missed += city.missed;
  totals.failing += city.businesses.filter((b) => b.failing).length;
  totals.ms += city.ms;
}
const failing = totals.failing ? `, ${count(totals.failing, 'business')} missing more than half (errors)` : '';
console.log(`smoke: ${count(totals.asked, 'question')} in ${(totals.ms / 1000).toFixed(1)} s, ${totals.missed} missed${failing}`);
process.exit(totals.failing ? 1 : 0);

function printCity(c: CitySmoke): void {
  const folders = c.city.notices.map((n) => n.id).join(', ');
  console.log(`smoke ${c.city.name} (${folders}): ${count(c.asked, 'question')} about ${count(c.businesses.length, 'business')}, ${c.missed} missed`);
  for (const b of c.businesses) if (b.misses.length) printMisses(c, b);
}

/**
 * One block per business: each missed question with the moments it missed at and what
 * answered it, then the hint those lines share. On stdout with the rest of the section.
 */
function printMisses(c: CitySmoke, b: BusinessSmoke): void {
  const kind = b.failing ? 'error' : 'warning';
  const over = b.failing ? ` (more than ${FAILING_SHARE * 100}%)` : '';
  console.log(`${kind}: smoke ${c.city.name}·${b.business.name}: ${b.misses.length} of ${b.asked} questions missed${over}`);
  const byHint = groupBy(b.misses, (m) => m.hint);
  for (const [hint, misses] of byHint) {
    for (const same of groupBy(misses, (m) => `${m.question.text}\n${m.answered}`).values()) {
      const moments = same.map((m) => `${m.question.at.toFormat("yyyy-MM-dd'T'HH:mm")} (${m.question.phase})`).join(', ');
      console.log(`  ${same[0]!.question.text} at ${moments}\n    → ${same[0]!.answered}`);
    }
    console.log(`  hint: ${hint}`);
  }
}

function groupBy<T>(list: T[], key: (t: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const t of list) groups.set(key(t), [...(groups.get(key(t)) ?? []), t]);
  return groups;
}
