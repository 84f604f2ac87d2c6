// One JSON line per event on stdout (pino), for the service manager or a log
// shipper to collect. Nothing here logs tokens, keys or message bodies; censoring
// secret keys is a second line of defence should a caller pass one anyway.
import { pino, type DestinationStream, type Logger } from 'pino';
import { BatchedStdout } from './log-batch.ts';
import type { LogLevel } from './ops-config.ts';

export type { Logger } from 'pino';

/** keys whose values never reach a line, at the top of a line's fields or one level down (`{ error: { token } }`) */
const SECRET_KEYS = new Set(['token', 'key', 'secret', 'password', 'authorization', 'signature', 'msg_signature', 'echostr', 'body']);
const CENSOR = '[redacted]';

/**
 * The line's fields with every secret key's value replaced; the caller's objects are
 * copied where something is replaced, never changed. This does what pino's `redact`
 * with these keys and `*.key` paths did, at ~0.5 µs a line instead of ~11 (the
 * wildcard paths walked every line: one line per request, BENCHMARKS.md, session 6).
 */
export function censorSecrets(fields: Record<string, unknown>): Record<string, unknown> {
  let out = fields;
  for (const name in fields) {
    const value = fields[name];
    let replaced: unknown = value;
    if (SECRET_KEYS.has(name)) replaced = value === undefined ? value : CENSOR;
    else if (typeof value === 'object' && value !== null && !Array.isArray(value)) replaced = censorLevel(value as Record<string, unknown>);
    if (replaced !== value) {
      if (out === fields) out = { ...fields };
      out[name] = replaced;
    }
  }
  return out;
}

/** a copy of the same class with every own property (an Error's message and stack are not enumerable) */
const copyOf = <T extends object>(o: T): T => Object.defineProperties(Object.create(Object.getPrototypeOf(o)), Object.getOwnPropertyDescriptors(o));

/** one level down: the object itself when nothing in it is secret */
function censorLevel(inner: Record<string, unknown>): Record<string, unknown> {
  let out = inner;
  for (const name in inner) {
    if (!SECRET_KEYS.has(name) || inner[name] === undefined) continue;
    if (out === inner) out = copyOf(inner);
    out[name] = CENSOR;
  }
  return out;
}

export interface LoggerOptions {
  level?: LogLevel;
  /** where lines go (tests capture them); stdout by default, a few kilobytes at a time (log-batch.ts) */
  stream?: DestinationStream;
}

/**
 * pino's isoTime, written once per millisecond: under load several lines share one
 * (ISO 8601 in UTC, as before; formatting a date costs ≈ 0.6 µs, a sixth of a line).
 */
let lastMs = Number.NaN;
let lastTime = '';
export function isoTime(): string {
  const ms = Date.now();
  if (ms !== lastMs) {
    lastMs = ms;
    lastTime = `,"time":"${new Date(ms).toISOString()}"`;
  }
  return lastTime;
}

export function createLogger({ level = 'info', stream }: LoggerOptions = {}): Logger {
  const options = {
    level,
    base: { pid: process.pid }, // pid: which process to send SIGHUP to; tells workers apart
    timestamp: isoTime,
    formatters: { level: (label: string) => ({ level: label }), log: censorSecrets },
  };
  return pino(options, stream ?? new BatchedStdout());
}
