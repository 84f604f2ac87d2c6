// The clean text read as blocks (headings, paragraphs, table rows), each paragraph cut
// into sentences (。；！？) and each sentence into clauses (，), with the headings above it.
// A short line numbered like a heading (一、 （二） 1.) that ends without a full stop is read
// as a heading too: notices in plain text mark their sections that way.

export interface Sentence {
  /** verbatim, as in the text (a quote) */
  text: string;
  /** the paragraph it is part of (verbatim) */
  paragraph: string;
  /** headings above it, outermost first */
  headings: string[];
  /** index of its paragraph among all paragraphs */
  para: number;
}

export interface Table {
  header: string[];
  rows: { cells: string[]; line: string }[];
  headings: string[];
}

export interface Blocks {
  headings: { text: string; level: number }[];
  sentences: Sentence[];
  /** `text` without list markers and emphasis; `line` as the notice has it (a quote spanning several lines) */
  paragraphs: { text: string; headings: string[]; line?: string }[];
  tables: Table[];
}

/** a line of a list: "1. …", "（一）…", "- …" */
export const LIST_LINE = /^\s*(\d+[.、．]|[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、|[-*•])\s*/;

/** "问三：停机期间住院怎么办？", "Q2.…？", "3. 还能刷卡吗？": a question that heads the answer below it */
const QUESTION_LINE = /^(问[一二三四五六七八九十\d]{0,3}|Q\d{0,2}|\d{1,2})[：:、.．\s].{2,60}[？?]$/;

/** The level of a line read as a heading, or 0. */
function headingLevel(line: string): number {
  const md = /^(#{1,6})\s+/.exec(line);
  if (md) return md[1]!.length;
  const bold = /^\*\*(.+)\*\*$/.exec(line);
  const text = bold ? bold[1]! : line;
  if (QUESTION_LINE.test(text)) return 3; // a question-and-answer notice: each question heads its answer
  if (text.length > 40 || /[。；！？:：]$/.test(text) || /[。；]/.test(text)) return 0;
  if (/^[一二三四五六七八九十]+、/.test(text)) return 3;
  if (/^[（(][一二三四五六七八九十]+[）)]/.test(text)) return 4;
  if (/^\d+[.、．]/.test(text) && text.length <= 24) return 5;
  if (bold) return 2;
  return 0;
}

export const headingText = (line: string) =>
  line
    .replace(/^#{1,6}\s+/, '')
    .replace(/^\*\*(.+)\*\*$/, '$1')
    .trim();

/** a Markdown list item's marker ("- ", "* ", "1) " is a number, kept) */
const BULLET = /^[-*+•·●▪]\s+/;

/** A line as text: its list marker and emphasis (**…**) dropped; the quote check ignores both. */
export const plainLine = (line: string) => line.replace(BULLET, '').replace(/\*\*/g, '').trim();

/** The line is an item of a Markdown list. */
export const isListItem = (line: string) => BULLET.test(line);

export function readBlocks(markdown: string): Blocks {
  const lines = markdown.split('\n');
  const stack: { text: string; level: number }[] = [];
  const out: Blocks = { headings: [], sentences: [], paragraphs: [], tables: [] };
  const path = () => stack.map((h) => h.text);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line || /^([-*_]\s*){3,}$/.test(line)) continue;
    if (line.startsWith('|')) {
      const rows: string[] = [];
      while (i < lines.length && lines[i]!.trim().startsWith('|')) rows.push(lines[i++]!.trim());
      i--;
      out.tables.push(readTable(rows, path()));
      continue;
    }
    const level = headingLevel(line);
    if (level) {
      const text = headingText(line);
      while (stack.length && stack[stack.length - 1]!.level >= level) stack.pop();
      stack.push({ text, level });
      out.headings.push({ text, level });
      continue;
    }
    const para = out.paragraphs.length;
    const text = plainLine(line);
    if (!text) continue;
    out.paragraphs.push(text === line ? { text, headings: path() } : { text, headings: path(), line });
    for (const s of splitSentences(text)) out.sentences.push({ text: s, paragraph: text, headings: path(), para });
  }
  return out;
}

/** Sentences end at 。；！？ (kept), outside brackets and quotes. */
export function splitSentences(text: string): string[] {
  return splitAt(text, /[。；;！!？?]/, true);
}

/** Clauses: parts of a sentence between commas (，) outside brackets, without the comma. */
export function splitClauses(sentence: string): string[] {
  return splitAt(sentence.replace(/[。；;！!？?]$/, ''), /[，,]/, false);
}

function splitAt(text: string, at: RegExp, keep: boolean): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if ('（(“《「【'.includes(c)) depth++;
    else if ('）)”》」】'.includes(c)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && at.test(c)) {
      const part = text.slice(start, keep ? i + 1 : i).trim();
      if (part) parts.push(part);
      start = i + 1;
    }
  }
  const rest = text.slice(start).trim();
  if (rest) parts.push(rest);
  return parts;
}

function readTable(rows: string[], headings: string[]): Table {
  const cellsOf = (row: string) =>
    row
      .replace(/^\|/, '')
      .replace(/\|$/, '')
      .split('|')
      .map((c) => c.trim());
  const body = rows.filter((r) => !/^\|?\s*:?-{3,}/.test(r));
  const [head, ...rest] = body;
  return { header: head ? cellsOf(head) : [], rows: rest.map((line) => ({ cells: cellsOf(line), line })), headings };
}
