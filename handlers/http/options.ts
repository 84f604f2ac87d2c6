// What the HTTP side is told by the process that runs it, like the options koa's
// app takes: server/config.ts reads these from the environment and passes them in,
// so nothing under handlers/ reads the environment or knows the runtime.
import type { DateTime } from 'luxon';

export interface AppOptions {
  /** pinned clock for demos and training (BOT_NOW) */
  now?: DateTime;
  /** CONSOLE_TOKEN: when set, the agents' console (GET /) and its API need it; unset = open */
  consoleToken?: string;
  /** WeChat official account and WeCom app webhooks (WECHAT_*, WECOM_*, …) */
  channels?: ChannelConfig;
  /** TRUST_PROXY=N: the client address is the Nth from the right of X-Forwarded-For; 0 = the socket's */
  ops?: { trustProxy: number };
}

export interface ChannelConfig {
  /** POST/GET /wechat; absent when only WeCom is configured */
  wechat?: { token: string; appId?: string; aesKey?: string; mode: WechatMode; demo: boolean };
  /** POST/GET /wecom; WeCom always encrypts */
  wecom?: { token: string; corpId: string; aesKey: string };
  /** SIGNATURE_MAX_AGE_SECONDS; 0 = no age check */
  signatureMaxAgeSeconds: number;
  /** MAX_BODY_BYTES */
  maxBodyBytes: number;
  /** MENU_QUESTIONS: CLICK EventKey → question */
  menuQuestions: Record<string, string>;
}

/**
 * Which messages /wechat accepts (WECHAT_MODE). `safe`: sealed ones only, the default with a
 * key, because the plain `signature` covers no body and a replayed URL would carry any
 * message; `compatible`: sealed and plain (while the account switches modes); `plain`: no key.
 */
export const WECHAT_MODES = ['plain', 'compatible', 'safe'] as const;
export type WechatMode = (typeof WECHAT_MODES)[number];
