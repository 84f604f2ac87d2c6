// The HTTP listener and its limits: how long a client may take to send its headers
// and its whole request, how long an idle kept-alive connection stays open, and how
// many connections are open at once. Node's defaults let a body sent at 1 byte per
// second hold a connection for 5 minutes and a silent socket for a minute, and
// accept connections until the descriptors run out, locking real clients out.
import http from 'node:http';
import { ConfigError } from './config-error.ts';

export interface HttpLimits {
  /** HTTP_HEADERS_TIMEOUT_SECONDS: a connection that has not sent its headers by then is closed (408) */
  headersTimeoutMs: number;
  /** HTTP_REQUEST_TIMEOUT_SECONDS: the same for the whole request, body included */
  requestTimeoutMs: number;
  /** HTTP_KEEP_ALIVE_TIMEOUT_SECONDS: an idle kept-alive connection is closed after this */
  keepAliveTimeoutMs: number;
  /** HTTP_MAX_CONNECTIONS: connections past this many are closed as they arrive (per process) */
  maxConnections: number;
}

export const DEFAULT_HTTP_LIMITS: HttpLimits = { headersTimeoutMs: 10_000, requestTimeoutMs: 30_000, keepAliveTimeoutMs: 5_000, maxConnections: 1000 };

export function readHttpLimits(env: NodeJS.ProcessEnv = process.env): HttpLimits {
  const d = DEFAULT_HTTP_LIMITS;
  const limits: HttpLimits = {
    headersTimeoutMs: positive(env, 'HTTP_HEADERS_TIMEOUT_SECONDS', d.headersTimeoutMs / 1000) * 1000,
    requestTimeoutMs: positive(env, 'HTTP_REQUEST_TIMEOUT_SECONDS', d.requestTimeoutMs / 1000) * 1000,
    keepAliveTimeoutMs: positive(env, 'HTTP_KEEP_ALIVE_TIMEOUT_SECONDS', d.keepAliveTimeoutMs / 1000) * 1000,
    maxConnections: positive(env, 'HTTP_MAX_CONNECTIONS', d.maxConnections),
  };
  // node refuses a headers timeout longer than the request's, which includes the headers
  if (limits.headersTimeoutMs > limits.requestTimeoutMs) {
    throw new ConfigError(
      `HTTP_HEADERS_TIMEOUT_SECONDS (${limits.headersTimeoutMs / 1000}) must not exceed HTTP_REQUEST_TIMEOUT_SECONDS (${limits.requestTimeoutMs / 1000})`,
    );
  }
  return limits;
}

/** An http.Server for `listener` with `limits` applied (not listening yet). */
export function createListener(limits: HttpLimits, listener: http.RequestListener): http.Server {
  const server = http.createServer(
    {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      // node checks the two timeouts every 30 s by default: a 10 s limit would hold for up to 40 s
      connectionsCheckingInterval: Math.min(1000, limits.headersTimeoutMs / 4),
    },
    listener,
  );
  server.keepAliveTimeout = limits.keepAliveTimeoutMs;
  server.maxConnections = limits.maxConnections;
  server.on('checkExpectation', refuseExpectation);
  return server;
}

/** The most of a refused request's body read before answering. */
const DRAINED_BYTES = 64 * 1024;

/**
 * An Expect header other than 100-continue: node would answer 417 at once and close while the
 * client may still be sending its body, so the client sees a reset instead of the answer.
 * Read the body first (a bounded amount), then refuse.
 */
function refuseExpectation(req: http.IncomingMessage, res: http.ServerResponse): void {
  let size = 0;
  const answer = () => {
    if (res.headersSent) return;
    res.writeHead(417, { 'Content-Type': 'application/json; charset=utf-8', 'X-Content-Type-Options': 'nosniff', Connection: 'close' });
    res.end(JSON.stringify({ error: 'expectation failed: only Expect: 100-continue is supported' }));
  };
  req.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (size > DRAINED_BYTES) answer();
  });
  req.on('end', answer);
  req.on('error', () => res.destroy());
}

function positive(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new ConfigError(`${name} must be a whole number ≥ 1, got "${raw}"`);
  return n;
}
