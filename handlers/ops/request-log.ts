// The outermost middleware: one log line and one metrics count per request.
// The line has method, route, status, ms and channel (and the band when a
// question was answered) — never the query string, headers or body, which carry
// questions, signatures and tokens; the question text only with LOG_BODIES=1.
// Health checks and scrapes go to debug so they do not drown the rest.
import type { Middleware } from 'koa';
import type { Logger } from './log.ts';
import type { Metrics } from './metrics.ts';
import { channelOf, setRequest, type RequestInfo } from '../http/request-info.ts';

export interface RequestLogOptions {
  log: Logger;
  metrics?: Metrics;
  logBodies: boolean;
}

const QUIET = new Set(['/healthz', '/metrics']);

export function requestLog({ log, metrics, logBodies }: RequestLogOptions): Middleware {
  return async (ctx, next) => {
    const started = performance.now();
    const info: RequestInfo = { channel: channelOf(ctx.path), ip: ctx.ip };
    setRequest(ctx, info);
    metrics?.requestStarted();
    // no line object is built for a level that is off (debug, in production)
    if (log.isLevelEnabled('debug')) log.debug({ method: ctx.method, channel: info.channel }, 'request started');
    let status = 500;
    try {
      await next();
      status = ctx.status;
      if (info.retryAfter) ctx.set('Retry-After', String(info.retryAfter)); // still a 200: the reply says it politely
    } finally {
      metrics?.requestEnded(info.channel, status);
      const level = status >= 500 ? 'error' : QUIET.has(ctx.path) ? 'debug' : 'info';
      // (a return here would swallow the error being thrown)
      if (log.isLevelEnabled(level)) {
        const matched = (ctx as { _matchedRoute?: unknown })._matchedRoute;
        const line: Record<string, unknown> = {
          method: ctx.method,
          route: typeof matched === 'string' ? matched : ctx.path.slice(0, 200),
          status,
          ms: Math.round((performance.now() - started) * 10) / 10,
          channel: info.channel,
        };
        // added in this order, only when present (no spread of a temporary object per field)
        if (info.band) line.band = info.band;
        if (info.retryAfter) line.rateLimited = true;
        if (logBodies && info.question !== undefined) line.question = info.question;
        log[level](line, 'request');
      }
    }
  };
}
