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
// reads the topic too; "2" reads the choices shown. Entries are found by those values (one map
// per set of fields read), not by trying each: "1" follows hundreds of different lists at once.
// A pick is answered under the question it picks (MessageKey.pick), whichever list showed it.
import type { DateTime } from 'luxon';
import type { AskReply } from '../contract/types.ts';
import { type Place, RecencyList } from './recently-used.ts';
import { SameData } from './same-data.ts';
import { keptFrom, type NextState, type SessionState } from './sessions.ts';

/** Variants kept when ANSWER_CACHE_SIZE is not set: a few MB (see README, "Answer cache"). */
export const DEFAULT_ANSWER_CACHE_SIZE = 5_000;
/**
 * Ways one message reads a conversation (sets of fields: "1" reads the choices shown, "那长沙呢"
 * the topic and form): a lookup tries each, so they are bounded; there are a handful in practice.
 */
const MAX_READINGS_PER_KEY = 16;

export interface Answered {
  reply: AskReply;
  /** what the conversation remembers after it (a field kept AS_BEFORE is not read: it holds the conversation's value) */
  next: NextState;
}

/** The answer with the state it leaves as saved: every field kept AS_BEFORE given the conversation's value. */
export interface Settled extends Answered {
  next: SessionState;
}

export const settled = ({ reply, next }: Answered, before: SessionState): Settled => ({ reply, next: keptFrom(next, before) });

/** What identifies a message apart from its conversation. */
export interface MessageKey {
  version: string;
  text: string;
  /** the city the caller restricts the answer to */
  forced?: string;
  maxBytes: number;
  at: DateTime;
  /** `text` is a question picked from the choices shown ("2"), not a message as typed */
  pick?: boolean;
}

type Field = keyof SessionState;

/**
 * One way a message read the conversation: the fields read (sorted) and whether the whole state
 * was read (then no other field may be set). Its variants are found by the values of those fields.
 */
interface Reading {
  fields: Field[];
  all: boolean;
  /** the values of `fields` (valuesOf) → the variant answered for them */
  variants: Map<string, Variant>;
}

interface Variant {
  answered: Answered;
  text: string;
  rest: string;
  reading: Reading;
  values: string;
  /** its place in the order of use (set as it is kept) */
  place?: Place<Variant>;
}

const MINUTE = 60_000;

/** The moment's part of the key: its minute, with the exact minute apart from the rest of it (see above). */
export function momentKey(at: DateTime): string {
  const ms = at.toMillis();
  return `${Math.floor(ms / MINUTE)}${ms % MINUTE === 0 ? '' : '+'}`;
}

/**
 * The key apart from its text. Entries are found by the text first: a repeated question's text is
 * the same string each time (the query's decoding keeps it), whose hash V8 keeps, so only this short
 * part is built and hashed anew per message.
 */
const restOf = (k: MessageKey) => `${k.version}\u0000${momentKey(k.at)}\u0000${k.maxBytes}\u0000${k.forced ?? ''}\u0000${k.pick ? 'pick' : ''}`;

export class AnswerCache {
  /** message text → the rest of its key (restOf) → the ways messages with that key read the conversation */
  private readonly readings = new Map<string, Map<string, Reading[]>>();
  /** every variant, least recently used first */
  private readonly lru = new RecencyList<Variant>();
  /** the variants' replies and the states they leave, equal ones as one object */
  private readonly replies = new SameData<AskReply>((r) => r.text);
  /** (a state's longest text: what is left for 更多, else its topic) */
  private readonly states = new SameData<NextState>((n) => (typeof n.more === 'string' ? n.more : typeof n.topic === 'string' ? n.topic : ''));
  hits = 0;
  misses = 0;

  /** @param maxVariants the most replies kept in all (each with its state); 0 keeps none */
  constructor(readonly maxVariants = DEFAULT_ANSWER_CACHE_SIZE) {}

  get size(): number {
    return this.lru.size;
  }

  clear(): void {
    this.readings.clear();
    this.lru.clear();
    this.replies.clear();
    this.states.clear();
  }

