// Reads the process environment once at start. Every variable is listed in .env.example.
import { availableParallelism } from 'node:os';
import type { DateTime } from 'luxon';
import { DEFAULT_MAX_BODY_BYTES } from '../handlers/http/body.ts';
import { parseMoment } from '../src/time/zone.ts';
import { DEFAULT_ANSWER_CACHE_SIZE } from '../src/conversation/answer-cache.ts';
import { WECHAT_MODES, type AppOptions, type ChannelConfig, type WechatMode } from '../handlers/http/options.ts';
import { isValidAesKey } from '../handlers/wechat/crypto.ts';
import { ConfigError } from './config-error.ts';
import { readHttpLimits, type HttpLimits } from './listener.ts';
import { readOpsConfig, type OpsConfig } from './ops-config.ts';

export { ConfigError } from './config-error.ts';
export type { ChannelConfig } from '../handlers/http/options.ts';

/** Everything the process is configured with; the HTTP side gets the AppOptions part. */
export interface Config extends AppOptions {
  port: number;
  host: string;
  knowledgeDir: string;
  /** ANSWER_CACHE_SIZE: replies kept for repeated messages, per process (src/conversation/answer-cache.ts); 0 = none */
  answerCacheSize?: number;
  /** REDIS_URL (+ REDIS_PREFIX): state shared by every instance; unset = in memory, per process */
  redis?: { url: string; prefix: string };
  /** WORKERS: processes serving the port (node:cluster); 1 = no cluster */
  workers?: number;
  /** ADMIN_TOKEN, KNOWLEDGE_WATCH, MISSED_LOG, METRICS, LOG_LEVEL, RATE_LIMIT_PER_MINUTE, … (server/ops-config.ts); defaults when absent */
  ops?: OpsConfig;
  /** HTTP_*_TIMEOUT_SECONDS, HTTP_MAX_CONNECTIONS (server/listener.ts); defaults when absent */
  http?: HttpLimits;
}

/** With nothing configured, /wechat runs in plain mode with this token so a first run can be tried (bin/start.ts prints it). */
export const DEMO_WECHAT_TOKEN = 'cutover-demo';

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ConfigError(`PORT must be a port number, got "${env.PORT}"`);
  let now: DateTime | undefined;
  if (env.BOT_NOW) {
    const parsed = parseMoment(env.BOT_NOW);
    if (!parsed) throw new ConfigError(`BOT_NOW must be an ISO 8601 date-time such as 2021-12-20T10:00, got "${env.BOT_NOW}"`);
    now = parsed;
  }
  const consoleToken = env.CONSOLE_TOKEN?.trim() || undefined;
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    knowledgeDir: env.KNOWLEDGE_DIR ?? 'knowledge',
    answerCacheSize: wholeNumber(env, 'ANSWER_CACHE_SIZE', DEFAULT_ANSWER_CACHE_SIZE, 0),
    now,
    consoleToken,
    channels: readChannelConfig(env),
    ...readScaleConfig(env),
    ops: readOpsConfig(env),
    http: readHttpLimits(env),
  };
}

/** REDIS_URL, REDIS_PREFIX and WORKERS: running as several processes or instances. */
export function readScaleConfig(env: NodeJS.ProcessEnv = process.env): Pick<Config, 'redis' | 'workers'> {
  const url = env.REDIS_URL?.trim();
  let redis: Config['redis'];
  if (url) {
    let parsed: URL | undefined;
    try {
      parsed = new URL(url);
    } catch {}
    // the URL may carry a password: never echo it
    if (!parsed || !/^rediss?:$/.test(parsed.protocol) || !parsed.hostname)
      fail('REDIS_URL must be a URL such as redis://127.0.0.1:6379/0 (or rediss:// for TLS)');
    const prefix = env.REDIS_PREFIX?.trim() || 'cutover:';
    if (!/^[\x21-\x7e]{1,64}$/.test(prefix)) fail(`REDIS_PREFIX must be 1–64 printable ASCII characters without spaces, got "${env.REDIS_PREFIX}"`);
    redis = { url, prefix };
  }
  const raw = env.WORKERS?.trim();
  let workers = 1;
  if (raw === 'auto') workers = availableParallelism();
  else if (raw) {
    workers = Number(raw);
    if (!Number.isInteger(workers) || workers < 1 || workers > 256)
      fail(`WORKERS must be a whole number from 1 to 256, or "auto" (one per CPU core), got "${raw}"`);
  }
  return { redis, workers };
}

