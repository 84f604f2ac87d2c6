// What a conversation remembers, and where it is kept, per channel. A conversation belongs to the
// channel it arrived on: its key is `session:<channel>:<id>`, the channel set by the
// handler, so a caller of the public API cannot name (read, page through, steer) a
// WeChat or WeCom user's conversation by sending their openid as `session`.
// The open channels (the public API; the console when it has no token) get shorter
// lives and a smaller share of the in-memory store, so a flood of new session ids
// there can neither evict the webhook users' conversations nor grow memory much.
import { createHash } from 'node:crypto';
import type { SessionChannel } from '../contract/types.ts';

/** What a conversation remembers between questions. */
export interface SessionState {
  city?: string;
  /** the district last named in that city (芙蓉区), for follow-ups such as "特门特药的呢" */
  district?: string;
  /** topic and question-form words of the last question, to complete short follow-ups */
  topic?: string;
  form?: string;
  /** the questions of the choices the last reply showed: "n" picks the n-th */
  suggestions?: string[];
  /** what is left of the last reply, for "更多" */
  more?: string;
}

/**
 * A field of the state a message leaves that keeps the conversation's value as it was ("那长沙呢" keeps no
 * topic of its own: the last one stays). Written instead of copying the value, so that a reply which only
 * keeps a field never reads it: the answer cache keys a reply on the fields read (answer-cache.ts).
 */
export const AS_BEFORE = Symbol('as before');

/** The state a message leaves, with fields that may be kept AS_BEFORE. */
export type NextState = { [F in keyof SessionState]?: SessionState[F] | typeof AS_BEFORE };

/** `next` with every field kept AS_BEFORE given its value in `before`. */
export function keptFrom(next: NextState, before: SessionState): SessionState {
  let out: SessionState | undefined;
  for (const f of Object.keys(next) as (keyof SessionState)[]) {
    if (next[f] !== AS_BEFORE) continue;
    out ??= { ...(next as SessionState) };
    (out as Record<string, unknown>)[f] = before[f];
  }
  return out ?? (next as SessionState);
}

/** How long a conversation's city and topic carry over, by channel (seconds). */
export const SESSION_TTL_SECONDS: Readonly<Record<SessionChannel, number>> = {
  wechat: 30 * 60,
  wecom: 30 * 60,
  // an evaluation's or another system's follow-up comes within seconds; a short life
  // also bounds the keys one API caller can keep in Redis (its rate limit × 10 minutes)
  api: 10 * 60,
  console: 10 * 60,
  direct: 30 * 60,
};

/** Per-namespace caps of the in-memory store (MemoryStore), where a channel is open to anyone. */
export const SESSION_MEMORY_LIMITS: Readonly<Record<string, number>> = {
  'session:api': 5_000,
  'session:console': 2_000,
};

/** The store key of a conversation; an over-long id is hashed so no caller can make keys (and memory) grow. */
export function sessionKey(channel: SessionChannel, id: string): string {
  const tail = id.length <= 128 ? id : `#${createHash('sha256').update(id).digest('base64url')}`;
  return `session:${channel}:${tail}`;
}
