// Turns every failure into a clean answer: client faults keep their 4xx status and
// message; anything unexpected becomes a bare 500 with no details sent out. Pages
// for people (asPage) get it as an HTML page; everything else as JSON.
import type { Context, Middleware, Next } from 'koa';
import { PAGE_BAD_REQUEST, PAGE_FAILED } from '../src/answer/wording/index.ts';
import type { ErrorBody } from './api-schemas.ts';
import { discardBody } from './http/body.ts';
import { html, PAGE_HEADERS } from './html.ts';
import { pages as P } from '../src/answer/wording/index.ts';

/** Marks a route as a page people open in a browser: its errors are answered in HTML. */
export const asPage: Middleware = (ctx, next) => {
  ctx.state.page = true;
  return next();
};

export async function errorBoundary(ctx: Context, next: Next): Promise<void> {
  try {
    await next();
  } catch (err) {
    const e = err as { status?: number; statusCode?: number; expose?: boolean; message?: string; hint?: string };
    const status = e.status ?? e.statusCode ?? 500;
    ctx.status = status >= 400 && status < 600 ? status : 500;
    const exposed = ctx.status < 500 && e.expose !== false;
    if (!exposed) ctx.app.emit('error', err, ctx);
    if (ctx.state.page) errorPage(ctx, exposed ? (e.hint ?? PAGE_BAD_REQUEST) : PAGE_FAILED);
    else ctx.body = { error: exposed ? (e.message ?? 'bad request') : 'internal error' } satisfies ErrorBody;
  }
}

function errorPage(ctx: Context, message: string): void {
  for (const [k, v] of Object.entries(PAGE_HEADERS)) ctx.set(k, v);
  ctx.set('Cache-Control', 'no-store');
  ctx.type = 'text/html; charset=utf-8';
  ctx.body = html`<!doctype html>
<html lang="zh-CN">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${P.CANNOT_SHOW}</title><link rel="stylesheet" href="/assets/app.css"></head>
<body><main class="error-page"><h1>${P.CANNOT_SHOW}</h1><p class="error" role="alert">${message}</p><p><a href="/faq">${P.BACK_TO_FAQ}</a></p></main></body>
</html>`.value;
}

const METHODS = new Set(['GET', 'HEAD', 'POST', 'OPTIONS']);

/** Methods no route serves (TRACE, PUT, PROPFIND …) are the client's fault: 405, not the router's 501. */
export function refuseUnknownMethods(ctx: Context, next: Next): Promise<void> {
  return METHODS.has(ctx.method) ? next() : refuseMethod(ctx); // (no async frame for the requests that pass)
}

async function refuseMethod(ctx: Context): Promise<void> {
  await discardBody(ctx);
  ctx.status = 405;
  ctx.set('Allow', [...METHODS].join(', '));
  ctx.body = { error: 'method not allowed' };
}

/**
 * True when `err` only says the client broke its request: it hung up before the request
 * arrived whole (Node's "aborted", ECONNRESET), or sent what is not HTTP (the parser's
 * HPE_* "Parse Error", e.g. garbage after a request on a kept-alive connection). Nothing
 * to fix on our side, so it is not reported as a failure.
 */
export function clientWentAway(err: unknown, ctx?: Context): boolean {
  const code = (err as NodeJS.ErrnoException | undefined)?.code ?? '';
  if (code.startsWith('HPE_')) return true; // only the incoming request is parsed by Node's HTTP parser here
  if (!ctx || ctx.req.complete) return false;
  return code === 'ECONNRESET' || code === 'ECONNABORTED' || code === 'EPIPE' || (err as Error)?.message === 'aborted';
}
