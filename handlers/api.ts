// GET /api/ask — the core answer as JSON, for the evaluation, agents' tools and other systems.
import Router from '@koa/router';
import type { Assistant } from '../src/assistant.ts';
import { apiAnswer } from './api-answer.ts';
import { askParams } from './params.ts';

export function apiRoutes(assistant: Assistant): Router {
  const router = new Router();
  router.get('/api/ask', async (ctx) => {
    const { text, at, city, session } = askParams(ctx, assistant);
    const reply = await assistant.ask({ text, at, city: city?.name, session, channel: 'api' });
    ctx.body = apiAnswer(reply);
  });
  return router;
}
