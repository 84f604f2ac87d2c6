// The operations variables (listed, commented, in .env.example). Read by
// readConfig; a bad value stops the start with a ConfigError naming the variable.
import { ConfigError } from '../config.ts';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export const DEFAULT_MISSED_LOG = 'data/missed.jsonl';
export const DEFAULT_RATE_LIMIT_PER_MINUTE = 30;
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
  /**
   * API_RATE_LIMIT_PER_MINUTE: questions per /api/ask caller (session, else address) per minute.
   * Default 0 = off: the API serves other systems and evaluations, often from one address.
   */
  apiRateLimitPerMinute: number;
  /** TRUST_PROXY=1: the client address comes from X-Forwarded-For (behind a load balancer) */
  trustProxy: boolean;
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
    missedSalt: get('MISSED_SALT'),
    metrics: flag(env, 'METRICS', true),
    logLevel: level as LogLevel,
    logBodies: flag(env, 'LOG_BODIES', false),
    rateLimitPerMinute: count(env, 'RATE_LIMIT_PER_MINUTE', DEFAULT_RATE_LIMIT_PER_MINUTE),
    apiRateLimitPerMinute: count(env, 'API_RATE_LIMIT_PER_MINUTE', 0),
    trustProxy: flag(env, 'TRUST_PROXY', false),
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

function count(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) fail(`${name} must be a whole number ≥ 0 (0 = off), got "${raw}"`);
  return n;
}
