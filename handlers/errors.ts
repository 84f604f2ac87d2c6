// Turns every failure into a clean JSON answer: client faults keep their 4xx status
// and message; anything unexpected becomes a bare 500 with no details sent out.
import type { Context, Next } from 'koa';

export async function errorBoundary(ctx: Context, next: Next): Promise<void> {
  try {
    await next();
  } catch (err) {
    const e = err as { status?: number; statusCode?: number; expose?: boolean; message?: string };
    const status = e.status ?? e.statusCode ?? 500;
    ctx.status = status >= 400 && status < 600 ? status : 500;
    if (ctx.status < 500 && e.expose !== false) ctx.body = { error: e.message ?? 'bad request' };
    else {
      ctx.body = { error: 'internal error' };
      ctx.app.emit('error', err, ctx);
    }
  }
}

const METHODS = new Set(['GET', 'HEAD', 'POST', 'OPTIONS']);

/** Methods no route serves (TRACE, PUT, PROPFIND …) are the client's fault: 405, not the router's 501. */
export async function refuseUnknownMethods(ctx: Context, next: Next): Promise<void> {
  if (METHODS.has(ctx.method)) return next();
  ctx.status = 405;
  ctx.set('Allow', [...METHODS].join(', '));
  ctx.body = { error: 'method not allowed' };
}
