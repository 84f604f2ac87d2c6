// Headers every response carries, whichever route, refusal or error produced it.
import type { Context, Next } from 'koa';

/** A browser must never read a JSON or text answer (which may echo input) as a page or a script. */
export function noSniff(ctx: Context, next: Next): Promise<void> {
  ctx.set('X-Content-Type-Options', 'nosniff');
  return next(); // (not an async function: one promise less a request)
}
