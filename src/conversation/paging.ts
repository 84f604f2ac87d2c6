// "更多": a reply longer than the channel's byte limit is sent a page at a time; the rest
// waits in the conversation until the citizen asks for more.
import type { Composed } from '../respond/respond.ts';
import { fitLines, plainText, replyOfLines } from '../contract/reply-text.ts';
import type { AskReply, ReplyLine } from '../contract/types.ts';
import { MORE_HINT, NO_MORE } from '../answer/wording/index.ts';

export { MORE_HINT } from '../answer/wording/index.ts';

/** WeChat's text limit is 2048 bytes; stay below it. The limit when a caller sets none. */
export const MAX_REPLY_BYTES = 2000;
/** The least a caller may set: a page holds the hint and some text. */
export const MIN_REPLY_BYTES = 200;
const MORE_WORDS = /^(更多|更多内容|继续|下一页|more)$/;

export const asksForMore = (normalized: string) => MORE_WORDS.test(normalized);

/** The first page of a composed reply, and what is left for "更多". */
export function firstPage(composed: Composed, maxBytes: number): { reply: AskReply; rest?: string } {
  const fitted = fitLines(composed.lines, maxBytes, MORE_HINT);
  return { reply: replyOf(composed, fitted.lines), rest: fitted.rest };
}

/** The next page of a reply cut by the byte limit, and what is still left. */
export function nextPage(more: string | undefined, city: string | undefined, maxBytes: number): { reply: AskReply; rest?: string } {
  const fitted = more ? fitLines(more.split('\n'), maxBytes, MORE_HINT) : { lines: [NO_MORE], rest: undefined };
  return { reply: { ...replyOfLines(fitted.lines), city: city ?? null }, rest: fitted.rest };
}

export function replyOf(composed: Composed, lines: ReplyLine[]): AskReply {
  return {
    text: plainText(lines),
    lines,
    band: composed.band,
    city: composed.city?.name ?? null,
    sources: composed.sources,
    suggestions: composed.suggestions,
    top: composed.top,
    ...(composed.uncovered ? { uncovered: composed.uncovered } : {}),
  };
}
