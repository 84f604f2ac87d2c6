// POST /admin/reload — reload the knowledge now. Needs ADMIN_TOKEN, presented as
// `Authorization: Bearer <token>` or `X-Admin-Token: <token>` and compared in
// constant time; with no ADMIN_TOKEN configured the route answers 404 and says
// how to turn it on. 200 with the new status when it loaded, 422 with every
// problem when it did not, 409 when the new files would drop items of the running
// knowledge (then `?confirm=drop`, or the JSON body {"confirm":"drop"}, swaps them
// in anyway). The old knowledge keeps serving unless it was replaced.
import Router from '@koa/router';
import type { Context } from 'koa';
import { readBody } from '../http/body.ts';
import { refuse } from '../http/refuse.ts';
import { tokenGuard, type TokenCheck } from '../http/token-guard.ts';
import type { Reloader } from './reload-status.ts';

/** off: no ADMIN_TOKEN configured; missing/wrong: what the request presented; ok: the admin. */
export type AdminCheck = TokenCheck;

/** The one admin-token check (handlers/token-guard.ts), for every route that has admin-only parts. */
export function adminGate(adminToken: string | undefined): (ctx: Context) => AdminCheck {
  return tokenGuard(adminToken, { header: 'X-Admin-Token' });
}

/** ?confirm=drop, or {"confirm":"drop"} in a JSON body. */
async function confirmsDrop(ctx: Context): Promise<boolean> {
  if (ctx.query.confirm === 'drop') return true;
  if (!ctx.is('application/json')) return false;
  const text = await readBody(ctx, 1024);
  let body: unknown;
  try {
    body = text.trim() ? JSON.parse(text) : null;
  } catch {
    refuse(400, 'the body must be JSON, e.g. {"confirm":"drop"}');
  }
  return (body as { confirm?: unknown } | null)?.confirm === 'drop';
}

export function adminRoutes(reloader: Reloader, check: (ctx: Context) => AdminCheck): Router {
  const router = new Router();

  router.post('/admin/reload', async (ctx) => {
    ctx.set('Cache-Control', 'no-store');
    switch (check(ctx)) {
      case 'off':
        ctx.status = 404;
        ctx.body = { error: 'the admin API is off: set ADMIN_TOKEN to enable POST /admin/reload (or send SIGHUP to the process)' };
        return;
      case 'missing':
        ctx.status = 401;
        ctx.set('WWW-Authenticate', 'Bearer realm="cutover-assistant admin"');
        ctx.body = { error: 'admin token required: Authorization: Bearer <ADMIN_TOKEN>' };
        return;
      case 'wrong':
        ctx.status = 403;
        ctx.body = { error: 'wrong admin token' };
        return;
    }
    const status = await reloader.reload('admin', { allowDrop: await confirmsDrop(ctx) });
    ctx.status = status.ok ? 200 : status.refused ? 409 : 422;
    ctx.body = status;
  });
  return router;
}
