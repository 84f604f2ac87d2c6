// Laying out text in an SVG picture (timeline-svg.ts), which has no line breaking of
// its own: how wide a text is, roughly, and where its lines break.

/** Rough advance of a text: CJK and full-width characters 1 em, the rest ~0.58 em. */
export function textWidth(s: string, size: number): number {
  let w = 0;
  for (const ch of s) w += ch.codePointAt(0)! >= 0x2e80 ? size : size * 0.58;
  return w;
}

/** Closing punctuation never starts a line (it may overhang a little instead). */
const NO_LINE_START = /[）)，。；：、”’》]/;

/** Breaks a text into lines of at most `width` (by character: Chinese has no spaces). */
export function wrap(s: string, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  let used = 0;
  for (const ch of s) {
    const w = textWidth(ch, size);
    if (line && used + w > width && !NO_LINE_START.test(ch)) {
      lines.push(line);
      line = '';
      used = 0;
    }
    line += ch;
    used += w;
  }
  if (line) lines.push(line);
  return lines;
}
