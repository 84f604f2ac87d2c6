// `npm run kb:check [-- DIR]`: validates every notice folder; exits 1 listing each problem.
import { KnowledgeLoadError, formatProblem, loadKnowledge } from '../src/knowledge/load.ts';

const dir = process.argv[2] ?? process.env.KNOWLEDGE_DIR ?? 'knowledge';
try {
  const kb = loadKnowledge(dir);
  for (const n of kb.notices)
    console.log(`ok  ${n.dir}: ${n.city.name}, ${n.businesses.length} businesses, ${n.procedures.length} procedures, ${n.contacts.length} contacts`);
  console.log(`knowledge ${kb.version}: ${kb.notices.length} notice(s), ${kb.cities.length} city(ies)`);
} catch (e) {
  if (!(e instanceof KnowledgeLoadError)) throw e;
  for (const p of e.problems) console.error(formatProblem(p));
  console.error(`kb:check: ${e.problems.length} problem(s)`);
  process.exit(1);
}
