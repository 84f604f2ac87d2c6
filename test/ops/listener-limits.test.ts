// The listener's limits, tested as an attacker holding connections open would:
// raw sockets that send a body 1 byte at a time, send nothing at all, or open more
// connections than allowed; and SIGTERM's close with such a socket open. Timeouts
// are configured small; the only time bound asserted is a generous one.
import { connect, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, DEMO_WECHAT_TOKEN, readConfig } from '../../server/config.ts';
import { ChatClient } from '../../bin/lib/chat-client.ts';
import { startOps, type OpsServer } from '../support/ops-support.ts';
import { realAssistant } from '../support/wechat-support.ts';

const GENEROUS_MS = 8000;
let server: OpsServer | undefined;
const sockets: Socket[] = [];
afterEach(async () => {
  for (const s of sockets.splice(0)) s.destroy();
  await server?.close();
  server = undefined;
});

interface Raw {
  socket: Socket;
  /** what the server sent so far */
  received(): string;
  /** resolves true when the server closed the connection, false when `ms` passed first */
  closedWithin(ms: number): Promise<boolean>;
}

async function open(url: string): Promise<Raw> {
  const { hostname, port } = new URL(url);
  const socket = connect(Number(port), hostname);
  sockets.push(socket);
  let data = '';
  socket.setEncoding('utf8').on('data', (d: string) => (data += d));
  socket.on('error', () => {}); // a reset is one way of being closed
  const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
  await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject));
  return {
    socket,
    received: () => data,
    closedWithin: (ms) => {
      let timer: NodeJS.Timeout;
      return Promise.race([closed.then(() => true), new Promise<boolean>((r) => (timer = setTimeout(() => r(false), ms)))]).finally(() => clearTimeout(timer));
    },
  };
}

/** Waits until the server holds `n` connections (accept() may lag the client's connect). */
async function serverHolds(n: number): Promise<void> {
  const count = () => new Promise<number>((resolve, reject) => server!.running.server.getConnections((e, c) => (e ? reject(e) : resolve(c))));
  for (let i = 0; i < 200 && (await count()) !== n; i++) await new Promise((r) => setTimeout(r, 10));
  expect(await count()).toBe(n);
}

const SMALL = { MISSED_LOG: 'off', HTTP_HEADERS_TIMEOUT_SECONDS: '1', HTTP_REQUEST_TIMEOUT_SECONDS: '2' };

describe('connection limits', () => {
  it('closes a connection whose body arrives 1 byte at a time once the request timeout passes, with a 408', async () => {
    server = await startOps(SMALL, { assistant: await realAssistant() });
    // a correctly signed message (demo account, plain mode), so the service does read the body
    const { url } = new ChatClient({ url: server.url, channel: 'wechat', token: DEMO_WECHAT_TOKEN, mode: 'plain' }).prepare({
      MsgType: 'text',
      Content: '你好',
    });
    const raw = await open(server.url);
    raw.socket.write(`POST ${new URL(url).pathname}${new URL(url).search} HTTP/1.1\r\nHost: x\r\nContent-Type: text/xml\r\nContent-Length: 1000\r\n\r\n`);
    const drip = setInterval(() => raw.socket.writable && raw.socket.write('<'), 200);
    try {
      expect(await raw.closedWithin(GENEROUS_MS)).toBe(true);
    } finally {
      clearInterval(drip);
    }
    expect(raw.received()).toMatch(/^HTTP\/1\.1 408/);
  });

  it('closes a connection that sends nothing once the headers timeout passes', async () => {
    server = await startOps(SMALL, { assistant: await realAssistant() });
    const raw = await open(server.url);
    expect(await raw.closedWithin(GENEROUS_MS)).toBe(true);
  });

  it('refuses connections past HTTP_MAX_CONNECTIONS, and serves again once they are gone', async () => {
    server = await startOps(
      { MISSED_LOG: 'off', HTTP_MAX_CONNECTIONS: '3', HTTP_HEADERS_TIMEOUT_SECONDS: '60', HTTP_REQUEST_TIMEOUT_SECONDS: '60' },
      { assistant: await realAssistant() },
    );
    const idle = [await open(server.url), await open(server.url), await open(server.url)];
    await serverHolds(3);
    const extra = await open(server.url);
    expect(await extra.closedWithin(GENEROUS_MS)).toBe(true);
    expect(extra.received()).toBe('');
    for (const s of idle) expect(s.socket.destroyed).toBe(false); // those it accepted are kept
    for (const s of idle) s.socket.destroy();
    await serverHolds(0);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });

  it('tells kept-alive clients the configured keep-alive timeout', async () => {
    server = await startOps({ MISSED_LOG: 'off', HTTP_KEEP_ALIVE_TIMEOUT_SECONDS: '2' }, { assistant: await realAssistant() });
    const res = await fetch(`${server.url}/healthz`);
    await res.text();
    expect(res.headers.get('keep-alive')).toBe('timeout=2');
  });

  it('refuses nonsense values, naming the variable', () => {
    const failure = (env: Record<string, string>) => {
      try {
        readConfig(env);
        return 'accepted';
      } catch (e) {
        if (e instanceof ConfigError) return e.message;
        throw e;
      }
    };
    expect(failure({ HTTP_MAX_CONNECTIONS: '0' })).toMatch(/HTTP_MAX_CONNECTIONS must be a whole number ≥ 1, got "0"/);
    expect(failure({ HTTP_KEEP_ALIVE_TIMEOUT_SECONDS: '1.5' })).toMatch(/HTTP_KEEP_ALIVE_TIMEOUT_SECONDS/);
    expect(failure({ HTTP_HEADERS_TIMEOUT_SECONDS: '40' })).toMatch(/HTTP_HEADERS_TIMEOUT_SECONDS \(40\) must not exceed HTTP_REQUEST_TIMEOUT_SECONDS \(30\)/);
    expect(readConfig({}).http).toEqual({ headersTimeoutMs: 10_000, requestTimeoutMs: 30_000, keepAliveTimeoutMs: 5_000, maxConnections: 1000 });
  });
});

describe('graceful close with connections open', () => {
  it('closes a silent connection at once and says no request was dropped', async () => {
    server = await startOps(
      { MISSED_LOG: 'off', HTTP_HEADERS_TIMEOUT_SECONDS: '60', HTTP_REQUEST_TIMEOUT_SECONDS: '60' },
      { shutdownTimeoutMs: 5000, assistant: await realAssistant() },
    );
    const silent = await open(server.url);
    const kept = await open(server.url); // kept alive after one request
    kept.socket.write('GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n');
    while (!kept.received().includes('"ok":true')) await new Promise((r) => setTimeout(r, 10));
    await serverHolds(2);

    const s = server;
    server = undefined;
    await s.close();
    expect(await silent.closedWithin(GENEROUS_MS)).toBe(true);
    expect(await kept.closedWithin(GENEROUS_MS)).toBe(true);
    const logs = s.logs();
    expect(logs.filter((l) => l.level === 'warn')).toEqual([]); // not "deadline passed: dropped …"
    expect(logs.find((l) => String(l.msg).startsWith('listener closed'))).toMatchObject({ level: 'info', inFlight: 0, idleClosed: 2 });
  });
});
