// The core's public contract: what a channel sends in and gets back.
import type { DateTime } from 'luxon';

/** Where a reply's facts come from: the notice, its issuers and date, and the quoted sentences. */
export interface Source {
  noticeId: string;
  title: string;
  issuers: string[];
  /** YYYY-MM-DD, absent when the notice carries no date */
  published?: string;
  /** the notice's own sentences behind the reply */
  quotes: string[];
}

/** The channel a question arrives on; a conversation belongs to one. `direct`: asked in-process without a channel (CLI, tests) */
export type SessionChannel = 'wechat' | 'wecom' | 'api' | 'console' | 'direct';

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
  /** the most UTF-8 bytes one reply may take, set by the channel (its message limit); the rest waits for "更多". Default 2000. */
  maxBytes?: number;
}

export type { Choice, ReplyLine } from './lines.ts';
import type { ReplyLine } from './lines.ts';

/** answer: confident; clarify: a question back with numbered suggestions; fallback: outside what it knows */
export type Band = 'answer' | 'clarify' | 'fallback';

export interface AskReply {
  /** the reply as plain text, each choice written "n. …" where it stands (WeCom, the API, the console
   *  and `npm run ask` show this), within the request's `maxBytes` */
  text: string;
  /** the same reply line by line, its numbered choices apart from the text: a channel that shows
   *  choices its own way (WeChat: as links) renders these. No choice: nothing to pick by number. */
  lines: ReplyLine[];
  band: Band;
  /** the city answered for, if one */
  city: string | null;
  sources: Source[];
  /** self-contained questions: the choices' questions when the reply shows choices, else alternatives to the answer */
  suggestions: string[];
  /** best retrieval candidate and its score (for the missed-question log) */
  top?: { title: string; score: number };
  /** the place named, as named, when the reply says no notice covers it (for the missed-question log) */
  uncovered?: string;
}
