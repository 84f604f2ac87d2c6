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
import { createHmac } from 'node:crypto';
import { appendFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { AskReply, AskRequest } from '../../src/types.ts';
import type { Logger } from './logger.ts';

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
}

export const isMissed = (reply: AskReply) => reply.band === 'fallback' || reply.band === 'clarify';

/** Phone, ID-card and insurance numbers: 11+ digits (an ID may end in X). */
const PERSONAL_NUMBER = /\d{17}[\dXx]|\d{11,}/g;
export const maskNumbers = (text: string) => text.replace(PERSONAL_NUMBER, (m) => '#'.repeat(m.length));

export class MissedLog {
  private queue: Promise<void> = Promise.resolve();
  private dirReady = false;
  private failing = false;

  constructor(
    readonly file: string,
    private readonly salt: string,
    private readonly log: Logger,
    private readonly onWriteError?: () => void,
  ) {}

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
    };
  }

  /** Queues one line; never throws and never delays the reply. One write per line, so lines from several processes do not interleave (O_APPEND). */
  append(entry: MissedEntry): void {
    const line = JSON.stringify(entry) + '\n';
    this.queue = this.queue.then(() => this.write(line));
  }

  /** resolves when every queued line is written (or given up) */
  flush(): Promise<void> {
    return this.queue;
  }

  private async write(line: string): Promise<void> {
    try {
      if (!this.dirReady) {
        await mkdir(dirname(this.file), { recursive: true });
        this.dirReady = true;
      }
      await appendFile(this.file, line, 'utf8');
      if (this.failing) this.log.info({ file: this.file }, 'missed-question log writable again');
      this.failing = false;
    } catch (e) {
      this.onWriteError?.();
      // once per outage, not once per question
      if (!this.failing) this.log.error({ file: this.file, error: { name: (e as Error).name, code: (e as NodeJS.ErrnoException).code } }, 'cannot write the missed-question log');
      this.failing = true;
      this.dirReady = false;
    }
  }
}
