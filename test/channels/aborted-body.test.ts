// A client that disconnects halfway through its request body (a phone losing signal
// while WeChat relays, a scanner) is the client's doing: the request is logged as a
// 4xx at info level, never as a 500 "request failed" at error level that pages someone.
import { createHash } from 'node:crypto';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnServer, type ChildServer } from '../support/spawn-server.ts';

const TOKEN = 'aborted-body-token';
// a correctly signed plain-mode message, so the server gets as far as reading its body
const signed = `signature=${createHash('sha1').update([TOKEN, '1', 'n'].sort().join('')).digest('hex')}&timestamp=1&nonce=n`;

let server: ChildServer;
beforeAll(async () => {
  server = await spawnServer({ ADMIN_TOKEN: 'aborted-body-admin-token', WECHAT_TOKEN: TOKEN, SIGNATURE_MAX_AGE_SECONDS: '0' });
});
afterAll(async () => {
  await server?.stop();
});

/** Sends the headers and half of the declared body, then closes the connection. */
async function sendHalfABody(path: string, headers: Record<string, string> = {}): Promise<void> {
  const { hostname, port } = new URL(server.url);
  const socket = connect(Number(port), hostname);
  await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject));
  const head = [
    `POST ${path} HTTP/1.1`,
    `Host: ${hostname}:${port}`,
    'Content-Length: 1000',
    ...Object.entries({ 'Content-Type': 'text/xml', ...headers }).map(([k, v]) => `${k}: ${v}`),
    '',
    '',
  ].join('\r\n');
  socket.write(head + '<xml><ToUserName>'.padEnd(500, ' '));
  await new Promise((resolve) => setTimeout(resolve, 200)); // let the server start reading the body
  await new Promise<void>((resolve) => socket.end(resolve));
  socket.destroy();
}

/** The server's log lines for requests to `route`, once one has been written. */
async function requestLines(route: string): Promise<{ level: string; status: number }[]> {
  for (let i = 0; i < 100; i++) {
    const lines = server
      .stdout()
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as { level: string; msg: string; route?: string; status: number })
      .filter((l) => l.msg === 'request' && l.route === route);
    if (lines.length) return lines;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`no request line for ${route}:\n${server.stdout()}`);
}

describe('a request body cut off by the client', () => {
  it('is a 4xx at info level, with nothing logged as an error', async () => {
    await sendHalfABody(`/wechat?${signed}`);
    const [line] = await requestLines('/wechat');
    expect(line!.status).toBeGreaterThanOrEqual(400);
    expect(line!.status).toBeLessThan(500);
    expect(line!.level).toBe('info');
    expect(server.errors()).toEqual([]);
    expect(server.alive()).toBe(true);
  });

  it('is the same on the admin reload route', async () => {
    await sendHalfABody('/admin/reload', { Authorization: 'Bearer aborted-body-admin-token', 'Content-Type': 'application/json' });
    const [line] = await requestLines('/admin/reload');
    expect(line!.status).toBeGreaterThanOrEqual(400);
    expect(line!.status).toBeLessThan(500);
    expect(server.errors()).toEqual([]);
  });

  it('nor is garbage after a request on a kept-alive connection (a parser error)', async () => {
    const { hostname, port } = new URL(server.url);
    const socket = connect(Number(port), hostname);
    await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject));
    let reply = '';
    socket.on('data', (d: Buffer) => (reply += d.toString()));
    const closed = new Promise((resolve) => socket.once('close', resolve));
    socket.write(`GET /api/ask?q=1 HTTP/1.1\r\nHost: ${hostname}\r\n\r\n\u0001\u0002 NOT HTTP\r\n\r\n`);
    await closed;
    expect(reply).toMatch(/^HTTP\/1\.1 \d{3}/);
    await requestLines('/api/ask');
    await new Promise((resolve) => setTimeout(resolve, 200)); // the parser's error comes after the reply
    expect(server.errors()).toEqual([]);
  });
});

/**
 * Sends `head` (with Content-Length: 2000), waits 300 ms as a slow sender would, then the body:
 * what came back before the body, what came back in all, and any socket error.
 */
async function sendBodyLate(head: (host: string) => string): Promise<{ early: string; answer: string; error: string }> {
  const { hostname, port } = new URL(server.url);
  const socket = connect(Number(port), hostname);
  await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject));
  let answer = '';
  let error = '';
  socket.on('data', (c: Buffer) => (answer += c.toString('latin1')));
  socket.on('error', (e: NodeJS.ErrnoException) => (error = e.code ?? e.name));
  const closed = new Promise((resolve) => socket.once('close', resolve));
  socket.write(`${head(`${hostname}:${port}`)}Content-Length: 2000\r\n\r\n`);
  await new Promise((resolve) => setTimeout(resolve, 300));
  const early = answer;
  socket.write('x'.repeat(2000));
  await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, 3000))]);
  socket.destroy();
  return { early, answer, error };
}

describe('a refusal of a request whose body is still coming', () => {
  it('waits for the body, so a client that sends it late still reads the 405 instead of a reset', async () => {
    const r = await sendBodyLate((host) => `DELETE /wechat HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n`);
    expect(r.early, 'nothing is answered before the body has come').toBe('');
    expect(r.error).toBe('');
    expect(r.answer).toMatch(/^HTTP\/1\.1 405/);
  });

  it('an Expect header other than 100-continue is refused with 417 once the body has come', async () => {
    const r = await sendBodyLate((host) => `POST /wechat HTTP/1.1\r\nHost: ${host}\r\nExpect: nonsense\r\n`);
    expect(r.early, 'nothing is answered before the body has come').toBe('');
    expect(r.error).toBe('');
    expect(r.answer).toMatch(/^HTTP\/1\.1 417/);
  });
});
