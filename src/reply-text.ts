// A reply as plain text (each numbered choice written "n. …"), and the one place where a
// reply is fitted into a channel's byte limit: cut at a line, the rest kept for "更多".
import type { AskReply, Band, Choice, ReplyLine } from './types.ts';

export const utf8Bytes = (s: string) => Buffer.byteLength(s, 'utf8');

export const isChoice = (line: ReplyLine): line is Choice => typeof line !== 'string';

/** A line as plain text: a choice as "2. …". */
export const plainLine = (line: ReplyLine): string => (isChoice(line) ? `${line.n}. ${line.text}` : line);

export const plainText = (lines: readonly ReplyLine[]): string => lines.map(plainLine).join('\n');

/** A reply of these lines alone (no city, no sources): a refusal, a notice from the channel. */
export function replyOfLines(lines: ReplyLine[], band: Band = 'answer'): AskReply {
  return { text: plainText(lines), lines, band, city: null, sources: [], suggestions: choicesIn(lines).map((c) => c.question) };
}

/** The numbered choices among a reply's lines, in order. */
export const choicesIn = (lines: readonly ReplyLine[]): Choice[] => lines.filter(isChoice);

/** Questions as choices 1…n that show themselves ("您想问的是哪一项？" lists, example questions). */
export const numbered = (questions: readonly string[]): Choice[] => questions.map((q, i) => ({ n: i + 1, text: q, question: q }));

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
