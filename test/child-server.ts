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
import type { AddressInfo } from 'node:net';
import { readConfig } from '../handlers/config.ts';
import { startServer } from '../handlers/server.ts';

const send = (msg: unknown) => process.send?.(msg);

async function main(): Promise<void> {
  let url: string;
  if (process.env.CHILD_APP === 'hello') {
    const app = new Koa();
    app.use((ctx) => {
      ctx.body = 'hello';
    });
    const server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  } else {
    ({ url } = await startServer({ ...readConfig(process.env), port: 0, host: '127.0.0.1' }));
  }
  process.on('message', (m) => {
    if (m === 'memory') {
      for (let i = 0; i < 3; i++) globalThis.gc?.();
      send({ type: 'memory', gc: typeof globalThis.gc === 'function', ...process.memoryUsage() });
    }
  });
  // the parent going away must not leave a server behind
  process.on('disconnect', () => process.exit(0));
  send({ type: 'ready', url });
}

main().catch((e: Error) => {
  console.error(`child-server failed to start: ${e.name}: ${e.message}`);
  process.exit(1);
});
