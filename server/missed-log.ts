// Questions the bot could not answer outright (fallback and clarify replies),
// appended one JSON object per line so an operator can see what to add to the
// knowledge (`npm run report`). The user appears only as a salted hash — enough to
// count distinct people, not to find them; long digit runs (phone, ID and card
// numbers) are masked in the question.
//
// A "low score" answer is not logged: measured on test/questions, the raw
// retrieval score grows with the question's length and says nothing about
// correctness (the lowest-scoring answers were right, the wrong ones scored
// high); the core already turns low coverage into a clarify reply.
//
// The disk it takes is bounded: before a line would take the file past maxBytes, it is
// renamed to FILE.1 (FILE.1 to FILE.2 …, keeping `files` of them) and a new one begun,
// so at most (files + 1) × maxBytes; and one source's flood is sampled (missed-sampler.ts).
import { createHmac } from 'node:crypto';
import { appendFile, mkdir, rename, stat, unlink } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { AskReply, AskRequest } from '../src/contract/types.ts';
import { regionOf } from '../src/understand/places.ts';
import { DEFAULT_MISSED_LOG_FILES, DEFAULT_MISSED_LOG_MAX_BYTES, DEFAULT_MISSED_LOG_PER_MINUTE } from './ops-config.ts';
import type { MissedRecorder } from '../handlers/ops/observe.ts';
import type { Logger } from './logger.ts';
import { FloodSampler, type Sampled } from './missed-sampler.ts';

export interface MissedEntry {
  /** when it was asked (ISO 8601, UTC) */
  time: string;
  channel: string;
  /** the city the bot took the question to be about, if any */
  city: string | null;
  question: string;
  band: AskReply['band'];
  top: { title: string; score: number } | null;
  /** HMAC-SHA256(MISSED_SALT, session), 16 hex digits; null when the asker sent no session */
  user: string | null;
  /** knowledge version that missed it */
  knowledge: string;
  /** the city (or province) named that no notice covers, when the reply said so: 广州 for 广州市 or 天河区; null otherwise. Absent in lines written before it existed. */
  uncovered?: string | null;
  /** this line stands for that many of one source's lines in a flood (missed-sampler.ts); absent = 1 */
  sampled?: number;
}

export interface MissedLogLimits {
  maxBytes: number;
  /** renamed files kept */
  files: number;
  /** lines per source per minute before sampling; 0 = every line */
  perMinute: number;
}

const DEFAULT_LIMITS: MissedLogLimits = { maxBytes: DEFAULT_MISSED_LOG_MAX_BYTES, files: DEFAULT_MISSED_LOG_FILES, perMinute: DEFAULT_MISSED_LOG_PER_MINUTE };
/** how often minutes that are over are closed, so a flood's last skipped lines are counted soon after it stops */
const SWEEP_MS = 15_000;

/** Phone, ID-card and insurance numbers: 11+ digits (an ID may end in X). */
const PERSONAL_NUMBER = /\d{17}[\dXx]|\d{11,}/g;
export const maskNumbers = (text: string) => text.replace(PERSONAL_NUMBER, (m) => '#'.repeat(m.length));

export class MissedLog implements MissedRecorder {
  private queue: Promise<void> = Promise.resolve();
  private dirReady = false;
  private failing = false;
  private readonly sampler?: FloodSampler<MissedEntry>;
  private sweeper?: NodeJS.Timeout;

  constructor(
    readonly file: string,
    private readonly salt: string,
    private readonly log: Logger,
    private readonly onWriteError?: () => void,
    private readonly limits: MissedLogLimits = DEFAULT_LIMITS,
  ) {
    if (limits.perMinute > 0) this.sampler = new FloodSampler(limits.perMinute);
  }

  hashUser(session: string | undefined): string | null {
    return session ? createHmac('sha256', this.salt).update(session, 'utf8').digest('hex').slice(0, 16) : null;
  }

  entry(channel: string, req: AskRequest, reply: AskReply, knowledge: string, now = new Date()): MissedEntry {
    return {
      time: now.toISOString(),
      channel,
      city: reply.city,
      question: maskNumbers(req.text.trim()).slice(0, 500),
      band: reply.band,
      top: reply.top ? { title: reply.top.title, score: reply.top.score } : null,
      user: this.hashUser(req.session),
      knowledge,
      uncovered: reply.uncovered ? regionOf(reply.uncovered) : null,
    };
  }

  /** One missed question, as observe.ts reports it. */
  record(channel: string, req: AskRequest, reply: AskReply, knowledge: string, source: string): void {
    this.append(this.entry(channel, req, reply, knowledge), source);
  }

  /**
   * Queues the line of one question from `source` (who sent it: a sender, else a client
   * address), or counts it when that source is flooding. Never throws, never delays the
   * reply. One write per line, so lines from several processes do not interleave (O_APPEND).
   */
  append(entry: MissedEntry, source = entry.user ?? '', now = Date.now()): void {
    this.enqueue(this.sampler ? this.sampler.admit(source, entry, now) : [{ entry }]);
    this.sweeper ??= setInterval(() => this.enqueue(this.sampler!.expire(Date.now())), SWEEP_MS).unref();
  }

  /** resolves when every queued line is written (or given up) */
  flush(): Promise<void> {
    return this.queue;
  }

  /** At shutdown: writes the lines that stand for what floods skipped, then everything queued. */
  close(): Promise<void> {
    clearInterval(this.sweeper);
    this.sweeper = undefined;
    if (this.sampler) this.enqueue(this.sampler.expire(Date.now(), true));
    return this.flush();
  }

  private enqueue(lines: Sampled<MissedEntry>[]): void {
    for (const { entry, sampled } of lines) {
      const line = JSON.stringify(sampled ? { ...entry, sampled } : entry) + '\n';
      this.queue = this.queue.then(() => this.write(line));
    }
  }

  private async write(line: string): Promise<void> {
    try {
      if (!this.dirReady) {
        await mkdir(dirname(this.file), { recursive: true });
        this.dirReady = true;
      }
      // the file's size, not a count of ours: other processes (WORKERS=N) append to it too
      const size = await stat(this.file).then(
        (s) => s.size,
        () => 0,
      );
      if (size > 0 && size + Buffer.byteLength(line) > this.limits.maxBytes) await this.rotate(size);
      await appendFile(this.file, line, 'utf8');
      if (this.failing) this.log.info({ file: this.file }, 'missed-question log writable again');
      this.failing = false;
    } catch (e) {
      this.onWriteError?.();
      // once per outage, not once per question
      if (!this.failing)
        this.log.error(
          { file: this.file, error: { name: (e as Error).name, code: (e as NodeJS.ErrnoException).code } },
          'cannot write the missed-question log',
        );
      this.failing = true;
      this.dirReady = false;
    }
  }

  /** FILE.(N-1) → FILE.N … FILE → FILE.1 (the oldest is replaced); with files = 0 the full log is removed. */
  private async rotate(size: number): Promise<void> {
    const ignoreMissing = (e: NodeJS.ErrnoException) => {
      if (e.code !== 'ENOENT') throw e; // another process rotated first
    };
    if (this.limits.files === 0) await unlink(this.file).catch(ignoreMissing);
    else {
      for (let i = this.limits.files - 1; i >= 1; i--) await rename(`${this.file}.${i}`, `${this.file}.${i + 1}`).catch(ignoreMissing);
      await rename(this.file, `${this.file}.1`).catch(ignoreMissing);
    }
    this.log.info({ file: this.file, bytes: size, kept: this.limits.files }, 'missed-question log full: started a new one');
  }
}
