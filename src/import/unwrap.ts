// Text copied out of a PDF (or a fixed-width .txt) breaks its lines where the page was full,
// in mid-sentence and even mid-time ("17时30\n分起"), and carries page numbers ("— 1 —").
// The importer reads sentences, so such lines are joined back into paragraphs first.

import { isSpacedRow } from './spaced-table.ts';

/** A page number on a line of its own: "— 1 —", "- 2 -", "第3页", "第 1 页 共 4 页", "2/5". */
export const PAGE_NUMBER = /^\s*(?:[—–-]+\s*\d+\s*[—–-]+|第\s*\d+\s*页(?:\s*[，,]?\s*共\s*\d+\s*页)?|\d+\s*\/\s*\d+)\s*$/;
const TABLE_LINE = /^\s*\|/;
/** Where a sentence, a heading's label or a list's lead-in ends: the next line is a new one. */
const ENDS = /[。！？!?；;：:）)」』”"】]\s*$/;
/** A date at a line's end and a clock time opening the next ("…17日（星期五）\n20:00起"): one moment, whatever the widths. */
const DATE_AT_END = /(?:\d{1,2}\s*[日号]|[（(](?:星期|周)[一二三四五六日天][）)])\s*$/;
const TIME_AT_START = /^\s*\d{1,2}\s*(?:[:：]\d{2}|时|点)/;
/** How a new paragraph, heading or list item starts: never a continuation. */
const STARTS = /^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．](?!\d)|[①②③④⑤⑥⑦⑧⑨⑩]|#|\||[-*•]\s|附件|联系电话|咨询电话)/;

/** Columns a line fills on a page: CJK and full-width characters take two, the rest one. */
function width(line: string): number {
  let w = 0;
  for (const ch of line) w += /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/.test(ch) ? 2 : 1;
  return w;
}

/**
 * The text with hard line breaks joined, when it was hard-wrapped: most of its long lines fill
 * the same width and end in mid-sentence. Text written as one line per paragraph is returned as is.
 */
export function unwrapHardBreaks(text: string): string {
  const sure = joinSure(text.split('\n'));
  const lines = sure.filter((l) => !PAGE_NUMBER.test(l));
  // the page's width as printed, measured before any join; a Markdown table (a timetable rebuilt by flat-timetable.ts) is no page line
  const printed = text.split('\n').filter((l) => !PAGE_NUMBER.test(l) && !TABLE_LINE.test(l) && l.trim());
  const widths = printed.map((l) => width(l.trimEnd()));
  // some copies break after a count of characters, digits included: a line of dates holds as many
  // characters as a full line of words, though it is narrower
  const counts = printed.map((l) => [...l.trimEnd()].length);
  if (widths.length < 8) return sure.join('\n');
  const full = [...widths].sort((a, b) => a - b)[Math.floor(widths.length * 0.9)]!;
  // a line "fills" the page when it reaches near the widest lines (indents and half-width digits vary)
  const fullCount = [...counts].sort((a, b) => a - b)[Math.floor(counts.length * 0.9)]!;
  const fills = (l: string) => {
    const w = width(l.trimEnd());
    const n = [...l.trimEnd()].length;
    // a line of words (mostly CJK) with dates in it, not a line of Latin text (an address, a URL)
    return w >= 30 && (w >= full - 8 || (n >= fullCount - 1 && w - n >= n / 2));
  };
  const broken = lines.filter((l) => fills(l) && !ENDS.test(l)).length;
  if (broken < 3 || broken < lines.filter((l) => l.trim()).length * 0.2) return sure.join('\n');

  const out: string[] = [];
  // the physical line each paragraph ends with: a paragraph goes on only while that one filled the page
  let tail = '';
  for (const line of lines) {
    const last = out.length - 1;
    const prev = out[last];
    // a row of a flattened table (a long address may fill the page) is never part of a paragraph
    const joins =
      prev?.trim() &&
      line.trim() &&
      fills(tail) &&
      !ENDS.test(tail) &&
      !STARTS.test(line) &&
      !isSpacedRow(tail) &&
      !isSpacedRow(line) &&
      !TABLE_LINE.test(tail);
    if (joins) out[last] = prev!.trimEnd() + line.trim();
    else out.push(line);
    tail = line;
  }
  // blank lines left by dropped page numbers are one gap
  return out.join('\n').replace(/\n{3,}/g, '\n\n');
}

