// POST /admin/reload — reload the knowledge now. Needs ADMIN_TOKEN, presented as
// `Authorization: Bearer <token>` or `X-Admin-Token: <token>` and compared in
// constant time; with no ADMIN_TOKEN configured the route answers 404 and says
// how to turn it on. 200 with the new status when it loaded, 422 with every
// problem when it did not (the old knowledge keeps serving either way).
import { createHash, timingSafeEqual } from 'node:crypto';
import Router from '@koa/router';
import type { Context } from 'koa';
import type { Reloader } from './reload.ts';

// equal-length digests, so neither the token's content nor its length leaks through timing
const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();

function presented(ctx: Context): string | undefined {
  const header = ctx.get('X-Admin-Token');
  if (header) return header;
  const bearer = /^Bearer\s+(.+)$/i.exec(ctx.get('Authorization'));
  return bearer ? bearer[1]!.trim() : undefined;
}

export function adminRoutes(reloader: Reloader, adminToken: string | undefined): Router {
  const router = new Router();
  const expected = adminToken ? digest(adminToken) : undefined;

  router.post('/admin/reload', async (ctx) => {
    ctx.set('Cache-Control', 'no-store');
    if (!expected) {
      ctx.status = 404;
      ctx.body = { error: 'the admin API is off: set ADMIN_TOKEN to enable POST /admin/reload (or send SIGHUP to the process)' };
      return;
    }
    const given = presented(ctx);
    if (given === undefined) {
      ctx.status = 401;
      ctx.set('WWW-Authenticate', 'Bearer realm="cutover-assistant admin"');
      ctx.body = { error: 'admin token required: Authorization: Bearer <ADMIN_TOKEN>' };
      return;
    }
    if (!timingSafeEqual(digest(given), expected)) {
      ctx.status = 403;
      ctx.body = { error: 'wrong admin token' };
      return;
    }
    const status = await reloader.reload('admin');
    ctx.status = status.ok ? 200 : 422;
    ctx.body = status;
  });
  return router;
}
