// The core's public contract: what a channel sends in and gets back.
import type { DateTime } from 'luxon';
import type { Source } from './answer/sources.ts';
import type { SessionChannel } from './sessions.ts';

export type { Source } from './answer/sources.ts';

export interface AskRequest {
  /** the question as typed */
  text: string;
  /** moment of asking; ISO 8601 without an offset is Asia/Shanghai time. Default: now (or BOT_NOW). */
  at?: DateTime | string;
  /** conversation id within the channel (e.g. the WeChat sender): city, district and last topic carry over */
  session?: string;
  /** the channel the question arrived on, set by its handler: a session belongs to one channel (default `direct`) */
  channel?: SessionChannel;
  /** restrict to one city (a name or alias of a covered city) */
  city?: string;
}

/** answer: confident; clarify: a question back with numbered suggestions; fallback: outside what it knows */
export type Band = 'answer' | 'clarify' | 'fallback';

export interface AskReply {
  /** plain text as a citizen receives it, ≤ 2000 bytes UTF-8 */
  text: string;
  band: Band;
  /** the city answered for, if one */
  city: string | null;
  sources: Source[];
  /** self-contained questions: alternatives to the answer, or the choices of a clarifying reply */
  suggestions: string[];
  /** the suggestions are listed, numbered, in `text`, and replying 1/2/3 picks one */
  suggestionsShown: boolean;
  /** best retrieval candidate and its score (for the missed-question log) */
  top?: { title: string; score: number };
  /** the place named, as named, when the reply says no notice covers it (for the missed-question log) */
  uncovered?: string;
}
