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

/** What a file-system error code means, in words (the code stays, for searching). */
const FS_CODES: Record<string, string> = {
  ELOOP: 'symbolic link loop',
  ENOENT: 'not found',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'is a folder, not a file',
  ENOTDIR: 'not a folder',
  EMFILE: 'too many open files',
  EIO: 'input/output error',
};

/**
 * A thrown error as a problem: file-system errors name the file and the cause
 * ("knowledge/x: symbolic link loop (ELOOP)"); anything else keeps its message.
 */
export function problemFrom(e: unknown, file: string, shownPath: (p: string) => string = (p) => p): Problem {
  const err = e as NodeJS.ErrnoException;
  if (err && typeof err.code === 'string' && /^E[A-Z]+$/.test(err.code)) {
    return {
      file: err.path ? shownPath(err.path) : file,
      message: `${FS_CODES[err.code] ?? err.message.replace(/^E[A-Z]+: /, '').split(',')[0]} (${err.code})`,
    };
  }
  return { file, message: err instanceof Error ? `${err.name}: ${err.message.split('\n')[0]}` : String(e) };
}
