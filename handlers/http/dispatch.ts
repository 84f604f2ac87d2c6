// The routers as one middleware. Mounted one after another, every router matched each
// request's path against its routes (and built its state) before passing it on: a
// webhook walked five routers before its own. Here a path some router serves goes
// straight to the routers that serve it (every route is a fixed path); anything else
// walks them all in turn, as before. Either way the same routers see the request in
// the same order, so 404, 405 and Allow come out as they did.
import type Router from '@koa/router';
import type { Middleware } from 'koa';

/** The routers' middleware in turn, as app.use(router.routes()).use(router.allowedMethods()) ran it. */
function chainOf(routers: Router[]): Middleware {
  const steps = routers.flatMap((r) => [r.routes(), r.allowedMethods()]) as Middleware[];
  return (ctx, next) => {
    const run = (i: number): Promise<unknown> => (i === steps.length ? next() : Promise.resolve(steps[i]!(ctx, () => run(i + 1))));
    return run(0);
  };
}

/** The paths the routers' routes are declared with. */
const declaredPaths = (routers: Router[]): string[] => [
  ...new Set(routers.flatMap((r) => r.stack.flatMap((layer) => (typeof layer.path === 'string' ? [layer.path] : [])))),
];

export function dispatch(routers: Router[]): Middleware {
  const everyRouter = chainOf(routers);
  const byPath = new Map<string, Middleware>();
  for (const path of declaredPaths(routers)) {
    // a router none of whose routes matches the path only passes the request on
    const owners = routers.filter((r) => r.stack.some((layer) => layer.match(path)));
    byPath.set(path, chainOf(owners));
  }
  return (ctx, next) => (byPath.get(ctx.path) ?? everyRouter)(ctx, next);
}
