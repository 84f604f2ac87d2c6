// The one dispatch (handlers/http/dispatch.ts) answers every method and path as the
// routers mounted one after another did: the same status, Allow, body and matched
// route, for served paths, other methods on them (405, OPTIONS), a path two routers
// share, a guard in front of a handler, a route with a parameter, and paths no route serves.
import type { AddressInfo } from 'node:net';
import Router from '@koa/router';
import Koa from 'koa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../handlers/http/dispatch.ts';

function routers(): Router[] {
  const api = new Router();
  api.get('/api/ask', (ctx) => {
    ctx.body = { route: ctx._matchedRoute, params: ctx.params };
  });
  const guarded = new Router();
  const guard: Koa.Middleware = (ctx, next) => (ctx.get('x-token') === 'ok' ? next() : ((ctx.status = 401), undefined));
  guarded.get('/', guard, (ctx) => {
    ctx.body = 'home';
  });
  guarded.post('/shared', (ctx) => {
    ctx.body = 'posted';
  });
  const hook = new Router();
  hook.get('/wechat', (ctx) => {
    ctx.body = 'verified';
  });
  hook.post('/wechat', (ctx) => {
    ctx.body = 'answered';
  });
  hook.get('/shared', (ctx) => {
    ctx.body = 'got';
  });
  // a route with a parameter: its params come from the match, even for its pattern typed literally
  const pages = new Router();
  pages.get('/page/:id', (ctx) => {
    ctx.body = { route: ctx._matchedRoute, params: ctx.params };
  });
  return [api, guarded, hook, pages];
}

/** What a request came back with, as a client sees it, and the route the request log would name. */
function appWith(mount: (app: Koa) => void): Koa {
  const app = new Koa();
  app.use(async (ctx, next) => {
    await next();
    ctx.set('X-Route', String(ctx._matchedRoute ?? '-'));
  });
  mount(app);
  return app;
}

const servers: { close(): void; url: string }[] = [];
async function listen(app: Koa): Promise<string> {
  const server = app.listen(0, '127.0.0.1');
  await new Promise((ok) => server.once('listening', ok));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  servers.push({ close: () => server.close(), url });
  return url;
}

let inTurn: string;
let dispatched: string;
beforeAll(async () => {
  inTurn = await listen(appWith((app) => routers().forEach((r) => app.use(r.routes()).use(r.allowedMethods()))));
  dispatched = await listen(appWith((app) => app.use(dispatch(routers()))));
});
afterAll(() => servers.forEach((s) => s.close()));

async function seen(base: string, method: string, path: string, headers: Record<string, string> = {}) {
  const res = await fetch(base + path, { method, headers });
  return {
    status: res.status,
    allow: res.headers.get('allow'),
    route: res.headers.get('x-route'),
    type: res.headers.get('content-type'),
    body: await res.text(),
  };
}

describe('one dispatch for every router', () => {
  const cases: [string, string, Record<string, string>?][] = [
    ['GET', '/api/ask?q=1'],
    ['HEAD', '/api/ask'],
    ['POST', '/api/ask'],
    ['OPTIONS', '/api/ask'],
    ['DELETE', '/api/ask'],
    ['GET', '/api/ask/'],
    ['GET', '/API/ASK'],
    ['GET', '/'],
    ['GET', '/', { 'x-token': 'ok' }],
    ['POST', '/'],
    ['GET', '/shared'],
    ['POST', '/shared'],
    ['PUT', '/shared'],
    ['OPTIONS', '/shared'],
    ['GET', '/wechat?signature=x'],
    ['POST', '/wechat'],
    ['OPTIONS', '/wechat'],
    ['PATCH', '/wechat'],
    ['GET', '/nowhere'],
    ['POST', '/nowhere'],
    ['OPTIONS', '/nowhere'],
    ['GET', '/page/7'],
    ['GET', '/page/:id'],
  ];
  it.each(cases)('%s %s is answered as the routers in turn answered it', async (method, path, headers) => {
    expect(await seen(dispatched, method, path, headers)).toEqual(await seen(inTurn, method, path, headers));
  });
});
