// Text copied out of a PDF (or a fixed-width .txt) breaks its lines where the page was full,
// in mid-sentence and even mid-time ("17时30\n分起"), and carries page numbers ("— 1 —").
// The importer reads sentences, so such lines are joined back into paragraphs first.

/** A page number on a line of its own: "— 1 —", "- 2 -", "第3页", "第 1 页 共 4 页", "2/5". */
const PAGE_NUMBER = /^\s*(?:[—–-]+\s*\d+\s*[—–-]+|第\s*\d+\s*页(?:\s*[，,]?\s*共\s*\d+\s*页)?|\d+\s*\/\s*\d+)\s*$/;
/** Where a sentence, a heading's label or a list's lead-in ends: the next line is a new one. */
const ENDS = /[。！？!?；;：:）)」』”"】]\s*$/;
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
  const lines = text.split('\n').filter((l) => !PAGE_NUMBER.test(l));
  const widths = lines.map((l) => width(l.trimEnd())).filter((w) => w > 0);
  if (widths.length < 8) return text;
  const full = [...widths].sort((a, b) => a - b)[Math.floor(widths.length * 0.9)]!;
  // a line "fills" the page when it reaches near the widest lines (indents and half-width digits vary)
  const fills = (l: string) => width(l.trimEnd()) >= full - 8 && width(l.trimEnd()) >= 30;
  const broken = lines.filter((l) => fills(l) && !ENDS.test(l)).length;
  if (broken < 3 || broken < lines.filter((l) => l.trim()).length * 0.2) return text;

  const out: string[] = [];
  // the physical line each paragraph ends with: a paragraph goes on only while that one filled the page
  let tail = '';
  for (const line of lines) {
    const last = out.length - 1;
    const prev = out[last];
    const joins = prev?.trim() && line.trim() && fills(tail) && !ENDS.test(tail) && !STARTS.test(line);
    if (joins) out[last] = prev!.trimEnd() + line.trim();
    else out.push(line);
    tail = line;
  }
  // blank lines left by dropped page numbers are one gap
  return out.join('\n').replace(/\n{3,}/g, '\n\n');
}
