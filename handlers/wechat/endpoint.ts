// What both webhooks share once a message is authenticated and parsed: answer it
// once (dedupe), build the passive reply, seal it when the request was sealed.
import type { Context } from 'koa';
import { MemoryStore, type KeyValueStore } from '../../src/stores/store.ts';
import type { ChannelConfig } from '../http/options.ts';
import type { RequestInfo } from '../http/request-info.ts';
import type { MsgCrypt, SealedReply } from './crypto.ts';
import { dedupeKey, Deduper } from './dedupe.ts';
import { replyText, type ChannelAssistant } from './messages.ts';
import { SORRY } from '../../src/answer/wording/index.ts';
import { cdata, requireBounded, requireFields, textReply, type Fields } from './xml.ts';

export interface ChannelDeps {
  assistant: ChannelAssistant;
  /** from readConfig(); without it the routes are not mounted */
  channels?: ChannelConfig;
  /** where replies are kept for retries; bounded in memory by default */
  store?: KeyValueStore;
  /** answer `success` when a reply is not ready by then (default 4500 ms) */
  deadlineMs?: number;
  /** clock in ms (tests) */
  now?: () => number;
  /** where failures are reported (the service's logger); stderr by default */
  log?: { error(fields: object, msg: string): void };
}

/** Answers one message; `request` is the HTTP request it came in (handlers/ops/observe.ts reads it). */
export type Answerer = (msg: Fields, request?: RequestInfo) => Promise<string | null>;

/**
 * What is kept of a reply for retries: its text (the answer's own string, which the answer cache's
 * repeats share) and its time, not the XML (a copy of ~1–3 KB per message: 13.6 MB at 5,000 on
 * 300 cities, BENCHMARKS.md); each copy's XML is written again from them, byte for byte the same.
 * `text` null: nothing to say, remembered too.
 */
type Kept = { text: string | null; at: number };

/**
 * Replies kept in memory for retries (without Redis), per channel: ≈ 0.55 KB each (the key, the
 * store's entry and its place in the write order; the text is the cached reply's), so ≈ 2.7 MB
 * (BENCHMARKS.md, session 11).
 * Retries come within ~15 s (dedupe.ts), so this covers 15 s at 330 messages a second; past
 * that a late retry is answered again (the same reply, unless it was a follow-up such as 更多).
 */
export const RETRY_MEMORY_ENTRIES = 5_000;

/** Shown when the core fails (a 5xx would make WeChat retry and then tell the user the account is broken). */
export { SORRY };

export function answerer(channel: 'wechat' | 'wecom', deps: ChannelDeps): Answerer {
  const dedupe = new Deduper<Kept>(deps.store ?? new MemoryStore(RETRY_MEMORY_ENTRIES), { deadlineMs: deps.deadlineMs });
  const now = deps.now ?? Date.now;
  return async (msg, request) => {
    requireFields(msg, ['ToUserName', 'FromUserName', 'CreateTime', 'MsgType']);
    requireBounded(msg);
    try {
      const kept = await dedupe.reply(dedupeKey(channel, msg), async (): Promise<Kept> => {
        const text = await replyText(msg, { assistant: deps.assistant, channel, menu: deps.channels?.menuQuestions ?? {}, nowMs: now(), request });
        return { text, at: now() };
      });
      // a copy comes from the same sender to the same account (both are in the key): the same XML
      return kept && kept.text !== null ? textReply(msg, kept.text, kept.at) : null;
    } catch (e) {
      // not remembered, so a retry of this message computes again; the error's name only: its message may quote the question
      const name = (e as Error)?.name ?? 'error';
      if (deps.log) deps.log.error({ channel, error: { name } }, 'answering failed; sent an apology');
      else console.error(`${channel}: answering failed (${name})`);
      return textReply(msg, SORRY, now());
    }
  };
}

/** `success` (never encrypted) when there is nothing to say or no time; else the reply, sealed if asked. */
export function sendReply(ctx: Context, xml: string | null, seal?: { crypt: MsgCrypt; nonce: string }): void {
  if (!xml) {
    ctx.type = 'text/plain';
    ctx.body = 'success';
    return;
  }
  ctx.type = 'application/xml';
  if (!seal) {
    ctx.body = xml;
    return;
  }
  ctx.body = sealedXml(seal.crypt.seal(xml, seal.nonce));
}

/**
 * buildXml of the sealed reply, written out: Encrypt is base64 and MsgSignature hex, which
 * CDATA holds as they are (buildXml's cleaning pass over ~2 KB of base64 changed nothing).
 */
function sealedXml({ Encrypt, MsgSignature, TimeStamp, Nonce }: SealedReply): string {
  return `<xml><Encrypt><![CDATA[${Encrypt}]]></Encrypt><MsgSignature><![CDATA[${MsgSignature}]]></MsgSignature><TimeStamp>${Number(TimeStamp)}</TimeStamp><Nonce>${cdata(Nonce)}</Nonce></xml>`;
}