export function readChannelConfig(env: NodeJS.ProcessEnv = process.env): ChannelConfig {
  const get = (name: string) => env[name]?.trim() || undefined;
  const wechatVars = ['WECHAT_TOKEN', 'WECHAT_APPID', 'WECHAT_ENCODING_AES_KEY'];
  const wecomVars = ['WECOM_TOKEN', 'WECOM_CORPID', 'WECOM_ENCODING_AES_KEY'];
  const aesKey = (name: string) => {
    const key = get(name);
    // never echo the key itself
    if (key !== undefined && !isValidAesKey(key)) throw new ConfigError(`${name} must be 43 characters (letters and digits) decoding to 32 bytes`);
    return key;
  };
  const required = (name: string, why: string) => get(name) ?? fail(`${name} is required ${why}`);

  let wechat: ChannelConfig['wechat'];
  if (wechatVars.some(get)) {
    const key = aesKey('WECHAT_ENCODING_AES_KEY');
    wechat = {
      token: required('WECHAT_TOKEN', 'for the official account (/wechat)'),
      aesKey: key,
      appId: key ? required('WECHAT_APPID', 'when WECHAT_ENCODING_AES_KEY is set') : get('WECHAT_APPID'),
      mode: wechatMode(get('WECHAT_MODE'), !!key),
      demo: false,
    };
  }
  let wecom: ChannelConfig['wecom'];
  if (wecomVars.some(get)) {
    wecom = {
      token: required('WECOM_TOKEN', 'for the WeCom app (/wecom)'),
      corpId: required('WECOM_CORPID', 'for the WeCom app (/wecom)'),
      aesKey: aesKey('WECOM_ENCODING_AES_KEY') ?? fail('WECOM_ENCODING_AES_KEY is required for the WeCom app (/wecom): WeCom always encrypts'),
    };
  }
  if (!wechat && !wecom) {
    if (get('WECHAT_MODE')) fail('WECHAT_MODE needs WECHAT_TOKEN (and for compatible or safe mode WECHAT_ENCODING_AES_KEY and WECHAT_APPID)');
    wechat = { token: DEMO_WECHAT_TOKEN, mode: 'plain', demo: true };
  }

  return {
    wechat,
    wecom,
    signatureMaxAgeSeconds: wholeNumber(env, 'SIGNATURE_MAX_AGE_SECONDS', 300, 0),
    maxBodyBytes: wholeNumber(env, 'MAX_BODY_BYTES', DEFAULT_MAX_BODY_BYTES, 1024),
    menuQuestions: menuQuestions(get('MENU_QUESTIONS')),
  };
}

function wechatMode(raw: string | undefined, hasKey: boolean): WechatMode {
  const mode = (raw?.toLowerCase() ?? (hasKey ? 'safe' : 'plain')) as WechatMode;
  if (!WECHAT_MODES.includes(mode)) fail(`WECHAT_MODE must be one of ${WECHAT_MODES.join(', ')}, got "${raw}"`);
  if (mode !== 'plain' && !hasKey) fail(`WECHAT_MODE=${mode} needs WECHAT_ENCODING_AES_KEY and WECHAT_APPID`);
  if (mode === 'plain' && hasKey) fail('WECHAT_MODE=plain ignores WECHAT_ENCODING_AES_KEY: unset the key, or choose compatible or safe');
  return mode;
}

function fail(message: string): never {
  throw new ConfigError(message);
}

function wholeNumber(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) fail(`${name} must be a whole number ≥ ${min}, got "${raw}"`);
  return n;
}

function menuQuestions(raw: string | undefined): Record<string, string> {
  if (!raw) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    fail('MENU_QUESTIONS must be a JSON object such as {"WH_RESUME":"武汉医保结算什么时候恢复"}');
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) fail('MENU_QUESTIONS must be a JSON object of EventKey → question');
  const out: Record<string, string> = Object.create(null);
  for (const [k, v] of Object.entries(parsed)) {
    if (typeof v !== 'string' || !v.trim()) fail(`MENU_QUESTIONS["${k}"] must be a non-empty question`);
    out[k] = v.trim();
  }
  return out;
}
