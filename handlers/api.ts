// GET /api/ask — the core answer as JSON, for the evaluation, agents' tools and other systems.
import Router from '@koa/router';
import { apiAnswerBody } from './api-answer.ts';
import { askParams } from './http/params.ts';
import { requestOf, type RequestAssistant } from './http/request-info.ts';

/** One chat message's worth, as the webhooks answer ("更多" for the rest): callers relay answers to chat apps. */
export const API_MAX_BYTES = 2000;

export function apiRoutes(assistant: RequestAssistant): Router {
  const router = new Router();
  router.get('/api/ask', async (ctx) => {
    const { text, at, city, session } = askParams(ctx, assistant);
    const reply = await assistant.ask({ text, at, city: city?.name, session, channel: 'api', maxBytes: API_MAX_BYTES }, requestOf(ctx));
    ctx.type = 'application/json';
    ctx.body = apiAnswerBody(reply);
  });
  return router;
}
