// WORKERS=N npm start: the primary forks N workers sharing one port, replaces one
// that dies, and on SIGTERM stops them and exits 0. Started as a child process the
// way `npm start` starts it (the built dist/start.mjs), on a free loopback port.
import { spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT, testEnv } from '../support/helpers.ts';
import { freePort, startRedis, type RedisServer } from '../support/redis-support.ts';
import { SERVICE } from '../support/service-command.ts';

const AT = '2021-12-20T10:00';

interface Cluster {
  child: ChildProcess;
  port: number;
  primaryPid: number;
  output(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

let running: Cluster | undefined;
let redis: RedisServer | undefined;
afterEach(async () => {
  if (running && running.child.exitCode === null && running.child.signalCode === null) {
    // a failed test: kill the process group we started (tsx, primary, workers)
    process.kill(-running.child.pid!, 'SIGKILL');
    await running.exited;
  }
  running = undefined;
  await redis?.stop();
  redis = undefined;
});

async function startCluster(env: Record<string, string>): Promise<Cluster> {
  const port = await freePort();
  const child = spawn(SERVICE.command, SERVICE.args, {
    cwd: ROOT,
    env: testEnv({ PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', PORT: String(port), HOST: '127.0.0.1', ...env }),
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // its own process group, so a failed test can stop every worker with it
  });
  let out = '';
  child.stdout!.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (out += c.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  running = { child, port, primaryPid: 0, output: () => out, exited };
  await until(
    () => /workers listening on/.test(out),
    30_000,
    () => `the cluster did not come up:\n${out}`,
  );
  running.primaryPid = Number(/primary pid (\d+)/.exec(out)?.[1]);
  return running;
}

async function until(done: () => boolean, timeoutMs: number, why: () => string): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() > end) throw new Error(why());
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** GET on a new connection each time, so the primary hands each to the next worker. */
function get(port: number, path: string): Promise<{ status: number; body: any }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, agent: false, headers: { connection: 'close' } }, (res) => {
      let data = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (data += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(data) }));
    });
    req.on('error', reject);
    req.end();
  });
}

const pidOf = async (port: number) => (await get(port, '/healthz')).body.pid as number;
const askPath = (q: string, session?: string) => `/api/ask?${new URLSearchParams({ q, at: AT, ...(session ? { session } : {}) })}`;
const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('WORKERS=2', () => {
  it('serves from both workers, replaces one that dies, and stops on SIGTERM with exit 0', async () => {
    const c = await startCluster({ WORKERS: '2' });
    expect(c.output()).toMatch(/REDIS_URL is not set, so conversations and WeChat retry deduplication are per worker/);

    const pids = new Set<number>();
    for (let i = 0; i < 8; i++) pids.add(await pidOf(c.port));
    expect(pids.size).toBe(2);
    expect(pids.has(c.primaryPid)).toBe(false); // the primary only supervises
    for (let i = 0; i < 4; i++) {
      const r = await get(c.port, askPath('武汉医保结算什么时候恢复'));
      expect(r.status).toBe(200);
      expect(r.body.answer).toContain('12月31日');
    }

    const [victim] = [...pids];
    process.kill(victim!, 'SIGKILL');
    await until(
      () => /starting a replacement/.test(c.output()),
      10_000,
      () => `no replacement:\n${c.output()}`,
    );
    const after = new Set<number>();
    const end = Date.now() + 20_000;
    while (after.size < 2 && Date.now() < end) after.add(await pidOf(c.port).catch(() => 0));
    after.delete(0);
    expect(after.size).toBe(2);
    expect(after.has(victim!)).toBe(false);

    const workers = [...after];
    c.child.kill('SIGTERM');
    const { code } = await c.exited;
    expect(code).toBe(0);
    expect(workers.filter(isAlive)).toEqual([]);
  });

  it('with REDIS_URL, a conversation continues whichever worker gets the follow-up', async () => {
    redis = await startRedis();
    const c = await startCluster({ WORKERS: '2', REDIS_URL: redis.url });
    expect(c.output()).not.toMatch(/REDIS_URL is not set/);
    // connections go round-robin, so with two per conversation the follow-up lands on the other worker
    for (let i = 0; i < 6; i++) {
      const session = `cluster-${i}`;
      expect((await get(c.port, askPath('武汉医保电话', session))).body.city).toBe('武汉');
      const followUp = await get(c.port, askPath('那结算什么时候恢复', session));
      expect(followUp.body.city).toBe('武汉');
      expect(followUp.body.answer).toContain('12月31日');
    }
    c.child.kill('SIGTERM');
    expect((await c.exited).code).toBe(0);
  });
});
