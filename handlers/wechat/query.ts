// The query string as sent. Koa (like URLSearchParams) decodes "+" as a space, which
// breaks base64 values such as WeCom's encrypted echostr; here "+" stays "+".
export function rawQuery(querystring: string): Record<string, string> {
  const params: Record<string, string> = Object.create(null);
  for (const pair of querystring.split('&')) {
    if (!pair) continue;
    const eq = pair.indexOf('=');
    const name = decode(eq < 0 ? pair : pair.slice(0, eq));
    if (name !== undefined && !(name in params)) params[name] = decode(eq < 0 ? '' : pair.slice(eq + 1)) ?? '';
  }
  return params;
}

function decode(s: string): string | undefined {
  if (!s.includes('%')) return s; // WeChat's values (digits, hex, openids) need no decoding
  try {
    return decodeURIComponent(s);
  } catch {
    return undefined; // malformed %-escape: treated as absent, so the signature check refuses it
  }
}
