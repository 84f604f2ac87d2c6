// Reuses the work of a repeated message: the reply AND the conversation state it leaves, for
// the same message, knowledge version, caller restriction, byte limit and minute of asking,
// and a conversation that holds the same values in every field the message read.
//
// The moment: a reply changes only where some comparison of the moment flips, and every such
// flip lies on a minute (notices and questions write times to the minute, parts of a day are
// hours, the countdown counts whole minutes, and the city's timetable prints the minute of
// asking). A few comparisons are strict (t > suspension + 60 days; the nearer of two years at
// the half-way point), so they flip one millisecond after a minute: the exact minute is a key
// of its own, the rest of that minute another. Coarser segments (the day, away from the
// knowledge's boundaries) would serve stale replies: the timetable's "现在（12月20日10:37）" and
// a question's own clock time ("今天下午3点还能办吗") change within any day.
//
// The conversation: the message is answered by a pure function of the state it is handed; the
// state is handed in behind a proxy that notes each field read, and an entry matches a later
// conversation when those fields hold the same values (spreading the whole state reads all).
// So a full question reads the carried city only, and is shared across senders; "那长沙呢"
// reads the topic too; "2" reads the choices shown.
import type { DateTime } from 'luxon';
import type { AskReply } from '../contract/types.ts';
import type { SessionState } from './sessions.ts';

/** Variants kept when ANSWER_CACHE_SIZE is not set: a few MB (see README, "Answer cache"). */
export const DEFAULT_ANSWER_CACHE_SIZE = 5_000;
/** Conversations differing in what one message reads (the carried city, the topic): at most this many per message. */
const MAX_VARIANTS_PER_KEY = 64;

export interface Answered {
  reply: AskReply;
  /** what the conversation remembers after it */
  next: SessionState;
}

/** What identifies a message apart from its conversation. */
export interface MessageKey {
  version: string;
  text: string;
  /** the city the caller restricts the answer to */
  forced?: string;
  maxBytes: number;
  at: DateTime;
}

type Field = keyof SessionState;
interface Variant {
  /** the fields read and their values; `all` when the whole state was read */
  read: Map<Field, unknown>;
  all: boolean;
  answered: Answered;
}

const MINUTE = 60_000;

/** The moment's part of the key: its minute, with the exact minute apart from the rest of it (see above). */
export function momentKey(at: DateTime): string {
  const ms = at.toMillis();
  return `${Math.floor(ms / MINUTE)}${ms % MINUTE === 0 ? '' : '+'}`;
}

const keyOf = (k: MessageKey) => `${k.version}\u0000${momentKey(k.at)}\u0000${k.maxBytes}\u0000${k.forced ?? ''}\u0000${k.text}`;

export class AnswerCache {
  /** message key → its variants, least recently used first */
  private readonly entries = new Map<string, Variant[]>();
  private count = 0;
  hits = 0;
  misses = 0;

  /** @param maxVariants the most replies kept in all (each with its state); 0 keeps none */
  constructor(readonly maxVariants = DEFAULT_ANSWER_CACHE_SIZE) {}

  get size(): number {
    return this.count;
  }

  clear(): void {
    this.entries.clear();
    this.count = 0;
  }

  /** The reply to the message in this conversation: reused when seen, else `answer` run on the state (read through a recorder) and kept. */
  through(k: MessageKey, state: SessionState, answer: (state: SessionState) => Answered): Answered {
    if (this.maxVariants <= 0) return answer(state);
    const key = keyOf(k);
    const variants = this.entries.get(key);
    const found = variants?.find((v) => matches(v, state));
    if (found) {
      this.hits++;
      this.entries.delete(key); // most recently used last
      this.entries.set(key, variants!);
      return found.answered;
    }
    this.misses++;
    const read = new Map<Field, unknown>();
    let all = false;
    const recorder = new Proxy(state, {
      get: (s, f) => (note(f), Reflect.get(s, f)),
      has: (s, f) => (note(f), Reflect.has(s, f)),
      ownKeys: (s) => ((all = true), Reflect.ownKeys(s)),
      getOwnPropertyDescriptor: (s, f) => (note(f), Reflect.getOwnPropertyDescriptor(s, f)),
    });
    function note(f: string | symbol) {
      if (typeof f === 'string') read.set(f as Field, state[f as Field]);
      else all = true;
    }
    const answered = answer(recorder);
    this.keep(key, { read, all, answered }, state);
    return answered;
  }

  private keep(key: string, variant: Variant, state: SessionState): void {
    if (variant.all) for (const f of Object.keys(state) as Field[]) variant.read.set(f, state[f]);
    const variants = this.entries.get(key) ?? [];
    this.entries.delete(key);
    variants.unshift(variant);
    this.count++;
    if (variants.length > MAX_VARIANTS_PER_KEY) {
      variants.pop();
      this.count--;
    }
    this.entries.set(key, variants);
    for (const [oldest, vs] of this.entries) {
      if (this.count <= this.maxVariants) break;
      this.entries.delete(oldest);
      this.count -= vs.length;
    }
  }
}

function matches(v: Variant, state: SessionState): boolean {
  for (const [f, value] of v.read) if (!same(state[f], value)) return false;
  // the whole state was read: no other field may be set either
  if (v.all) for (const f of Object.keys(state) as Field[]) if (state[f] !== undefined && !v.read.has(f)) return false;
  return true;
}

/** Values of a conversation's fields: strings, or lists of strings (the choices shown). */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
  return a.every((x, i) => x === b[i]);
}
