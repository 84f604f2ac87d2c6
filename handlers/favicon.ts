// The site's icon: a small SVG (the pages link it; browsers that ask for
// /favicon.ico on their own get the same picture, so that request is not a 404).
import { createHash } from 'node:crypto';
import Router from '@koa/router';
import type { Context } from 'koa';

/** A white cross on the pages' primary blue. */
export const FAVICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#0b4fb3"/><path d="M13 6h6v7h7v6h-7v7h-6v-7H6v-6h7z" fill="#fff"/></svg>`;
const ETAG = `"${createHash('sha256').update(FAVICON_SVG).digest('base64url').slice(0, 22)}"`;

function serveIcon(ctx: Context): void {
  ctx.set('Cache-Control', 'public, max-age=86400');
  ctx.set('X-Content-Type-Options', 'nosniff');
  ctx.status = 200;
  ctx.etag = ETAG;
  ctx.type = 'image/svg+xml';
  if (ctx.fresh) {
    ctx.status = 304;
    return;
  }
  ctx.body = FAVICON_SVG;
}

export function faviconRoutes(): Router {
  const router = new Router();
  router.get('/favicon.svg', serveIcon);
  router.get('/favicon.ico', serveIcon);
  return router;
}
