// What one HTTP request carries between the request log (outermost middleware) and
// the observed assistant deep inside a channel: the client address for the rate
// limit, and the band / question / limit for the request's single log line.
// AsyncLocalStorage, so the channels need not pass any of it along.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Band } from '../../src/contract/types.ts';

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

const storage = new AsyncLocalStorage<RequestInfo>();

export const withRequest = <T>(info: RequestInfo, fn: () => Promise<T>): Promise<T> => storage.run(info, fn);

/** The request being served, if any (asks from tests and CLIs run outside one). */
export const currentRequest = (): RequestInfo | undefined => storage.getStore();

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
