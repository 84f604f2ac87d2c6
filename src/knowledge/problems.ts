// What is wrong with a knowledge directory, said so that an editor can fix it:
// file, field path and line. Shared by the loaders and whoever reports a failed load.

export interface Problem {
  file: string;
  /** field path such as businesses[2].windows[0].suspend */
  field?: string;
  line?: number;
  message: string;
}

export class KnowledgeLoadError extends Error {
  /** `warnings`: what else looked wrong, reported beside the problems but stopping nothing */
  constructor(
    readonly problems: Problem[],
    readonly warnings: Problem[] = [],
  ) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'KnowledgeLoadError';
  }
}

export function formatProblem(p: Problem): string {
  const where = p.line ? `${p.file}:${p.line}` : p.file;
  return `${where}${p.field ? ` ${p.field}` : ''}: ${p.message}`;
}
