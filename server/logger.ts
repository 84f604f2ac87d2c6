// One JSON line per event on stdout (pino), for the service manager or a log
// shipper to collect. Nothing here logs tokens, keys or message bodies; the
// redaction list is a second line of defence should a caller pass one anyway.
import { pino, type DestinationStream, type Logger } from 'pino';
import type { LogLevel } from './ops-config.ts';

export type { Logger } from 'pino';

/** Keys whose value is never written, at the top of a line or one level down (`*.token`): written as CENSOR. */
const REDACT = new Set(['token', 'key', 'secret', 'password', 'authorization', 'signature', 'msg_signature', 'echostr', 'body']);
const CENSOR = '[redacted]';

/**
 * The line with every REDACT key censored, at the top and one level down; the line itself when
 * it holds none (every line we write). pino's own `redact` did the same, but its wildcard paths
 * ran a redactor on every field of every line (≈ 10 µs a line, most of a request line's cost).
 */
export function redacted(line: Record<string, unknown>): Record<string, unknown> {
  let out = line;
  for (const k of Object.keys(line)) {
    const v = line[k];
    let censored: unknown = v;
    if (v === undefined) continue; // a field left out (pino writes no undefined)
    if (REDACT.has(k)) censored = CENSOR;
    else if (v !== null && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).some((n) => REDACT.has(n))) {
      censored = { ...v };
      for (const n of Object.keys(v)) if (REDACT.has(n)) (censored as Record<string, unknown>)[n] = CENSOR;
    }
    if (censored !== v) {
      if (out === line) out = { ...line };
      out[k] = censored;
    }
  }
  return out;
}

export interface LoggerOptions {
  level?: LogLevel;
  /** where lines go (tests capture them); stdout by default */
  stream?: DestinationStream;
}

export function createLogger({ level = 'info', stream }: LoggerOptions = {}): Logger {
  const options = {
    level,
    base: { pid: process.pid }, // pid: which process to send SIGHUP to; tells workers apart
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label: string) => ({ level: label }), log: redacted },
  };
  return stream ? pino(options, stream) : pino(options);
}
