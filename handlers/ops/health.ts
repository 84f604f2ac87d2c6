// GET /healthz — readiness. Anyone sees that the service is up, the knowledge
// version it serves and its pid (which tells the workers of WORKERS=N, and
// instances behind a balancer, apart). The admin (ADMIN_TOKEN, checked by
// admin.ts) also sees what is loaded and the last reload's outcome, whose
// problems name files and fields: not for the public.
import Router from '@koa/router';
import type { Context } from 'koa';
import type { Assistant } from '../../src/assistant.ts';
import type { AdminCheck } from './admin.ts';
import type { ReloadStatus } from './reload-status.ts';

/** The body of GET /healthz (handlers/api-schemas.ts describes it for openapi.json and checks it is this). */
export interface HealthBody {
  ok: true;
  knowledge: string;
  pid: number;
  notices?: number;
  cities?: string[];
  lastReload?: ReloadStatus | null;
}

export interface HealthDetails {
  /** the admin-token check of admin.ts */
  check(ctx: Context): AdminCheck;
  /** added for the admin: the last reload */
  details(): { lastReload: ReloadStatus | null };
}

export function healthRoutes(assistant: Pick<Assistant, 'knowledge'>, admin?: HealthDetails): Router {
  const router = new Router();
  router.get('/healthz', (ctx) => {
    const kb = assistant.knowledge();
    ctx.set('Cache-Control', 'no-store');
    const open: HealthBody = { ok: true, knowledge: kb.version, pid: process.pid };
    const body: HealthBody =
      admin?.check(ctx) === 'ok' ? { ...open, notices: kb.notices.length, cities: kb.cities.map((c) => c.name), ...admin.details() } : open;
    ctx.body = body;
  });
  return router;
}
