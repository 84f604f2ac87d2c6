// `npm run kb:check [-- DIR]`: validates every notice folder. Prints every error and
// warning of every file in one run ("error: file:line field: message"); exits 1 when
// there is an error. Warnings (what looks wrong but may be right) do not fail the check.
import { buildKnowledge } from '../src/knowledge/build.ts';
import { formatProblem, KnowledgeLoadError, type Problem } from '../src/knowledge/problems.ts';
import { readKnowledge } from '../src/knowledge/read.ts';

const dir = process.argv[2] ?? process.env.KNOWLEDGE_DIR ?? 'knowledge';
const print = (kind: 'error' | 'warning', list: Problem[]) => list.forEach((p) => console.error(`${kind}: ${formatProblem(p)}`));
const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
try {
  const read = readKnowledge(dir);
  const kb = buildKnowledge(read);
  print('warning', read.warnings);
  console.log(`ok  vocabulary: ${Object.keys(read.domain.facets).length} facets, ${read.domain.kinds.length} kinds`);
  for (const n of kb.notices)
    console.log(`ok  ${n.dir}: ${n.city.name}, ${n.businesses.length} businesses, ${n.procedures.length} procedures, ${n.contacts.length} contacts`);
  console.log(`knowledge ${kb.version}: ${kb.notices.length} notice(s), ${kb.cities.length} city(ies)${read.warnings.length ? `, ${count(read.warnings.length, 'warning')}` : ''}`);
} catch (e) {
  if (!(e instanceof KnowledgeLoadError)) throw e;
  print('error', e.problems);
  print('warning', e.warnings);
  console.error(`kb:check: ${count(e.problems.length, 'error')}, ${count(e.warnings.length, 'warning')}`);
  process.exit(1);
}
