// WORKERS=N: one machine, all its cores. The primary only supervises: it forks N
// workers that run the whole service and share the listening port (node:cluster
// hands out connections round-robin), replaces a worker that dies, passes SIGHUP
// on (reload), and on SIGTERM/SIGINT lets every worker finish, then exits 0.
import cluster, { type Worker } from 'node:cluster';
import type { Config } from './config.ts';

export interface PrimaryOptions {
  /** how long workers get to finish their requests before they are killed (default 15 s) */
  stopTimeoutMs?: number;
  log?: (line: string) => void;
}

/** Supervises the workers until the primary exits (it never resolves). */
export function runPrimary(config: Config, { stopTimeoutMs = 15_000, log = (l) => console.log(l) }: PrimaryOptions = {}): Promise<never> {
  const count = config.workers ?? 1;
  const startedAt = new Map<Worker, number>();
  let everListened = false;
  let listening = 0;
  let stopping = false;
  let exitCode = 0;

  const fork = () => startedAt.set(cluster.fork(), Date.now());
  const alive = () => Object.values(cluster.workers ?? {}).filter((w): w is Worker => !!w && !w.isDead());

  log(`cluster: starting ${count} workers (primary pid ${process.pid})`);
  if (!config.redis) {
    console.warn(
      `cluster: REDIS_URL is not set, so conversations and WeChat retry deduplication are per worker: a follow-up question or a retry that lands on another worker starts afresh. Set REDIS_URL to share them.`,
    );
  }
  for (let i = 0; i < count; i++) fork();

  cluster.on('listening', (_worker, address) => {
    if (everListened || ++listening < count) return;
    everListened = true;
    const host = !address.address || address.address === '0.0.0.0' || address.address === '::' ? '127.0.0.1' : address.address;
    log(`cluster: ${count} workers listening on http://${host}:${address.port}`);
  });

  cluster.on('exit', (worker, code, signal) => {
    const lived = Date.now() - (startedAt.get(worker) ?? 0);
    startedAt.delete(worker);
    if (stopping) {
      if (alive().length === 0) process.exit(exitCode);
      return;
    }
    if (!everListened) {
      // not one worker came up: the knowledge or the port is wrong, and so would the next one be
      console.error(`cluster: worker ${worker.process.pid} exited (${signal ?? `code ${code}`}) before serving; stopping`);
      stop(1);
      return;
    }
    console.error(`cluster: worker ${worker.process.pid} exited (${signal ?? `code ${code}`}); starting a replacement`);
    // a worker that dies right after starting would otherwise be restarted in a tight loop
    setTimeout(() => stopping || fork(), lived < 5000 ? 1000 : 100);
  });

  const stop = (code: number) => {
    if (stopping) return;
    stopping = true;
    exitCode = code;
    const workers = alive();
    if (workers.length === 0) process.exit(exitCode);
    for (const w of workers) w.process.kill('SIGTERM'); // each worker stops accepting and finishes in flight
    setTimeout(() => {
      const left = alive();
      console.error(`cluster: ${left.length} worker(s) still busy after ${stopTimeoutMs / 1000} s; killing them`);
      for (const w of left) w.process.kill('SIGKILL');
      process.exit(1);
    }, stopTimeoutMs).unref();
  };

  process.on('SIGTERM', () => {
    log('cluster: SIGTERM, stopping workers');
    stop(0);
  });
  process.on('SIGINT', () => stop(0));
  process.on('SIGHUP', () => {
    for (const w of alive()) w.process.kill('SIGHUP');
  });

  return new Promise<never>(() => {});
}
