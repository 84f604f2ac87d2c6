// WeChat retries a message (same MsgId, ~5 s apart, up to 3 times) when no reply
// arrived in 5 s. Each message is answered once: a retry joins the answer in flight,
// a later one gets the stored reply. Replies live in a KeyValueStore (bounded, with
// a TTL) so a shared store can stand in across instances; promises stay local.
// The last retry comes ~15 s after the first copy: a reply kept longer buys nothing.
// Across instances the first copy claims the key (SET NX) before computing; a copy
// that reaches another instance meanwhile polls the key for that answer.
import { createHash } from 'node:crypto';
import type { KeyValueStore } from '../../src/stores/store.ts';
import type { Fields } from './xml.ts';

export interface DedupeOptions {
  /** how long a computed reply is kept for retries (default RETRY_WINDOW_SECONDS, at least MIN_RETRY_WINDOW_SECONDS) */
  ttlSeconds?: number;
  /** answer `success` when the reply is not ready by then, before WeChat's 5 s give-up */
  deadlineMs?: number;
  /**
   * how long a claim holds while its answer is computed; when the instance that
   * claimed dies, the claim lapses and a later retry computes (default 8 s: the third copy)
   */
  claimTtlSeconds?: number;
}

/** WeChat's three retries come ~5, ~10 and ~15 s after the first copy; the rest is slack (a late answer, clocks). */
export const RETRY_WINDOW_SECONDS = 30;
const MIN_RETRY_WINDOW_SECONDS = 20;

/** What the store holds under a message's key: being computed somewhere, or the reply. */
type Entry<T> = { pending: true } | { reply: T };
const PENDING: Entry<never> = { pending: true };
/** real keys are ~80 characters (gh_ id, 64-bit MsgId or openid + time) */
const MAX_KEY_CHARS = 200;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Sender + MsgId for messages; events have none, so sender + CreateTime + event. Scoped by
 * channel and account. The sender is part of every key: a MsgId is the sender's to choose
 * (in plain mode anyone's), so one sender's id must never fetch another sender's reply.
 */
export function dedupeKey(channel: string, msg: Fields): string {
  const account = msg.ToUserName ?? '';
  const key = msg.MsgId
    ? `dedupe:${channel}:${account}:msg:${msg.FromUserName}:${msg.MsgId}`
    : `dedupe:${channel}:${account}:event:${msg.FromUserName}:${msg.CreateTime}:${msg.Event ?? msg.MsgType}:${msg.EventKey ?? ''}`;
  // the ids come from the request: a long key is hashed so each remembered reply stays small, in memory and in Redis
  return key.length <= MAX_KEY_CHARS ? key : `dedupe:${channel}:sha256:${createHash('sha256').update(key).digest('base64url')}`;
}

/** A caller waiting for a reply: settled by the answer or, at its deadline, by the sweep (null). */
interface Waiter<T> {
  deadline: number;
  settled: boolean;
  resolve(reply: T | null): void;
}

/** `T`: what is kept for a message (a string, or what the reply is written from); JSON when the store is shared. */
export class Deduper<T = string> {
  private readonly inFlight = new Map<string, Promise<T>>();
  /** in deadline order, since every waiter gets the same deadlineMs: the front is the next to expire */
  private waiters: Waiter<T>[] = [];
  private head = 0;
  /** the one timer, for the front waiter's deadline; none when nobody waits */
  private sweep: NodeJS.Timeout | undefined;
  private readonly ttlSeconds: number;
  private readonly deadlineMs: number;
  private readonly claimTtlSeconds: number;

  constructor(
    private readonly store: KeyValueStore,
    { ttlSeconds = RETRY_WINDOW_SECONDS, deadlineMs = 4500, claimTtlSeconds = 8 }: DedupeOptions = {},
  ) {
    this.ttlSeconds = Math.max(MIN_RETRY_WINDOW_SECONDS, ttlSeconds);
    this.deadlineMs = deadlineMs;
    this.claimTtlSeconds = claimTtlSeconds;
  }

  /**
   * The reply for `key`, computed at most once while it is remembered; `null` when
   * it is not ready within the deadline (the caller answers `success`). A failed
   * computation is not remembered, so a retry computes again.
   */
  reply(key: string, compute: () => Promise<T>): Promise<T | null> {
    let pending = this.inFlight.get(key);
    if (!pending) {
      // registered before any await, so concurrent duplicates all find it
      pending = this.load(key, compute);
      this.inFlight.set(key, pending);
      const forget = () => this.inFlight.delete(key);
      pending.then(forget, forget);
    }
    const waiter: Waiter<T> = { deadline: Date.now() + this.deadlineMs, settled: false, resolve: () => {} };
    const answer = new Promise<T | null>((resolve, reject) => {
      waiter.resolve = resolve;
      pending.then(
        (reply) => {
          waiter.settled = true;
          resolve(reply);
        },
        (e: unknown) => {
          waiter.settled = true;
          reject(e);
        },
      );
    });
    this.wait(waiter);
    return answer;
  }

  /** Queues a waiter; one timer for all of them instead of a timer and a Promise.race per message. */
  private wait(waiter: Waiter<T>): void {
    this.dropSettled();
    this.waiters.push(waiter);
    if (!this.sweep) this.schedule();
  }

  private dropSettled(): void {
    while (this.head < this.waiters.length && this.waiters[this.head]!.settled) this.head++;
    if (this.head > 1024 && this.head * 2 > this.waiters.length) {
      this.waiters = this.waiters.slice(this.head);
      this.head = 0;
    }
  }

  private schedule(): void {
    this.dropSettled();
    const front = this.waiters[this.head];
    if (!front) {
      this.waiters = [];
      this.head = 0;
      this.sweep = undefined;
      return;
    }
    // unref: the requests waiting hold the process open, this timer need not
    this.sweep = setTimeout(() => this.expire(), Math.max(0, front.deadline - Date.now())).unref();
  }

  /** answers `null` to everyone whose deadline has come, then waits for the next */
  private expire(): void {
    const now = Date.now();
    for (; this.head < this.waiters.length; this.head++) {
      const w = this.waiters[this.head]!;
      if (w.settled) continue;
      if (w.deadline > now) break;
      w.settled = true;
      w.resolve(null);
    }
    this.schedule();
  }

  private async load(key: string, compute: () => Promise<T>): Promise<T> {
    // a claim lapses after claimTtlSeconds, so this loop ends by then at the latest
    const giveUp = Date.now() + this.claimTtlSeconds * 1000 + this.deadlineMs;
    for (let wait = 20; Date.now() < giveUp; wait = Math.min(wait * 2, 200)) {
      if (await this.store.claim(key, PENDING, this.claimTtlSeconds)) return this.computeAndKeep(key, compute);
      const entry = await this.store.get<Entry<T>>(key);
      if (typeof entry === 'object' && entry !== null && 'reply' in entry) return entry.reply;
      await sleep(wait); // claimed elsewhere and not ready yet (or just released: claim again)
    }
    return compute(); // the store misbehaves: answering twice beats not answering
  }

  private async computeAndKeep(key: string, compute: () => Promise<T>): Promise<T> {
    let value: T;
    try {
      value = await compute();
    } catch (e) {
      await this.store.delete(key); // not remembered: a retry computes again
      throw e;
    }
    await this.store.set<Entry<T>>(key, { reply: value }, this.ttlSeconds);
    return value;
  }

  /** answers being computed now (for tests and metrics) */
  get pending(): number {
    return this.inFlight.size;
  }
}
