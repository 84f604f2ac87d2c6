// A reply as plain text (each numbered choice written "n. …"), and the one place where a
// reply is fitted into a channel's byte limit: cut at a line, the rest kept for "更多".
import type { AskReply, Band } from './types.ts';
import { choicesIn, plainLine, plainText, type ReplyLine } from './lines.ts';

export { choicesIn, isChoice, numbered, plainLine, plainText } from './lines.ts';

export const utf8Bytes = (s: string) => Buffer.byteLength(s, 'utf8');

/** A reply of these lines alone (no city, no sources): a refusal, a notice from the channel. */
export function replyOfLines(lines: ReplyLine[], band: Band = 'answer'): AskReply {
  return { text: plainText(lines), lines, band, city: null, sources: [], suggestions: choicesIn(lines).map((c) => c.question) };
}

/**
 * Keeps the lines that fit in `maxBytes` UTF-8 bytes (measured as plain text), ending with
 * `hint` (how to see the rest) when some are left; the rest is returned as plain text.
 * A first line too long alone is cut by characters.
 */
export function fitLines(lines: readonly ReplyLine[], maxBytes: number, hint: string): { lines: ReplyLine[]; rest?: string } {
  const text = plainText(lines);
  if (utf8Bytes(text) <= maxBytes) return { lines: [...lines] };
  const budget = maxBytes - utf8Bytes(hint) - 1;
  const kept: ReplyLine[] = [];
  let used = 0;
  for (const line of lines) {
    const size = utf8Bytes(plainLine(line)) + 1;
    if (used + size > budget) break;
    kept.push(line);
    used += size;
  }
  if (!kept.length) {
    let cut = '';
    for (const ch of text) {
      if (utf8Bytes(cut + ch) > budget) break;
      cut += ch;
    }
    return { lines: [cut, hint], rest: text.slice(cut.length) };
  }
  return { lines: [...kept, hint], rest: plainText(lines.slice(kept.length)) };
}

/** `fitLines` for plain text. */
export function fitBytes(text: string, maxBytes: number, hint: string): { text: string; rest?: string } {
  const fitted = fitLines(text.split('\n'), maxBytes, hint);
  return { text: plainText(fitted.lines), ...(fitted.rest === undefined ? {} : { rest: fitted.rest }) };
}
