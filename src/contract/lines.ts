// The lines of a reply: text as it is, or a numbered choice that each channel shows its own
// way (WeChat a link, the others "n. …"). The answer builders write them; src/contract/reply-text.ts fits them.

/** A numbered option of a reply: replying its number (or tapping it, on WeChat) asks `question`. */
export interface Choice {
  n: number;
  /** the words shown after the number: the question itself, or a summary (a city's timetable) */
  text: string;
  question: string;
}

/** One line of a reply: text as it is, or a numbered choice, which each channel shows its own way. */
export type ReplyLine = string | Choice;

export const isChoice = (line: ReplyLine): line is Choice => typeof line !== 'string';

/** A line as plain text: a choice as "2. …". */
export const plainLine = (line: ReplyLine): string => (isChoice(line) ? `${line.n}. ${line.text}` : line);

export const plainText = (lines: readonly ReplyLine[]): string => lines.map(plainLine).join('\n');

/** The numbered choices among a reply's lines, in order. */
export const choicesIn = (lines: readonly ReplyLine[]): Choice[] => lines.filter(isChoice);

/** Questions as choices 1…n that show themselves ("您想问的是哪一项？" lists, example questions). */
export const numbered = (questions: readonly string[]): Choice[] => questions.map((q, i) => ({ n: i + 1, text: q, question: q }));
