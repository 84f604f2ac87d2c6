// The routers as one middleware. Mounted one after another, every router matched each
// request's path against its routes (reading the Host header and building its state)
// before passing it on: a webhook walked five routers before its own, and a matched
// route had its handler chain composed again for every request. Here, every route
// being a fixed path:
// - a path and method that exactly one route serves run that route's handlers at once,
//   with the context @koa/router gives a matched route (_matchedRoute, params …);
// - another method on a served path goes to the routers that serve it, in order, so
//   405 / OPTIONS and their Allow come from @koa/router as before;
// - any other path walks every router in turn, exactly as before.
import type Router from '@koa/router';
import type { Context, Middleware, Next } from 'koa';

type Layer = Router['stack'][number];

/** Middleware run in turn, each one's `next` the one after (koa-compose, without its re-entry check). */
function inTurn(steps: Middleware[]): Middleware {
  return (ctx, next) => {
    const run = (i: number): Promise<unknown> => (i === steps.length ? next() : Promise.resolve(steps[i]!(ctx, () => run(i + 1))));
    return run(0);
  };
}

/** The routers as app.use(router.routes()).use(router.allowedMethods()) ran them. */
const chainOf = (routers: Router[]): Middleware => inTurn(routers.flatMap((r) => [r.routes(), r.allowedMethods()]) as Middleware[]);

/** A route's handlers with what @koa/router puts on the context of a match (a fixed path: no captures, no params). */
function directRoute(router: Router, layer: Layer): Middleware {
  // one handler (every route of ours) is called as it is: no closure per step
  const stack = layer.stack as Middleware[];
  const only = stack.length === 1 ? stack[0]! : undefined;
  const handlers: Middleware = only ? (ctx, next) => Promise.resolve(only(ctx, next)) : inTurn(stack);
  return (ctx: Context, next: Next) => {
    const c = ctx as Context & Record<string, unknown>;
    c.matched = [layer];
    c.router = router;
    c.routeMatched = true;
    c.captures = [];
    c.params = (ctx.request as { params?: object }).params = {};
    c.routerPath = layer.path;
    c.routerName = layer.name || undefined;
    c._matchedRoute = layer.path;
    if (layer.name) c._matchedRouteName = layer.name;
    return handlers(ctx, next);
  };
}

interface PathRoutes {
  /** method → the one route serving it, when only one layer of all the routers matches the path */
  direct?: Map<string, Middleware>;
  /** the routers with a route on this path, in order */
  owners: Middleware;
}

export function dispatch(routers: Router[]): Middleware {
  const everyRouter = chainOf(routers);
  const byPath = new Map<string, PathRoutes>();
  for (const router of routers)
    for (const { path } of router.stack) {
      // a route with parameters (/faq/:id) is left to the walk of every router: its params come from the match
      if (typeof path !== 'string' || /[:*(]/.test(path) || byPath.has(path)) continue;
      // a router none of whose routes matches the path only passes the request on
      const matching = routers.map((r) => ({ r, layers: r.stack.filter((layer) => layer.match(path)) })).filter((m) => m.layers.length > 0);
      const only = matching.length === 1 && matching[0]!.layers.length === 1 ? matching[0]! : undefined;
      const layer = only?.layers[0];
      const direct = only && layer && layer.methods.length > 0 ? new Map(layer.methods.map((m) => [m, directRoute(only.r, layer)])) : undefined;
      byPath.set(path, { direct, owners: chainOf(matching.map((m) => m.r)) });
    }
  return (ctx, next) => {
    const routes = byPath.get(ctx.path);
    if (!routes) return everyRouter(ctx, next);
    return (routes.direct?.get(ctx.method) ?? routes.owners)(ctx, next);
  };
}
