// One JSON line per event on stdout (pino), for the service manager or a log
// shipper to collect. Nothing here logs tokens, keys or message bodies; the
// redaction list is a second line of defence should a caller pass one anyway.
import { pino, type DestinationStream, type Logger } from 'pino';
import type { LogLevel } from './ops-config.ts';

export type { Logger } from 'pino';

const REDACT = [
  'token',
  'key',
  'secret',
  'password',
  'authorization',
  'signature',
  'msg_signature',
  'echostr',
  'body',
  '*.token',
  '*.key',
  '*.secret',
  '*.password',
  '*.authorization',
  '*.signature',
  '*.msg_signature',
  '*.echostr',
  '*.body',
];

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
    redact: { paths: REDACT, censor: '[redacted]' },
    formatters: { level: (label: string) => ({ level: label }) },
  };
  return stream ? pino(options, stream) : pino(options);
}
