// The child process of load-in-child.ts: reads and validates one knowledge
// directory (read.ts), sends the plain result back, then ends.
import { KnowledgeLoadError } from './problems.ts';
import { readKnowledge } from './read.ts';

const dir = process.argv[2] ?? 'knowledge';
let reply: unknown;
try {
  reply = { ok: true, read: readKnowledge(dir) };
} catch (e) {
  // anything else ends this process with the error on stderr, which the parent reports
  if (!(e instanceof KnowledgeLoadError)) throw e;
  reply = { ok: false, problems: e.problems, warnings: e.warnings };
}
process.send!(reply, () => process.disconnect());
