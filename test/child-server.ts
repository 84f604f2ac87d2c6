// The service in a child process, for the fuzz and load tests and the HTTP
// benchmarks: the client (vitest, autocannon) and the server then neither share an
// event loop nor a heap, a crash shows as the child exiting, and the server's own
// memory can be read after a forced GC.
//
// Run as: node --expose-gc --import tsx test/child-server.ts   (with an IPC channel)
// The environment configures the service as in production (readConfig); the
// listener is always a free loopback port. CHILD_APP=hello serves a bare koa
// "hello" instead (the throughput limit for the benchmarks).
// Messages from the parent: 'memory' → { type: 'memory', ...process.memoryUsage() } after GC.
import Koa from 'koa';
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import type { AddressInfo } from 'node:net';
import { readConfig } from '../handlers/config.ts';
import { startServer } from '../handlers/server.ts';

const send = (msg: unknown) => process.send?.(msg);

async function main(): Promise<void> {
  let url: string;
  if (process.env.CHILD_APP === 'hello') {
    const app = new Koa();
    // HELLO_BYTES: a body of that size instead (to compare like with like: a webhook reply is ~2.5 KB)
    const body = process.env.HELLO_BYTES ? 'x'.repeat(Number(process.env.HELLO_BYTES)) : 'hello';
    app.use((ctx) => {
      ctx.body = body;
    });
    const server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  } else {
    ({ url } = await startServer({ ...readConfig(process.env), port: 0, host: '127.0.0.1' }));
  }
  process.on('message', (m: unknown) => {
    if (m === 'memory') {
      for (let i = 0; i < 3; i++) globalThis.gc?.();
      send({ type: 'memory', gc: typeof globalThis.gc === 'function', ...process.memoryUsage() });
    }
    // { type: 'profile', ms, file }: a CPU profile of the next `ms` milliseconds (bench diagnostics)
    const p = m as { type?: string; ms?: number; file?: string };
    if (p?.type === 'profile' && p.file) void profile(p.ms ?? 5000, p.file).then(() => send({ type: 'profiled', file: p.file }));
  });
  // the parent going away must not leave a server behind
  process.on('disconnect', () => process.exit(0));
  send({ type: 'ready', url });
}

async function profile(ms: number, file: string): Promise<void> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  await new Promise((resolve) => setTimeout(resolve, ms));
  const { profile } = await session.post('Profiler.stop');
  writeFileSync(file, JSON.stringify(profile));
  session.disconnect();
}

main().catch((e: Error) => {
  console.error(`child-server failed to start: ${e.name}: ${e.message}`);
  process.exit(1);
});
