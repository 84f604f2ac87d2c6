// Turns a core reply into what a channel shows: on the official account the numbered
// suggestion lines become tappable links; every reply fits the channel's byte limit.
import { TRUNCATED } from '../../src/answer/wording/index.ts';
import type { AskReply } from '../../src/types.ts';

export const WECHAT_MAX_BYTES = 2000; // WeChat allows 2048; the spare bytes absorb rounding in its own counting
export const WECOM_MAX_BYTES = 2048;

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

// Characters that would end the href attribute, the query or the tag: shown as their full-width forms.
const FULL_WIDTH: Record<string, string> = { '&': '＆', '"': '＂', '<': '＜', '>': '＞', '#': '＃', '%': '％', '=': '＝', "'": '＇' };
const safe = (s: string) => s.replace(/[&"<>#%='\r\n]/g, (c) => FULL_WIDTH[c] ?? ' ');

/** A message-menu link: tapping it sends `content` as the user's next text message. */
export function menuLink(content: string, id: number, label = content): string {
  return `<a href="weixin://bizmsgmenu?msgmenucontent=${safe(content)}&msgmenuid=${id}">${safe(label)}</a>`;
}

const NUMBERED = /^(\s*)([1-9])(\s*[.、．:：)）]\s*)(.*?)\s*$/;
const key = (s: string) => s.replace(/[\s？?。.！!，,]/g, '');

/**
 * Links the suggestion lines of `reply.text` (the line numbered n that shows
 * suggestion n, as "1. …"), adding links only while
 * the result still fits `maxBytes`. The core's text fits, so dropping links always does.
 */
export function linkSuggestions(reply: Pick<AskReply, 'text' | 'suggestions'>, maxBytes = WECHAT_MAX_BYTES): string {
  const lines = reply.text.split('\n');
  const targets = reply.suggestions.map((s, i) => findLine(lines, i + 1, s));
  let text = fitBytes(reply.text, maxBytes);
  if (text !== reply.text) return text;
  let out = lines;
  reply.suggestions.forEach((suggestion, i) => {
    const at = targets[i];
    if (at === undefined) return;
    const m = NUMBERED.exec(lines[at]!)!;
    const trial = [...out];
    trial[at] = `${m[1]}${m[2]}${m[3]}${menuLink(suggestion, i + 1, m[4] || suggestion)}`;
    const candidate = trial.join('\n');
    if (bytes(candidate) > maxBytes) return;
    out = trial;
    text = candidate;
  });
  return text;
}

function findLine(lines: string[], n: number, suggestion: string): number | undefined {
  // AskReply.suggestions is filled even when they are not in the text (then nothing is linked)
  const want = key(suggestion);
  for (let i = lines.length - 1; i >= 0; i--) {
    const m = NUMBERED.exec(lines[i]!);
    if (m && Number(m[2]) === n && want && key(m[4]!).includes(want)) return i;
  }
  return undefined;
}

/** Cuts at a line boundary to at most `maxBytes`, saying so; the core's own replies never need it. */
export function fitBytes(text: string, maxBytes: number): string {
  if (bytes(text) <= maxBytes) return text;
  const note = TRUNCATED;
  const budget = maxBytes - bytes(note) - 1;
  let out = '';
  let used = 0;
  for (const ch of text) {
    used += bytes(ch);
    if (used > budget) break;
    out += ch;
  }
  const lastBreak = out.lastIndexOf('\n');
  if (lastBreak > out.length / 2) out = out.slice(0, lastBreak);
  return `${out}\n${note}`;
}
