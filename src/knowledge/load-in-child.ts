// Loads a knowledge directory for the service. Reading and validating (YAML,
// schema, quotes: read.ts) run in a short-lived child process (read-child.ts);
// only building the model (build.ts) runs here. So a reload does not hold the
// event loop while files are parsed (0.7 s on 300 cities), and neither
// the YAML parser, the schema library nor the parsing garbage enter the process
// that serves. A worker thread was tried first: it left ~10 MB more resident
// here than a process that exits (BENCHMARKS.md).
import { fork, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildKnowledge } from './build.ts';
import type { KnowledgeBase } from './model.ts';
import { KnowledgeLoadError, type Problem } from './problems.ts';
import type { ReadKnowledge } from './read.ts';

/** Set by bin/build.mjs: the built service runs dist/read-child.mjs, beside the bundle or above the shared chunk (dist/chunks/) this code lands in. */
declare const __BUILT__: boolean | undefined;
const BUILT = typeof __BUILT__ !== 'undefined' && __BUILT__;

type Reply = { ok: true; read: ReadKnowledge } | { ok: false; problems: Problem[]; warnings: Problem[] };

/** A reader still busy after this long is stopped: a reload must not wait forever (300 cities take ~3 s). */
const READ_TIMEOUT_MS = 120_000;

/** The reader: built, or run from source through tsx. */
function startReader(dir: string): ChildProcess {
  const built = [new URL('./read-child.mjs', import.meta.url), new URL('../read-child.mjs', import.meta.url)].find((u) => existsSync(fileURLToPath(u)));
  const [file, execArgv] = BUILT && built ? [built, []] : [new URL('./read-child.ts', import.meta.url), ['--import', 'tsx']];
  return fork(fileURLToPath(file), [dir], { execArgv, stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
}

/** Like loadKnowledge, but the files are read and checked by a child process. */
export function loadKnowledgeInChild(dir: string): Promise<KnowledgeBase> {
  return new Promise((resolve, reject) => {
    let reply: Reply | undefined;
    let stderr = '';
    const child = startReader(dir);
    const timer = setTimeout(() => {
      stderr += `\nstopped after ${READ_TIMEOUT_MS / 1000} s`;
      child.kill('SIGKILL');
    }, READ_TIMEOUT_MS).unref();
    child.stderr!.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
    child.once('message', (m: Reply) => (reply = m));
    child.once('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      if (!reply) return reject(new Error(`the knowledge reader stopped without an answer (${signal ?? `exit code ${code}`}): ${lastLine(stderr)}`));
      try {
        if (reply.ok) resolve(buildKnowledge(reply.read));
        else reject(new KnowledgeLoadError(reply.problems, reply.warnings));
      } catch (e) {
        reject(e as Error);
      }
    });
  });
}

/** The error line of a Node stack trace on stderr. */
const lastLine = (text: string) =>
  text
    .trim()
    .split('\n')
    .filter((l) => /\S/.test(l) && !/^\s+at /.test(l) && !/^Node\.js v/.test(l))
    .pop() ?? '';
