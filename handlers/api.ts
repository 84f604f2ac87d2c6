// GET /api/ask — the core answer as JSON, for the evaluation, agents' tools and other systems.
import Router from '@koa/router';
import type { Assistant } from '../src/assistant.ts';
import { apiAnswer } from './api-answer.ts';
import { cityOf, momentParam, queryParam, questionParam } from './params.ts';

export function apiRoutes(assistant: Assistant): Router {
  const router = new Router();
  router.get('/api/ask', async (ctx) => {
    const q = questionParam(ctx);
    const at = momentParam(ctx);
    const city = cityOf(ctx, assistant)?.name;
    const session = queryParam(ctx, 'session')?.slice(0, 128) || undefined;
    const reply = await assistant.ask({ text: q, at, city, session, channel: 'api' });
    ctx.body = apiAnswer(reply);
  });
  return router;
}
