// What one HTTP request carries between the request log (the outermost middleware,
// handlers/ops/request-log.ts) and the observed assistant deep inside a channel
// (handlers/ops/observe.ts): the client address for the rate limit, and the band /
// question / limit for the request's single log line. It travels explicitly — in
// ctx.state, then as ask's second argument — not in AsyncLocalStorage, whose promise
// hooks cost every request ≈ 20 µs of CPU (BENCHMARKS.md, session 6).
import type { Context } from 'koa';
import type { Assistant } from '../../src/assistant.ts';
import type { AskReply, AskRequest, Band } from '../../src/contract/types.ts';

export type Channel = 'api' | 'wechat' | 'wecom' | 'console' | 'faq' | 'assets' | 'ops' | 'other';

export interface RequestInfo {
  channel: Channel;
  /** client address (from X-Forwarded-For only with TRUST_PROXY=N, N hops from the right) */
  ip: string;
  /** set by the observed assistant once the question is answered */
  band?: Band;
  question?: string;
  /** seconds until the sender may ask again, when the rate limit answered instead */
  retryAfter?: number;
}

/** The request being served, as the request log put it in ctx.state (none without ops: some tests). */
export const requestOf = (ctx: Pick<Context, 'state'>): RequestInfo | undefined => ctx.state.request;

/** Puts the request's info where requestOf finds it. */
export const setRequest = (ctx: Pick<Context, 'state'>, info: RequestInfo): void => {
  ctx.state.request = info;
};

/** How a channel asks: the question and the request it came in (the observed assistant reads it; a plain one ignores it). */
export interface RequestAsker {
  ask(req: AskRequest, request?: RequestInfo): Promise<AskReply>;
}

/** The assistant a channel is handed: the core's, with ask told which request it answers. */
export type RequestAssistant = Omit<Assistant, 'ask'> & RequestAsker;

/** The channel a path belongs to: a small fixed set, so it can be a metric label. */
export function channelOf(path: string): Channel {
  if (path === '/api/ask') return 'api';
  if (path === '/wechat') return 'wechat';
  if (path === '/wecom') return 'wecom';
  if (path === '/' || path.startsWith('/console/') || path === '/assets/console.js') return 'console';
  if (path === '/faq' || path.startsWith('/faq/') || path === '/api/faq' || path === '/assets/faq.js') return 'faq';
  if (path.startsWith('/assets/')) return 'assets';
  if (path === '/healthz' || path === '/metrics' || path.startsWith('/admin/')) return 'ops';
  return 'other';
}
