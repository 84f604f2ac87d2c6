// Sends one fuzz request and reports what came back, without ever throwing.
import http from 'node:http';
import net from 'node:net';
import type { FuzzRequest } from './fuzz-cases.ts';

export interface Outcome {
  status?: number;
  /** error code when no response came (ECONNRESET, EPIPE, TIMEOUT, …) */
  error?: string;
  ms: number;
  /** the first bytes of the response body (for reports) */
  snippet?: string;
}

export function sendRequest(req: FuzzRequest, agent: http.Agent, timeoutMs: number): Promise<Outcome> {
  return req.raw ? sendRaw(req, timeoutMs) : sendHttp(req, agent, timeoutMs);
}

function sendHttp(req: FuzzRequest, agent: http.Agent, timeoutMs: number): Promise<Outcome> {
  const t0 = performance.now();
  const { hostname, port } = new URL(req.base);
  return new Promise<Outcome>((resolve) => {
    let done = false;
    const finish = (o: Omit<Outcome, 'ms'>) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      resolve({ ...o, ms: performance.now() - t0 });
    };
    const timer = setTimeout(() => {
      finish({ error: 'TIMEOUT' });
      r?.destroy();
    }, timeoutMs);
    let r: http.ClientRequest | undefined;
    try {
      // Node's client frames no body for DELETE/OPTIONS/TRACE unless told its length: the bytes would
      // then arrive as a second, garbage request. Say the length, so the body is the body.
      const framed =
        req.body && req.method !== 'GET' && req.method !== 'HEAD' && !Object.keys(req.headers).some((h) => /^(content-length|transfer-encoding)$/i.test(h));
      const headers = framed ? { ...req.headers, 'content-length': String(req.body!.length) } : req.headers;
      r = http.request({ host: hostname, port, method: req.method, path: req.path, headers, agent }, (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (c: Buffer) => {
          if (size < 2048) chunks.push(c);
          size += c.length;
        });
        const snippet = () => Buffer.concat(chunks).toString('utf8').slice(0, 300);
        res.on('end', () => finish({ status: res.statusCode, snippet: snippet() }));
        res.on('error', () => finish({ status: res.statusCode, snippet: snippet() }));
        res.on('aborted', () => finish({ status: res.statusCode, snippet: snippet() }));
      });
    } catch {
      // Node's client refuses raw non-Latin-1 characters in a path or header: send those bytes on a socket
      done = true;
      clearTimeout(timer);
      void sendRaw({ ...req, raw: rawBytes(req) }, timeoutMs).then(resolve);
      return;
    }
    r.on('error', (e: NodeJS.ErrnoException) => finish({ error: e.code ?? e.name }));
    if (req.body && req.method !== 'GET' && req.method !== 'HEAD') r.end(req.body);
    else r.end();
  });
}

/** The request as UTF-8 bytes on the wire, whatever Node's client would say about them. */
function rawBytes(req: FuzzRequest): Buffer {
  const head = [`${req.method} ${req.path} HTTP/1.1`, 'Host: 127.0.0.1', 'Connection: close', ...Object.entries(req.headers).map(([k, v]) => `${k}: ${v}`)];
  if (req.body) head.push(`Content-Length: ${req.body.length}`);
  return Buffer.concat([Buffer.from(`${head.join('\r\n')}\r\n\r\n`, 'utf8'), req.body ?? Buffer.alloc(0)]);
}

function sendRaw(req: FuzzRequest, timeoutMs: number): Promise<Outcome> {
  const t0 = performance.now();
  const { hostname, port } = new URL(req.base);
  return new Promise<Outcome>((resolve) => {
    const chunks: Buffer[] = [];
    let done = false;
    const socket = net.connect({ host: hostname, port: Number(port) });
    const finish = (error?: string) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      socket.destroy();
      const text = Buffer.concat(chunks).toString('latin1');
      const m = /^HTTP\/1\.[01] (\d{3})/.exec(text);
      resolve(
        m ? { status: Number(m[1]), ms: performance.now() - t0, snippet: text.slice(0, 300) } : { error: error ?? 'NO_RESPONSE', ms: performance.now() - t0 },
      );
    };
    // a server waiting for the rest of a body that never comes is fine: give up quietly
    const timer = setTimeout(() => finish('NO_RESPONSE'), Math.min(timeoutMs, 2000));
    // write without half-closing: Node's server drops a request whose sender has ended its side
    socket.on('connect', () => socket.write(req.raw!));
    socket.on('data', (c: Buffer) => {
      chunks.push(c);
      // one response is all we need
      if (/^HTTP\/1\.[01] \d{3}[^\r]*\r\n(?:[^\r]*\r\n)*\r\n/.test(Buffer.concat(chunks).toString('latin1'))) finish();
    });
    socket.on('end', () => finish());
    socket.on('close', () => finish());
    socket.on('error', (e: NodeJS.ErrnoException) => finish(e.code ?? e.name));
  });
}
