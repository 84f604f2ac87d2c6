// Starts test/support/child-server.ts in a child process and talks to it (see there).
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ENTRY = fileURLToPath(new URL('./child-server.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface ChildServer {
  url: string;
  child: ChildProcess;
  /** the child's heap and RSS after a forced GC */
  memory(): Promise<NodeJS.MemoryUsage & { gc: boolean }>;
  /** true while the child runs */
  alive(): boolean;
  /** how it ended, once it has */
  exit?: { code: number | null; signal: NodeJS.Signals | null };
  /** what it wrote (the last 64 KB of each stream) */
  stdout(): string;
  stderr(): string;
  /** every error it reported, in order (the first 1000): stderr lines, and JSON log lines at level error or fatal */
  errors(): string[];
  stop(): Promise<void>;
}

const KEEP = 64 * 1024;

export interface SpawnOptions {
  timeoutMs?: number;
  /** 'ignore': the child's stdout (one JSON log line per request) goes nowhere instead of being kept */
  stdout?: 'keep' | 'ignore';
}

/**
 * Forks the service (or CHILD_APP=hello) with `env` on top of a clean environment.
 * The missed-question log goes to a temp dir (removed on stop) unless `env` says otherwise.
 */
export async function spawnServer(env: Record<string, string>, opts: SpawnOptions = {}): Promise<ChildServer> {
  const scratch = mkdtempSync(join(tmpdir(), 'cutover-child-'));
  const child = fork(ENTRY, [], {
    cwd: ROOT,
    execArgv: ['--expose-gc', '--import', 'tsx'],
    // PATH and HOME only: the service is configured by `env` alone, as in production
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      NODE_ENV: 'production',
      MISSED_LOG: join(scratch, 'missed.jsonl'),
      MISSED_SALT: 'child-server-test-salt',
      ...env,
    },
    stdio: ['ignore', opts.stdout === 'ignore' ? 'ignore' : 'pipe', 'pipe', 'ipc'],
  });
  let out = '';
  let err = '';
  const errors: string[] = [];
  const note = (line: string) => errors.length < 1000 && line.trim() && errors.push(line);
  let partial = '';
  child.stdout?.on('data', (d: Buffer) => {
    const text = d.toString();
    out = (out + text).slice(-KEEP);
    const lines = (partial + text).split('\n');
    partial = lines.pop() ?? '';
    // pino lines: {"level":"error",…} (or 50/60 with numeric levels)
    for (const line of lines) if (/^\{"level":("(error|fatal)"|[56]\d\b)/.test(line)) note(line);
  });
  let partialErr = '';
  child.stderr!.on('data', (d: Buffer) => {
    const text = d.toString();
    err = (err + text).slice(-KEEP);
    const lines = (partialErr + text).split('\n');
    partialErr = lines.pop() ?? '';
    for (const line of lines) note(line);
  });
  child.once('exit', () => rmSync(scratch, { recursive: true, force: true }));
  const server: ChildServer = {
    url: '',
    child,
    alive: () => child.exitCode === null && child.signalCode === null,
    stdout: () => out,
    stderr: () => err,
    errors: () => errors,
    memory: () =>
      new Promise((resolve, reject) => {
        const onMessage = (m: { type?: string }) => {
          if (m?.type !== 'memory') return;
          child.off('message', onMessage);
          resolve(m as NodeJS.MemoryUsage & { gc: boolean });
        };
        child.on('message', onMessage);
        if (!child.send('memory')) reject(new Error('child server is gone'));
      }),
    stop: async () => {
      if (!server.alive()) return;
      const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      const t = setTimeout(() => child.kill('SIGKILL'), 12_000);
      await gone;
      clearTimeout(t);
    },
  };
  child.once('exit', (code, signal) => (server.exit = { code, signal }));
  server.url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`child server not ready in time\n${err}`)), opts.timeoutMs ?? 30_000);
    child.on('message', (m: { type?: string; url?: string }) => {
      if (m?.type === 'ready') {
        clearTimeout(timer);
        resolve(m.url!);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`child server exited (${code}) before it was ready\n${err}`));
    });
  });
  return server;
}