  /** The reply to the message in this conversation: reused when seen, else `answer` run on the state (read through a recorder) and kept. */
  through(k: MessageKey, state: SessionState, answer: (state: SessionState) => Answered): Settled {
    if (this.maxVariants <= 0) return settled(answer(state), state);
    const rest = restOf(k);
    const found = this.find(k.text, rest, state);
    if (found) {
      this.hits++;
      this.lru.touch(found.place!);
      return settled(found.answered, state);
    }
    this.misses++;
    const read = new Set<Field>();
    let all = false;
    const recorder = new Proxy(state, {
      get: (s, f) => (note(f), Reflect.get(s, f)),
      has: (s, f) => (note(f), Reflect.has(s, f)),
      ownKeys: (s) => ((all = true), Reflect.ownKeys(s)),
      getOwnPropertyDescriptor: (s, f) => (note(f), Reflect.getOwnPropertyDescriptor(s, f)),
    });
    function note(f: string | symbol) {
      if (typeof f === 'string') read.add(f as Field);
      else all = true;
    }
    const answered = answer(recorder);
    if (all) for (const f of Object.keys(state) as Field[]) read.add(f);
    // what the answer kept as before is the conversation's, read past the recorder: it chose nothing
    return settled(this.keep(k.text, rest, [...read].sort(), all, state, answered), state);
  }

  private find(text: string, rest: string, state: SessionState): Variant | undefined {
    const readings = this.readings.get(text)?.get(rest);
    if (readings === undefined) return undefined;
    for (const reading of readings) {
      const values = valuesOf(reading.fields, state);
      const found = values === undefined ? undefined : reading.variants.get(values);
      // the whole state was read: no other field may be set either
      if (found && (!reading.all || onlyThese(reading.fields, state))) return found;
    }
    return undefined;
  }

  /** Keeps the answer (with its reply shared with equal ones kept) and returns it as kept; as it came when not kept. */
  private keep(text: string, rest: string, fields: Field[], all: boolean, state: SessionState, answered: Answered): Answered {
    const values = valuesOf(fields, state);
    if (values === undefined) return answered; // a field holds what no conversation of ours holds: not kept
    let byRest = this.readings.get(text);
    if (!byRest) this.readings.set(text, (byRest = new Map()));
    const readings = byRest.get(rest) ?? [];
    let reading = readings.find((r) => r.all === all && r.fields.join() === fields.join());
    if (!reading) {
      if (readings.length >= MAX_READINGS_PER_KEY) return answered;
      reading = { fields, all, variants: new Map() };
      readings.push(reading);
      byRest.set(rest, readings);
    }
    if (reading.variants.has(values)) return answered;
    const kept = { reply: this.replies.hold(answered.reply), next: this.states.hold(answered.next) };
    const variant: Variant = { answered: kept, text, rest, reading, values };
    reading.variants.set(values, variant);
    variant.place = this.lru.add(variant);
    while (this.lru.size > this.maxVariants) this.forget(this.lru.shift()!);
    return kept;
  }

  private forget({ text, rest, reading, values, answered }: Variant): void {
    this.replies.release(answered.reply);
    this.states.release(answered.next);
    reading.variants.delete(values);
    if (reading.variants.size) return;
    const byRest = this.readings.get(text)!;
    const readings = byRest.get(rest)!.filter((r) => r !== reading);
    if (readings.length) byRest.set(rest, readings);
    else if (byRest.delete(rest) && byRest.size === 0) this.readings.delete(text);
  }
}

/**
 * The values of a conversation's fields as one string, different for different values: a field
 * holds a string, a list of strings (the choices shown) or nothing. undefined for anything else.
 */
function valuesOf(fields: Field[], state: SessionState): string | undefined {
  let out = '';
  for (const f of fields) {
    const v: unknown = state[f];
    if (v === undefined) out += 'u';
    else if (typeof v === 'string') out += `s${v.length}:${v}`;
    else if (Array.isArray(v) && v.every((x) => typeof x === 'string')) out += `a${v.length}:${v.map((x: string) => `${x.length}:${x}`).join('')}`;
    else return undefined;
  }
  return out;
}

/** No field is set but these. */
function onlyThese(fields: Field[], state: SessionState): boolean {
  for (const f of Object.keys(state) as Field[]) if (state[f] !== undefined && !fields.includes(f)) return false;
  return true;
}
