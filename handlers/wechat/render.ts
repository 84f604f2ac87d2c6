// Turns a core reply into what a channel shows: on the official account each numbered choice
// becomes a tappable link; on WeCom choices stay plain numbers. Every reply fits the channel's
// byte limit. The choices come apart from the text in the reply: nothing here reads its text.
import { TRUNCATED } from '../../src/answer/wording/index.ts';
import { fitBytes, isChoice, plainLine, plainText } from '../../src/contract/reply-text.ts';
import type { AskReply } from '../../src/contract/types.ts';

export const WECHAT_MAX_BYTES = 2000; // WeChat allows 2048; the spare bytes absorb rounding in its own counting
export const WECOM_MAX_BYTES = 2048;
/** What the core fits a reply into, on both channels: the official account's limit, so that a conversation pages alike on both. */
export const PAGE_BYTES = WECHAT_MAX_BYTES;

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

// Characters that would end the href attribute, the query or the tag: shown as their full-width forms.
const FULL_WIDTH: Record<string, string> = { '&': '＆', '"': '＂', '<': '＜', '>': '＞', '#': '＃', '%': '％', '=': '＝', "'": '＇' };
const safe = (s: string) => s.replace(/[&"<>#%='\r\n]/g, (c) => FULL_WIDTH[c] ?? ' ');

/** A message-menu link: tapping it sends `content` as the user's next text message. */
export function menuLink(content: string, id: number, label = content): string {
  return `<a href="weixin://bizmsgmenu?msgmenucontent=${safe(content)}&msgmenuid=${id}">${safe(label)}</a>`;
}

/**
 * Each reply's rendering, per channel: a repeated question gets the very reply object the
 * answer cache kept, so it is rendered once, and the replies kept for retries share one string.
 */
const rendered = new WeakMap<object, { wechat?: string; wecom?: string }>();

/** The reply as the channel shows it. */
export function renderReply(reply: Pick<AskReply, 'lines'>, channel: 'wechat' | 'wecom'): string {
  let forReply = rendered.get(reply);
  if (!forReply) rendered.set(reply, (forReply = {}));
  return (forReply[channel] ??= channel === 'wechat' ? linkSuggestions(reply, WECHAT_MAX_BYTES) : truncated(plainText(reply.lines), WECOM_MAX_BYTES));
}

/**
 * The reply with its choices as links, added only while the result still fits `maxBytes`
 * (the core's text fits, so dropping links always does). A choice is linked only when it shows
 * the question it asks: a tap posts that question as the user's own message, so a link showing
 * a city's timetable would post words the user never saw.
 */
export function linkSuggestions(reply: Pick<AskReply, 'lines'>, maxBytes = WECHAT_MAX_BYTES): string {
  let text = plainText(reply.lines);
  if (bytes(text) > maxBytes) return truncated(text, maxBytes);
  let out = reply.lines.map(plainLine);
  reply.lines.forEach((line, i) => {
    if (!isChoice(line) || line.text !== line.question) return;
    const trial = [...out];
    trial[i] = `${line.n}. ${menuLink(line.question, line.n, line.text)}`;
    const candidate = trial.join('\n');
    if (bytes(candidate) > maxBytes) return;
    out = trial;
    text = candidate;
  });
  return text;
}

/** Cut at a line to at most `maxBytes`, saying so; the core's own replies never need it. */
export function truncated(text: string, maxBytes: number): string {
  return fitBytes(text, maxBytes, TRUNCATED).text;
}
