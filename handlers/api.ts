// GET /api/ask — the core answer as JSON, for the evaluation, agents' tools and other systems.
import Router from '@koa/router';
import type { Assistant } from '../src/assistant.ts';
import { parseMoment } from './moment.ts';

export const MAX_QUESTION_CHARS = 500;

/** `health` adds to GET /healthz (the last knowledge reload, from handlers/ops). */
export function apiRoutes(assistant: Assistant, health?: () => Record<string, unknown>): Router {
  const router = new Router();
  router.get('/api/ask', async (ctx) => {
    const q = typeof ctx.query.q === 'string' ? ctx.query.q : '';
    if (!q.trim()) ctx.throw(400, 'q is required: the question text');
    if ([...q].length > MAX_QUESTION_CHARS) ctx.throw(400, `q is too long (at most ${MAX_QUESTION_CHARS} characters)`);
    let at;
    if (typeof ctx.query.at === 'string' && ctx.query.at) {
      at = parseMoment(ctx.query.at);
      if (!at) ctx.throw(400, 'at must be an ISO 8601 date-time, e.g. 2021-12-20T10:00 (Asia/Shanghai) or 2021-12-20T10:00+08:00');
    }
    const city = typeof ctx.query.city === 'string' && ctx.query.city ? ctx.query.city : undefined;
    if (city && !assistant.findCity(city)) ctx.throw(400, `unknown city "${city.slice(0, 40)}"; known: ${assistant.cityNames().join(', ')}`);
    const session = typeof ctx.query.session === 'string' && ctx.query.session ? ctx.query.session.slice(0, 128) : undefined;
    const reply = await assistant.ask({ text: q, at: at ?? undefined, city, session });
    ctx.body = { answer: reply.text, band: reply.band, city: reply.city, sources: reply.sources, suggestions: reply.suggestions };
  });
  router.get('/healthz', (ctx) => {
    const kb = assistant.knowledge();
    // pid: tells the workers of WORKERS=N (and instances behind a balancer) apart
    ctx.body = { ok: true, knowledge: kb.version, notices: kb.notices.length, cities: kb.cities.map((c) => c.name), pid: process.pid, ...health?.() };
  });
  return router;
}
