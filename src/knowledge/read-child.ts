// The child process of load-in-child.ts: reads and validates one knowledge
// directory (read.ts), sends the plain result back, then ends.
import { relative } from 'node:path';
import { KnowledgeLoadError, problemFrom } from './problems.ts';
import { readKnowledge } from './read.ts';

const dir = process.argv[2] ?? 'knowledge';
let reply: unknown;
try {
  reply = { ok: true, read: readKnowledge(dir) };
} catch (e) {
  // every error goes back as a problem that names its file, never as a stack trace on stderr
  const problems = e instanceof KnowledgeLoadError ? e.problems : [problemFrom(e, dir, (p) => relative(process.cwd(), p) || p)];
  reply = { ok: false, problems, warnings: e instanceof KnowledgeLoadError ? e.warnings : [] };
}
process.send!(reply, () => process.disconnect());
