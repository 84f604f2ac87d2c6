// A request's query parameters, read as koa's ctx.query reads them (URLSearchParams:
// split at '&', name and value at the first '=', '+' is a space, %XX decoded as UTF-8,
// a name given twice is a list) — once per request, and without URLSearchParams when
// the query is plain ASCII whose escapes decode cleanly (nearly always: ≈ 10 µs less a
// question). Anything else (a raw non-ASCII byte, a malformed or non-UTF-8 escape) is
// read by URLSearchParams itself, so every query means exactly what it meant.
import type { Context } from 'koa';

export type Query = ReadonlyMap<string, string | string[]>;

const read = new WeakMap<object, Query>();

/** The query of the request `ctx` serves, read on first use. */
export function queryOf(ctx: Pick<Context, 'querystring' | 'request'>): Query {
  let query = read.get(ctx.request);
  if (query === undefined) read.set(ctx.request, (query = parseQuery(ctx.querystring)));
  return query;
}

export function parseQuery(qs: string): Query {
  const out = new Map<string, string | string[]>();
  if (qs === '') return out;
  if (!/^[\x00-\x7f]*$/.test(qs)) return bySearchParams(qs);
  for (let start = 0; start < qs.length; ) {
    let end = qs.indexOf('&', start);
    if (end === -1) end = qs.length;
    if (end > start) {
      const eq = qs.indexOf('=', start);
      const split = eq !== -1 && eq < end;
      const name = decoded(qs.slice(start, split ? eq : end));
      const value = split ? decoded(qs.slice(eq + 1, end)) : '';
      if (name === undefined || value === undefined) return bySearchParams(qs);
      add(out, name, value);
    }
    start = end + 1;
  }
  return out;
}

/**
 * Escaped values read before (a repeated question's `q`, the moment's `at`): decoding a question
 * of thirty characters (ninety escapes) costs more than finding it. Short values only, and a
 * bounded number of them: emptied when full.
 */
const seen = new Map<string, string | undefined>();
const SEEN_MAX = 2_000;
const SEEN_MAX_CHARS = 600;

/** '+' as a space, then %XX; undefined when an escape is malformed or not UTF-8 (URLSearchParams would put U+FFFD or keep it). */
function decoded(raw: string): string | undefined {
  if (!raw.includes('%')) return raw.includes('+') ? raw.replaceAll('+', ' ') : raw;
  if (raw.length > SEEN_MAX_CHARS) return decodedNow(raw);
  let value = seen.get(raw);
  if (value === undefined && !seen.has(raw)) {
    if (seen.size >= SEEN_MAX) seen.clear();
    seen.set(raw, (value = decodedNow(raw)));
  }
  return value;
}

function decodedNow(raw: string): string | undefined {
  try {
    return decodeURIComponent(raw.includes('+') ? raw.replaceAll('+', ' ') : raw);
  } catch {
    return undefined;
  }
}

function add(out: Map<string, string | string[]>, name: string, value: string): void {
  const before = out.get(name);
  if (before === undefined) out.set(name, value);
  else if (typeof before === 'string') out.set(name, [before, value]);
  else before.push(value);
}

function bySearchParams(qs: string): Query {
  const out = new Map<string, string | string[]>();
  for (const [name, value] of new URLSearchParams(qs)) add(out, name, value);
  return out;
}
