// The one access-token check, for the console (CONSOLE_TOKEN) and the admin routes
// (ADMIN_TOKEN). A token is presented in the route's own header (X-Console-Token,
// X-Admin-Token), as `Authorization: Bearer <token>`, or, where a browser logs in
// (the console), as the password of HTTP Basic. It is compared in constant time:
// both sides are hashed first, so neither the token's content nor its length
// leaks through timing. What a refusal looks like is each route's own.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Context } from 'koa';

/** off: no token configured; missing/wrong: what the request presented; ok: the right token. */
export type TokenCheck = 'off' | 'missing' | 'wrong' | 'ok';

export interface TokenPlaces {
  /** the route's own header, e.g. X-Admin-Token */
  header: string;
  /** whether HTTP Basic's password counts too (a browser's login prompt) */
  basic?: boolean;
}

const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();

function presented(ctx: Context, { header, basic = false }: TokenPlaces): string | undefined {
  const own = ctx.get(header);
  if (own) return own;
  const auth = ctx.get('Authorization');
  const bearer = /^Bearer\s+(.+)$/i.exec(auth);
  if (bearer) return bearer[1]!.trim();
  const login = basic ? /^Basic\s+([A-Za-z0-9+/=]+)$/i.exec(auth) : null;
  if (login) {
    const decoded = Buffer.from(login[1]!, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    return colon >= 0 ? decoded.slice(colon + 1) : undefined; // any user name; the token is the password
  }
  return undefined;
}

/** The check of one configured token (undefined: none configured, every request is 'off'). */
export function tokenGuard(token: string | undefined, places: TokenPlaces): (ctx: Context) => TokenCheck {
  const expected = token ? digest(token) : undefined;
  return (ctx) => {
    if (!expected) return 'off';
    const given = presented(ctx, places);
    if (given === undefined) return 'missing';
    return timingSafeEqual(digest(given), expected) ? 'ok' : 'wrong';
  };
}
