// The operations variables (listed, commented, in .env.example). Read by
// readConfig; a bad value stops the start with a ConfigError naming the variable.
import { ConfigError } from './config-error.ts';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export const DEFAULT_MISSED_LOG = 'data/missed.jsonl';
export const DEFAULT_RATE_LIMIT_PER_MINUTE = 30;
export const DEFAULT_MISSED_LOG_MAX_BYTES = 10 * 1024 * 1024;
/** the smallest cap: room for a few of the longest lines (a 500-character question is 1.5 KB) */
export const MIN_MISSED_LOG_MAX_BYTES = 4096;
export const DEFAULT_MISSED_LOG_FILES = 3;
export const DEFAULT_MISSED_LOG_PER_MINUTE = 20;
/**
 * Per client address. High enough for an evaluation of a few hundred questions in a
 * minute from one machine, low enough that one address cannot flood the service.
 */
export const DEFAULT_API_RATE_LIMIT_PER_MINUTE = 600;
export const DEFAULT_KNOWLEDGE_SETTLE_MS = 300;

export interface OpsConfig {
  /** ADMIN_TOKEN: enables POST /admin/reload; unset = that route answers 404 */
  adminToken?: string;
  /** KNOWLEDGE_WATCH=1: reload when a file under KNOWLEDGE_DIR changes */
  knowledgeWatch: boolean;
  /**
   * KNOWLEDGE_SETTLE_MS: with the watcher, reload only once the knowledge files' sizes
   * and modification times stayed the same over this long (a save still being written is not read)
   */
  knowledgeSettleMs: number;
  /** MISSED_LOG: JSONL file of fallback and clarify replies; null with MISSED_LOG=off */
  missedLog: string | null;
  /** MISSED_LOG_MAX_BYTES: the log is renamed to MISSED_LOG.1 before a line would take it past this */
  missedLogMaxBytes: number;
  /** MISSED_LOG_FILES: renamed logs kept (MISSED_LOG.1 … .N); 0 = the full log is removed */
  missedLogFiles: number;
  /** MISSED_LOG_PER_MINUTE: lines per source (sender, else client address) per minute written in full, then 1 in 50; 0 = every line */
  missedLogPerMinute: number;
  /** MISSED_SALT: keys the user-id hash in the missed log; random per process (with a warning) when unset */
  missedSalt?: string;
  /** METRICS=0 removes GET /metrics */
  metrics: boolean;
  /** LOG_LEVEL: a pino level, or silent */
  logLevel: LogLevel;
  /** LOG_BODIES=1 adds the question text to request log lines */
  logBodies: boolean;
  /** RATE_LIMIT_PER_MINUTE: questions per WeChat/WeCom sender per minute; 0 = off */
  rateLimitPerMinute: number;
  /** API_RATE_LIMIT_PER_MINUTE: questions per /api/ask client address per minute (whatever its `session`); 0 = off */
  apiRateLimitPerMinute: number;
  /**
   * TRUST_PROXY=N: N proxies of ours stand in front, so the client address is the Nth
   * from the right of X-Forwarded-For (each proxy appends the address it saw; anything
   * further left was written by the client). 0 = the socket's address.
   */
  trustProxy: number;
}

export function readOpsConfig(env: NodeJS.ProcessEnv = process.env): OpsConfig {
  const get = (name: string) => env[name]?.trim() || undefined;
  const missed = get('MISSED_LOG') ?? DEFAULT_MISSED_LOG;
  const level = (get('LOG_LEVEL') ?? 'info').toLowerCase();
  if (!(LOG_LEVELS as readonly string[]).includes(level)) fail(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${env.LOG_LEVEL}"`);
  return {
    adminToken: get('ADMIN_TOKEN'),
    knowledgeWatch: flag(env, 'KNOWLEDGE_WATCH', false),
    knowledgeSettleMs: count(env, 'KNOWLEDGE_SETTLE_MS', DEFAULT_KNOWLEDGE_SETTLE_MS),
    missedLog: /^(off|0|false|no)$/i.test(missed) ? null : missed,
    missedLogMaxBytes: count(env, 'MISSED_LOG_MAX_BYTES', DEFAULT_MISSED_LOG_MAX_BYTES, MIN_MISSED_LOG_MAX_BYTES),
    missedLogFiles: count(env, 'MISSED_LOG_FILES', DEFAULT_MISSED_LOG_FILES),
    missedLogPerMinute: count(env, 'MISSED_LOG_PER_MINUTE', DEFAULT_MISSED_LOG_PER_MINUTE),
    missedSalt: get('MISSED_SALT'),
    metrics: flag(env, 'METRICS', true),
    logLevel: level as LogLevel,
    logBodies: flag(env, 'LOG_BODIES', false),
    rateLimitPerMinute: count(env, 'RATE_LIMIT_PER_MINUTE', DEFAULT_RATE_LIMIT_PER_MINUTE),
    apiRateLimitPerMinute: count(env, 'API_RATE_LIMIT_PER_MINUTE', DEFAULT_API_RATE_LIMIT_PER_MINUTE),
    trustProxy: hops(env, 'TRUST_PROXY'),
  };
}

function fail(message: string): never {
  throw new ConfigError(message);
}

function flag(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (!raw) return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  fail(`${name} must be 1 or 0 (true/false), got "${env[name]}"`);
}

function count(env: NodeJS.ProcessEnv, name: string, fallback: number, min = 0): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const n = Number(raw);
  if (!Number.isSafeInteger(n) || n < min) fail(`${name} must be a whole number ≥ ${min}${min ? '' : ' (0 = off)'}, got "${raw}"`);
  return n;
}

/** A number of proxy hops; true/yes/on (the former flag) mean one. */
function hops(env: NodeJS.ProcessEnv, name: string): number {
  const raw = env[name]?.trim().toLowerCase();
  if (!raw) return 0;
  if (['true', 'yes', 'on'].includes(raw)) return 1;
  if (['false', 'no', 'off'].includes(raw)) return 0;
  const n = Number(raw);
  if (!/^\d+$/.test(raw) || n > 10) fail(`${name} must be the number of proxies in front (0 = none, 1 = one load balancer; at most 10), got "${env[name]}"`);
  return n;
}
