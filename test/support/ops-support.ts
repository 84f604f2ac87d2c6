// Shared by the operations tests (test/ops/): the service started the way
// `npm start` starts it — in this process with its log lines captured, or as a
// child process — a temp copy of knowledge/ and the edits an operator makes to it.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readConfig } from '../../server/config.ts';
import { createLogger } from '../../server/logger.ts';
import { startServer, type Running, type StartOptions } from '../../server/start-server.ts';
import { KNOWLEDGE_DIR, ROOT, tempDir, testEnv } from './helpers.ts';
import { SERVICE } from './service-command.ts';

export interface OpsServer {
  running: Running;
  url: string;
  /** every log line so far, parsed */
  logs(): Record<string, unknown>[];
  /** every log line so far, as written */
  rawLogs(): string;
  get(path: string, headers?: Record<string, string>): Promise<Response>;
  ask(q: string, params?: Record<string, string>): Promise<{ answer: string; band: string }>;
  close(): Promise<void>;
}

/** startServer with readConfig(env), on a free loopback port, its logger writing into memory. */
export async function startOps(env: Record<string, string>, opts: StartOptions = {}): Promise<OpsServer> {
  const config = { ...readConfig(testEnv(env)), port: 0, host: '127.0.0.1' };
  const lines: string[] = [];
  const logger = createLogger({ level: config.ops!.logLevel, stream: { write: (s: string) => void lines.push(s) } });
  const running = await startServer(config, { logger, ...opts });
  const get = (path: string, headers: Record<string, string> = {}) => fetch(running.url + path, { headers });
  return {
    running,
    url: running.url,
    logs: () =>
      lines
        .join('')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as Record<string, unknown>),
    rawLogs: () => lines.join(''),
    get,
    async ask(q, params = {}) {
      const res = await get(`/api/ask?${new URLSearchParams({ q, ...params })}`);
      if (res.status !== 200) throw new Error(`/api/ask answered ${res.status}`);
      return (await res.json()) as { answer: string; band: string };
    },
    close: () => running.close(),
  };
}

export const post = (url: string, headers: Record<string, string> = {}) => fetch(url, { method: 'POST', headers });

// --- the knowledge an operator edits -----------------------------------------

/** A fresh copy of knowledge/ in a temp folder (removed by removeTempDirs). */
export function copyKnowledge(): string {
  const dir = join(tempDir('cutover-ops-'), 'knowledge');
  cpSync(KNOWLEDGE_DIR, dir, { recursive: true });
  return dir;
}

export const WUHAN = 'wuhan-2021-12';
/** Wuhan's settlement resumes 2021-12-31 23:00 in the notice; the edit moves it. */
export const RESUME_QUESTION = { q: '武汉医保结算什么时候恢复', at: '2022-02-01T10:00' };
export const ORIGINAL_RESUME = '12月31日23:00';
export const EDITED_RESUME = '1月2日8:00';

const original = (file: string) => readFileSync(join(KNOWLEDGE_DIR, WUHAN, file), 'utf8');

/**
 * Sets Wuhan's settlement resume time as an operator would after a corrected
 * notice: the published text and the facts quoting it, consistently.
 * `edited` false restores the original.
 */
export function setWuhanResume(dir: string, edited: boolean): void {
  const from = '2021年12月31日23:00起，恢复全市医疗机构';
  const to = edited ? '2022年1月2日08:00起，恢复全市医疗机构' : from;
  writeFileSync(join(dir, WUHAN, 'notice.md'), original('notice.md').replaceAll(from, to));
  const facts = original('facts.yaml')
    .replace(
      'resume: "2021-12-31T23:00"\n        resume_mode: date',
      `resume: "${edited ? '2022-01-02T08:00' : '2021-12-31T23:00'}"\n        resume_mode: date`,
    )
    .replaceAll(from, to)
    .replaceAll('2021年12月31日23:00起恢复全市医疗机构', edited ? '2022年1月2日08:00起恢复全市医疗机构' : '2021年12月31日23:00起恢复全市医疗机构');
  writeFileSync(join(dir, WUHAN, 'facts.yaml'), facts);
}

/** A typo an operator might make: the settlement resume is no longer a date-time. */
export const BROKEN_FIELD = 'businesses[4].windows[0].resume';
export function breakWuhanFacts(dir: string): void {
  const file = join(dir, WUHAN, 'facts.yaml');
  writeFileSync(
    file,
    readFileSync(file, 'utf8').replace(/resume: "20\d\d-\d\d-\d\dT\d\d:\d\d"\n {8}resume_mode: date/, 'resume: "next tuesday"\n        resume_mode: date'),
  );
}

// --- the service as a child process ------------------------------------------

export interface Child {
  proc: ChildProcess;
  /** the service's own pid, from its log lines */
  pid: number;
  url: string;
  logs(): Record<string, unknown>[];
  /** resolves with the first log line matching, or rejects when the process ends first */
  waitForLog(match: (line: Record<string, unknown>) => boolean, what: string): Promise<Record<string, unknown>>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stderr(): string;
  kill(): void;
}

/** The built service as `npm start` runs it (or with other node `args`), configured by `env` alone, on a free port. */
export async function spawnService(env: Record<string, string>, args: string[] = SERVICE.args): Promise<Child> {
  const proc = spawn(SERVICE.command, args, {
    cwd: ROOT,
    env: testEnv({ PATH: process.env.PATH, HOME: process.env.HOME, PORT: '0', HOST: '127.0.0.1', ...env }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  const waiters = new Set<() => void>();
  const parsed: Record<string, unknown>[] = [];
  proc.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    out += chunk;
    const lines = out.split('\n');
    out = lines.pop()!;
    for (const l of lines) if (l.trim()) parsed.push(JSON.parse(l));
    for (const w of waiters) w();
  });
  proc.stderr!.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
  // 'close', not 'exit': by then everything it wrote has been read
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    proc.once('close', (code, signal) => resolve({ code, signal })),
  );
  let ended = false;
  void exited.then(() => {
    ended = true;
    for (const w of waiters) w();
  });

  const waitForLog = (match: (line: Record<string, unknown>) => boolean, what: string) =>
    new Promise<Record<string, unknown>>((resolve, reject) => {
      const check = () => {
        const hit = parsed.find(match);
        if (hit) {
          waiters.delete(check);
          resolve(hit);
        } else if (ended) {
          waiters.delete(check);
          reject(new Error(`service ended before logging ${what}; stderr: ${err.slice(-2000)}`));
        }
      };
      waiters.add(check);
      check();
    });

  const listening = await waitForLog((l) => typeof l.url === 'string', 'the listening line');
  return {
    proc,
    pid: listening.pid as number,
    url: listening.url as string,
    logs: () => parsed,
    waitForLog,
    exited,
    stderr: () => err,
    kill: () => {
      if (!ended) {
        try {
          process.kill(listening.pid as number, 'SIGKILL');
        } catch {}
        proc.kill('SIGKILL');
      }
    },
  };
}
