// The service in a child process, for the fuzz and load tests and the HTTP
// benchmarks: the client (vitest, autocannon) and the server then neither share an
// event loop nor a heap, a crash shows as the child exiting, and the server's own
// memory can be read after a forced GC.
//
// Run as: node --expose-gc --import tsx test/support/child-server.ts   (with an IPC channel)
// The environment configures the service as in production (readConfig); the
// listener is always a free loopback port. CHILD_APP=hello serves a bare koa
// "hello" instead (the throughput limit for the benchmarks), CHILD_APP=sealed the
// WeChat protocol alone on bare koa (see sealedFloorApp), CHILD_APP=floor the same with
// the libraries used plainly (bench/floor-app.ts).
// Messages from the parent: 'memory' → { type: 'memory', ...process.memoryUsage() } after GC.
import Koa from 'koa';
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import type { AddressInfo } from 'node:net';
import { readBody } from '../../handlers/http/body.ts';
import { readConfig } from '../../server/config.ts';
import { MsgCrypt } from '../../handlers/wechat/crypto.ts';
import { rawQuery } from '../../handlers/wechat/query.ts';
import { buildXml, parseXml, textReply } from '../../handlers/wechat/xml.ts';
import { startServer } from '../../server/start-server.ts';

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
    url = await listen(app);
  } else if (process.env.CHILD_APP === 'floor') {
    const { protocolFloorApp } = await import('../../bench/floor-app.ts');
    url = await listen(protocolFloorApp(process.env));
  } else if (process.env.CHILD_APP === 'sealed') {
    url = await listen(sealedFloorApp());
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

async function listen(app: Koa): Promise<string> {
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/**
 * CHILD_APP=sealed: bare koa plus the protocol of a safe-mode POST /wechat and nothing
 * else (no router, logging, metrics, dedupe or answer): verify, decrypt, parse, then a
 * fixed reply encrypted and signed. What the protocol alone costs on top of bare koa.
 */
function sealedFloorApp(): Koa {
  const { WECHAT_TOKEN: token = '', WECHAT_ENCODING_AES_KEY: aesKey = '', WECHAT_APPID: appId = '' } = process.env;
  const crypt = new MsgCrypt(token, aesKey, appId);
  const app = new Koa();
  app.use(async (ctx) => {
    const q = rawQuery(ctx.querystring);
    const outer = parseXml(await readBody(ctx));
    crypt.verify(q.msg_signature, q.timestamp ?? '', q.nonce, outer.Encrypt!);
    const msg = parseXml(crypt.open(outer.Encrypt!));
    const sealed = crypt.seal(textReply(msg, '收到', Date.now()), q.nonce ?? '');
    ctx.type = 'application/xml';
    ctx.body = buildXml({ Encrypt: sealed.Encrypt, MsgSignature: sealed.MsgSignature, TimeStamp: Number(sealed.TimeStamp), Nonce: sealed.Nonce });
  });
  return app;
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