/**
 * The breaks joined whatever the page's width, for they never end a paragraph: a date at a line's
 * end and its clock time opening the next ("…17日（星期五）", "20:00起"), and a page number in
 * mid-sentence with its blank lines ("…（含", "", "- 1 -", "", "线上备案）…").
 */
function joinSure(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const last = out.length - 1;
    if (last >= 0 && DATE_AT_END.test(out[last]!) && TIME_AT_START.test(line)) {
      out[last] = out[last]!.trimEnd() + line.trim();
      continue;
    }
    if (!PAGE_NUMBER.test(line)) {
      out.push(line);
      continue;
    }
    let next = i + 1;
    while (next < lines.length && !lines[next]!.trim()) next++;
    let before = out.length;
    while (before > 0 && !out[before - 1]!.trim()) before--;
    const said = out[before - 1];
    const follows = lines[next];
    // a short line (a heading, a signature) before the page number may well end its paragraph
    if (said === undefined || follows === undefined || width(said.trim()) < 30 || ENDS.test(said) || STARTS.test(follows)) {
      out.push(line);
      continue;
    }
    out.length = before;
    out[before - 1] = said.trimEnd() + follows.trim();
    i = next;
  }
  return out;
}

/** a line's words without its Markdown heading or bold marks */
const bare = (l: string) =>
  l
    .trim()
    .replace(/^#{1,6}\s+/, '')
    .replace(/^\*\*(.*)\*\*$/, '$1')
    .trim();
const TITLE_END = /(通告|公告|通知|告知书|说明)$/;
/** words that end a sentence or a clause: a title line has none */
const PUNCTUATED = /[。，,；;：:！？!?]/;
/** a line that is no part of a headline: a date, a byline, an agency alone, a numbered heading */
const NOT_HEADLINE = /20\d{2}\s*[年\-/.]|^(本报讯|记者|来源|发布|原创|作者|日期|[（(]|[一二三四五六七八九十]+、|\d+[.、．])|(局|中心|厅|委员会|政府|办公室)$/;

/**
 * A title broken over two lines (a PDF copy, a WeChat page's two centred lines, a newspaper's
 * headline set in two) as one line: "X关于Y" + "Z的公告" joined as written; a headline of two
 * short lines above everything else joined with a space. The draft's title and city read it whole.
 */
export function joinBrokenTitle(lines: string[]): string[] {
  const filled = lines.map((l, i) => ({ l, i })).filter((x) => x.l.trim());
  const top = filled.slice(0, 12);
  for (let k = 1; k < top.length; k++) {
    const [a, b] = [bare(top[k - 1]!.l), bare(top[k]!.l)];
    if (!TITLE_END.test(b) || b.includes('关于') || !a.includes('关于') || TITLE_END.test(a) || PUNCTUATED.test(a + b) || a.length > 40) continue;
    return merged(lines, top[k - 1]!.i, top[k]!.i, '');
  }
  // a headline: the first two lines are short phrases, neither a title of its own nor a date or byline
  const [a, b] = [bare(filled[0]?.l ?? ''), bare(filled[1]?.l ?? '')];
  const headline = (t: string) => t.length >= 4 && t.length <= 30 && !PUNCTUATED.test(t) && !NOT_HEADLINE.test(t) && !TITLE_END.test(t);
  if (filled.length > 3 && headline(a) && headline(b) && !top.some((x) => TITLE_END.test(bare(x.l)))) return merged(lines, filled[0]!.i, filled[1]!.i, ' ');
  return lines;
}

/** Line `j` appended to line `i` (its heading or bold marks kept), line `j` dropped. */
function merged(lines: string[], i: number, j: number, gap: string): string[] {
  const line = lines[i]!.trim();
  const words = `${bare(line)}${gap}${bare(lines[j]!)}`;
  const marked = /^#{1,6}\s/.test(line) ? `${/^#{1,6}/.exec(line)![0]} ${words}` : /^\*\*.*\*\*$/.test(line) ? `**${words}**` : words;
  return lines.map((l, k) => (k === i ? marked : l)).filter((_, k) => k !== j);
}
