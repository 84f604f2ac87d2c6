// Reads the query parameters the routes share (q, at, city, session, filter), one way
// for every route: /api/ask, /api/faq, /faq and the console; the question's length
// limit is the WeChat and WeCom channels' too. A parameter given twice
// is refused (which of the two did the caller mean?), a bad one gets a 400 whose
// message names it, and `hint` says the same to a citizen on an HTML page.
import type { Context } from 'koa';
import type { DateTime } from 'luxon';
import type { Assistant } from '../../src/assistant.ts';
import type { City } from '../../src/knowledge/model.ts';
import { inZone, MOMENT_FORMAT, parseMoment } from '../../src/time/zone.ts';
import { pages as P } from '../../src/answer/wording/index.ts';
import { queryOf } from './query.ts';

/** The longest question any channel takes (longer is not one question, and costs time to read). */
export const MAX_QUESTION_CHARS = 500;
/** A session id longer than this is cut: it only needs to tell conversations apart. */
export const MAX_SESSION_CHARS = 128;
export const MAX_FILTER_CHARS = 100;

/** Fails the request with a 400: `message` for programs (JSON), `hint` for people (the HTML error page). */
function refuse(ctx: Context, message: string, hint: string): never {
  return ctx.throw(400, message, { hint });
}

/** One parameter's value as sent: undefined when absent; 400 when given more than once. */
export function queryParam(ctx: Context, name: string): string | undefined {
  const value = queryOf(ctx).get(name);
  if (Array.isArray(value)) refuse(ctx, `${name} must be given once`, P.paramTwice(name));
  return value;
}

/** `?q=`: the question, required and at most MAX_QUESTION_CHARS characters. */
export function questionParam(ctx: Context): string {
  const q = queryParam(ctx, 'q') ?? '';
  if (!q.trim()) refuse(ctx, 'q is required: the question text', P.EMPTY_Q);
  // (no more UTF-16 units than the limit: no more characters either, without counting them)
  if (q.length > MAX_QUESTION_CHARS && [...q].length > MAX_QUESTION_CHARS)
    refuse(ctx, `q is too long (at most ${MAX_QUESTION_CHARS} characters)`, P.qTooLong(MAX_QUESTION_CHARS));
  return q;
}

/** `?at=`: ISO 8601 (without an offset, Asia/Shanghai time); undefined when absent or empty. */
export function momentParam(ctx: Context): DateTime | undefined {
  const raw = queryParam(ctx, 'at');
  if (!raw) return undefined;
  const at = parseMoment(raw);
  if (!at) refuse(ctx, `at must be ${MOMENT_FORMAT}`, P.BAD_AT);
  return at;
}

/** `?at=`, or the assistant's clock (BOT_NOW when pinned). */
export function momentOf(ctx: Context, assistant: Pick<Assistant, 'now'>): DateTime {
  return momentParam(ctx) ?? inZone(assistant.now());
}

/** `?city=` (name or alias): undefined for all cities (absent, empty, all, 全部); 400 for a city we do not cover. */
export function cityOf(ctx: Context, assistant: Pick<Assistant, 'findCity' | 'cityNames'>): City | undefined {
  const raw = queryParam(ctx, 'city')?.trim() ?? '';
  if (!raw || raw === 'all' || raw === '全部') return undefined;
  const city = assistant.findCity(raw);
  if (!city) {
    const known = assistant.cityNames();
    refuse(ctx, `unknown city "${raw.slice(0, 40)}"; known: ${known.join(', ')}`, P.unknownCity(raw.slice(0, 40), known));
  }
  return city;
}

/** `?filter=`: the FAQ page's filter words ('' when absent), cut to MAX_FILTER_CHARS. */
export function filterParam(ctx: Context): string {
  return [...(queryParam(ctx, 'filter') ?? '').trim()].slice(0, MAX_FILTER_CHARS).join('');
}

/** `?session=`: the conversation's id, cut to MAX_SESSION_CHARS; undefined when absent or empty. */
export function sessionParam(ctx: Context): string | undefined {
  return queryParam(ctx, 'session')?.slice(0, MAX_SESSION_CHARS) || undefined;
}

/** What a question route reads: q, at (or the assistant's clock), city and session, each checked as above. */
export interface AskParams {
  text: string;
  at: DateTime;
  city: City | undefined;
  session: string | undefined;
}

export function askParams(ctx: Context, assistant: Pick<Assistant, 'now' | 'findCity' | 'cityNames'>): AskParams {
  return { text: questionParam(ctx), at: momentOf(ctx, assistant), city: cityOf(ctx, assistant), session: sessionParam(ctx) };
}
