// A shared store that may go away (Redis restarted, network cut) must not take the
// service with it. This wrapper never throws: a failed call falls back to a local
// in-memory store, so the instance keeps answering with state of its own (sessions
// started elsewhere are lost, retries are deduplicated per instance) until the
// shared store answers again. One error line per outage, one line when it is back;
// neither names keys nor values.
import { MemoryStore, type KeyValueStore } from './store.ts';

/** Where the outage lines go: the service passes its JSON logger; stderr by default. */
export interface OutageLog {
  error(fields: object, msg: string): void;
  info(fields: object, msg: string): void;
}

const STDERR: OutageLog = { error: (_f, msg) => console.error(msg), info: (_f, msg) => console.error(msg) };

export interface ResilientOptions {
  /** what the logs call the shared store, e.g. "redis 127.0.0.1:6379" */
  name?: string;
  /** after a failure, use the local store for this long before trying again (default 1000 ms) */
  retryAfterMs?: number;
  /** size of the local fallback store, per namespace */
  localEntries?: number;
  /** smaller caps for some namespaces of the local store (see MemoryStore) */
  localLimits?: Readonly<Record<string, number>>;
  log?: OutageLog;
  now?: () => number;
}

export class ResilientStore implements KeyValueStore {
  readonly local: MemoryStore;
  private readonly name: string;
  private readonly retryAfterMs: number;
  private readonly log: OutageLog;
  private readonly now: () => number;
  /** set while the shared store is failing; until then calls go to the local store */
  private outage: { since: number; retryAt: number } | undefined;

  constructor(
    private readonly shared: KeyValueStore,
    { name = 'shared store', retryAfterMs = 1000, localEntries = 10_000, localLimits = {}, log = STDERR, now = Date.now }: ResilientOptions = {},
  ) {
    this.local = new MemoryStore(localEntries, localLimits);
    this.name = name;
    this.retryAfterMs = retryAfterMs;
    this.log = log;
    this.now = now;
  }

  /** false while the shared store is failing */
  get healthy(): boolean {
    return !this.outage;
  }

  get<T>(key: string): Promise<T | undefined> {
    return this.call((s) => s.get<T>(key));
  }

  set<T>(key: string, value: T, ttlSeconds: number): Promise<void> {
    return this.call((s) => s.set(key, value, ttlSeconds));
  }

  delete(key: string): Promise<void> {
    return this.call((s) => s.delete(key));
  }

  claim<T>(key: string, value: T, ttlSeconds: number): Promise<boolean> {
    return this.call((s) => s.claim(key, value, ttlSeconds));
  }

  /** Reports an outage noticed elsewhere (e.g. at start), with the same single log line. */
  markDown(err: unknown): void {
    const t = this.now();
    if (!this.outage) {
      const reason = describe(err);
      this.log.error(
        { store: this.name, reason },
        `${this.name} unavailable (${reason}): still answering, but sessions and WeChat retry deduplication are per instance until it is back`,
      );
      this.outage = { since: t, retryAt: t };
    }
    this.outage.retryAt = t + this.retryAfterMs;
  }

  private async call<R>(op: (store: KeyValueStore) => Promise<R>): Promise<R> {
    // during an outage only one probe per interval pays the shared store's timeout
    if (this.outage && this.now() < this.outage.retryAt) return op(this.local);
    try {
      const result = await op(this.shared);
      if (this.outage) {
        const downSeconds = Math.round((this.now() - this.outage.since) / 1000);
        this.log.info({ store: this.name, downSeconds }, `${this.name} reachable again after ${downSeconds} s: state is shared again`);
        this.outage = undefined;
      }
      return result;
    } catch (err) {
      this.markDown(err);
      return op(this.local);
    }
  }
}

/** The error's code or name and message: connection errors, never the command's arguments. */
function describe(err: unknown): string {
  const e = err as { code?: string; name?: string; message?: string } | undefined;
  const what = e?.code ?? e?.name ?? 'error';
  const message = (e?.message ?? '').replace(/\s+/g, ' ').slice(0, 160);
  return message && !message.startsWith(what) ? `${what}: ${message}` : message || what;
}
