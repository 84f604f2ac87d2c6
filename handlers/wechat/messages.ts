// What to say back to one inbound message, by type. The core answers questions and
// keeps the conversation (city, topic, "更多", picking 1/2/3); this only chooses
// the question to ask and renders the reply for the channel. `null` means `success`.
import type { DateTime } from 'luxon';
import * as W from '../../src/answer/wording/index.ts';
import { parseMoment } from '../../src/time/zone.ts';
import type { AskReply, AskRequest } from '../../src/contract/types.ts';
import type { RequestAsker, RequestInfo } from '../http/request-info.ts';
import { MAX_QUESTION_CHARS } from '../http/params.ts';
import { PAGE_BYTES, renderReply } from './render.ts';
import type { Fields } from './xml.ts';

/** The part of the core a channel uses (src/assistant.ts provides it). */
export interface ChannelAssistant extends RequestAsker {
  /** the core's greeting, which is also the welcome */
  greet(req: Omit<AskRequest, 'text'>): Promise<AskReply>;
  examples(): string[];
}

export interface MessageContext {
  assistant: ChannelAssistant;
  channel: 'wechat' | 'wecom';
  /** CLICK menu EventKey → the question it asks */
  menu: Record<string, string>;
  nowMs?: number;
  /** the HTTP request the message came in (for the rate limit and the request's log line) */
  request?: RequestInfo;
}

/** CreateTime further than this from the clock was chosen on purpose (chat client `--at`, replays). */
const PINNED_MOMENT_SECONDS = 10 * 60;

/** Images, locations, files …: only text is answered; the example comes from the knowledge. */
export const textOnly = (examples: string[]) => W.textOnly(examples[0]);
export const { VOICE_UNCLEAR, UNKNOWN_MENU } = W;
export const TOO_LONG = W.tooLong(MAX_QUESTION_CHARS);
export const EMPTY = W.EMPTY_QUESTION;

export async function replyText(msg: Fields, c: MessageContext): Promise<string | null> {
  switch (msg.MsgType) {
    case 'text':
      return answer(msg.Content ?? '', msg, c);
    case 'voice':
      return msg.Recognition?.trim() ? answer(msg.Recognition, msg, c) : VOICE_UNCLEAR;
    case 'image':
    case 'video':
    case 'shortvideo':
    case 'location':
    case 'link':
    case 'file':
      return textOnly(c.assistant.examples());
    case 'event':
      return onEvent(msg, c);
    default:
      return null;
  }
}

async function onEvent(msg: Fields, c: MessageContext): Promise<string | null> {
  switch ((msg.Event ?? '').toLowerCase()) {
    case 'subscribe':
      // the welcome is the core's greeting, kept in the sender's conversation so that "1" picks its first example
      return renderReply(await c.assistant.greet({ session: msg.FromUserName, channel: c.channel }), c.channel);
    case 'click': {
      const question = c.menu[msg.EventKey ?? ''];
      return question ? answer(question, msg, c) : UNKNOWN_MENU;
    }
    default:
      return null; // unsubscribe (nobody can read a reply), VIEW, enter_agent, LOCATION, …
  }
}

async function answer(raw: string, msg: Fields, c: MessageContext): Promise<string> {
  const text = raw.trim();
  if (!text) return EMPTY;
  if ([...text].length > MAX_QUESTION_CHARS) return TOO_LONG;
  const reply = await c.assistant.ask(
    {
      text,
      session: msg.FromUserName,
      channel: c.channel, // the sender's conversation lives in this channel only
      at: momentAsked(msg, c.nowMs ?? Date.now()),
      maxBytes: PAGE_BYTES,
    },
    c.request,
  );
  return renderReply(reply, c.channel);
}

/**
 * A CreateTime close to the clock is "now", left to the core (which honours BOT_NOW);
 * one far from it was set on purpose and is the moment asked.
 */
function momentAsked(msg: Fields, nowMs: number): DateTime | undefined {
  const sent = Number(msg.CreateTime);
  if (!Number.isFinite(sent) || sent <= 0) return undefined;
  if (Math.abs(nowMs / 1000 - sent) <= PINNED_MOMENT_SECONDS) return undefined;
  // the messages of one replay or chat session share their seconds: the last one read is kept (DateTime is immutable)
  if (sent !== lastPinned.sent) lastPinned = { sent, at: pinnedMoment(sent) };
  return lastPinned.at;
}

let lastPinned: { sent: number; at: DateTime | undefined } = { sent: Number.NaN, at: undefined };

function pinnedMoment(sent: number): DateTime | undefined {
  const when = new Date(sent * 1000);
  // a CreateTime beyond Date's range, or outside the years a question may be asked in, is no moment anyone meant
  return Number.isNaN(when.getTime()) ? undefined : (parseMoment(when.toISOString()) ?? undefined);
}
