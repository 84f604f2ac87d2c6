// GET /openapi.json — the OpenAPI 3.1 description of the JSON routes: the committed
// openapi.json (written by `npm run gen:openapi` from handlers/api-schemas.ts),
// carried in the bundle, so serving it loads neither zod nor a file.
import Router from '@koa/router';
import document from '../openapi.json' with { type: 'json' };

const TEXT = `${JSON.stringify(document, null, 2)}\n`;

export function openApiRoutes(): Router {
  const router = new Router();
  router.get('/openapi.json', (ctx) => {
    ctx.set('Cache-Control', 'no-cache');
    ctx.type = 'application/json; charset=utf-8';
    ctx.body = TEXT;
  });
  return router;
}
