// A real redis-server for the multi-instance tests: started as a child process on a
// free loopback port, with nothing written to disk, and stopped (or killed) by the test.
// `npm test` installs the Debian package first (test/support/prerequisites.ts); without it these
// tests fail saying what to install, never skipped.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { delimiter, join } from 'node:path';

/** The redis-server program: Debian's, else the first on PATH. */
export const findRedisServer = () =>
  [
    '/usr/bin/redis-server',
    ...(process.env.PATH ?? '')
      .split(delimiter)
      .filter(Boolean)
      .map((d) => join(d, 'redis-server')),
  ].find((p) => existsSync(p));

/** A port nobody listens on right now (the OS picks it). */
export async function freePort(): Promise<number> {
  const srv = createServer();
  await new Promise<void>((resolve) => srv.listen(0, '127.0.0.1', resolve));
  const { port } = srv.address() as { port: number };
  await new Promise<void>((resolve) => srv.close(() => resolve()));
  return port;
}

export interface RedisServer {
  port: number;
  url: string;
  child: ChildProcess;
  /** SIGKILL: Redis vanishes as in a crash */
  kill(): Promise<void>;
  /** stops it if still running */
  stop(): Promise<void>;
}

/** Starts redis-server on `port` (default: a free one) and resolves once it accepts connections. */
export async function startRedis(port?: number): Promise<RedisServer> {
  const program = findRedisServer();
  if (!program) throw new Error('redis-server is not installed: apt-get install -y redis-server (npm test installs it itself when run as root)');
  const p = port ?? (await freePort());
  const child = spawn(program, ['--port', String(p), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`redis-server did not start on port ${p}:\n${output}`)), 10_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Ready to accept connections')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`redis-server exited with ${code}:\n${output}`));
    });
  });
  child.stdout!.resume();
  const signal = async (sig: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(sig);
    await exited;
  };
  return { port: p, url: `redis://127.0.0.1:${p}`, child, kill: () => signal('SIGKILL'), stop: () => signal('SIGTERM') };
}
