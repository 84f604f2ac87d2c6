// Loads a knowledge directory in this thread: read and validate (read.ts), then
// build the runtime model (build.ts). For the command-line tools and the tests;
// the service loads off its event loop (load-in-child.ts).
import { buildKnowledge } from './build.ts';
import type { KnowledgeBase } from './model.ts';
import { readKnowledge } from './read.ts';

export { formatProblem, KnowledgeLoadError, type Problem } from './problems.ts';

export function loadKnowledge(dir: string): KnowledgeBase {
  return buildKnowledge(readKnowledge(dir));
}
