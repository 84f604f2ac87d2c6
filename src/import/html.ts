// HTML (a page saved from a government or news site, or mammoth's rendering of a .docx) → Markdown:
// headings kept, a paragraph that is bold only read as a heading, tables as Markdown tables,
// page chrome (scripts, styles, navigation, headers, footers, forms) dropped; of a whole page,
// only the element that holds the notice (page.ts).
import type { HTMLElement, Node } from 'node-html-parser';
import { noticeElement } from './page.ts';

/** node-html-parser's NodeType (the DOM's numbers), without loading the package for it */
const NodeType = { ELEMENT_NODE: 1, TEXT_NODE: 3 } as const;

const CHROME = new Set(['script', 'style', 'noscript', 'nav', 'header', 'footer', 'form', 'button', 'iframe', 'svg', 'select', 'aside', 'head']);
const BLOCKS = new Set(['p', 'div', 'section', 'article', 'main', 'li', 'blockquote', 'center', 'body', 'html', 'ul', 'ol', 'dd', 'dt', 'dl', 'pre']);

const clean = (s: string) =>
  s
    .replace(/[\u00a0\u3000]/g, ' ')
    .replace(/[ \t\r\n]+/g, ' ')
    .trim();

/**
 * The Markdown of an HTML page. The parser is loaded at first use: the service carries the
 * importer for the operator page, and most processes never import a notice (~8 MB resident).
 */
export async function htmlToMarkdown(html: string): Promise<string> {
  const { parse } = await import('node-html-parser');
  const root = parse(html.replace(/<!DOCTYPE[^>]*>/gi, ''), { comment: false, blockTextElements: { script: false, style: false, noscript: false, pre: true } });
  // a whole page (not mammoth's .docx, not a fragment): only its notice, not the site around it
  const { element, title } = /<(html|body)\b/i.test(html) ? noticeElement(root, (el) => CHROME.has(el.tagName?.toLowerCase() ?? '')) : { element: root };
  const out: string[] = [];
  walk(element, out, title);
  return out.filter((b) => b.trim()).join('\n\n') + '\n';
}

/** `title`: the notice's title when a page sets it in a plain element (a heading here) */
function walk(node: Node, out: string[], title?: HTMLElement): void {
  for (const child of node.childNodes) {
    if (child.nodeType === NodeType.TEXT_NODE) {
      const t = clean(child.text);
      if (t) appendInline(out, t);
      continue;
    }
    if (child.nodeType !== NodeType.ELEMENT_NODE) continue;
    const el = child as HTMLElement;
    const tag = el.tagName?.toLowerCase() ?? '';
    if (CHROME.has(tag)) continue;
    const heading = /^h([1-6])$/.exec(tag);
    if (el === title && !heading) out.push(`# ${clean(el.text)}`);
    else if (heading) out.push(`${'#'.repeat(+heading[1]!)} ${clean(el.text)}`);
    else if (tag === 'table') out.push(table(el));
    else if (tag === 'br') out.push('');
    else if (BLOCKS.has(tag)) {
      if (hasBlockChildren(el)) {
        out.push('');
        walk(el, out, title);
        out.push('');
      } else {
        const text = clean(el.text);
        if (text) out.push(boldOnly(el) ? `**${text}**` : text);
      }
    } else appendInline(out, clean(el.text));
  }
}

/** Inline text continues the last paragraph unless a block ended it (marked by ''). */
function appendInline(out: string[], t: string): void {
  if (!t) return;
  const last = out.length ? out[out.length - 1]! : '';
  if (last && !last.startsWith('#') && !last.startsWith('|')) out[out.length - 1] = last + t;
  else out.push(t);
}

function hasBlockChildren(el: HTMLElement): boolean {
  return el.childNodes.some(
    (c) =>
      c.nodeType === NodeType.ELEMENT_NODE &&
      (BLOCKS.has((c as HTMLElement).tagName?.toLowerCase() ?? '') ||
        (c as HTMLElement).tagName?.toLowerCase() === 'table' ||
        /^h[1-6]$/i.test((c as HTMLElement).tagName ?? '')),
  );
}

/** A paragraph whose whole text is bold: a heading in most notices' pages. */
function boldOnly(el: HTMLElement): boolean {
  const text = clean(el.text);
  const bold = el
    .querySelectorAll('strong, b, [style]')
    .filter((b) => b.tagName === 'STRONG' || b.tagName === 'B' || BOLD_STYLE.test(b.getAttribute('style') ?? ''))
    .filter((b, i, all) => !all.some((o, j) => j !== i && o !== b && holdsNode(o, b))) // outermost only
    .map((b) => clean(b.text))
    .join('');
  return text.length > 0 && bold === text;
}

/** a span set bold by its style (WeChat's editors write headings so) */
const BOLD_STYLE = /font-weight\s*:\s*(bold|bolder|[6-9]00)/i;

const holdsNode = (outer: HTMLElement, el: HTMLElement) => {
  for (let p = el.parentNode; p; p = p.parentNode) if (p === outer) return true;
  return false;
};

function table(el: HTMLElement): string {
  const rows = grid(el);
  const filled = rows.filter((r) => r.some((c) => c));
  if (!filled.length) return '';
  const width = Math.max(...filled.map((r) => r.length));
  // a first row of one cell across the table ("各县（市、区）医保咨询电话") is its caption, not its header
  const captions: string[] = [];
  while (filled.length > 1 && width > 1 && filled[0]!.filter((c) => c).length === 1 && filled[0]!.length < width)
    captions.push(filled.shift()!.find((c) => c)!);
  const pad = (r: string[]) => [...r, ...Array(width - r.length).fill('')];
  const line = (r: string[]) =>
    `| ${pad(r)
      .map((c) => c || ' ')
      .join(' | ')} |`.replace(/\| {2}\|/g, '|  |');
  const body = [line(filled[0]!), `|${Array(width).fill('---').join('|')}|`, ...filled.slice(1).map(line)].join('\n');
  return captions.length ? `${captions.join('\n\n')}\n\n${body}` : body;
}

/**
 * The table's cells row by row, as the eye reads them: a cell of rowspan="3" is in each of its
 * rows (a timetable's 暂停时间 shared by three businesses), one of colspan="2" fills its first
 * column and leaves the others blank; a caption row keeps its one cell (no padding).
 */
function grid(el: HTMLElement): string[][] {
  const carried: { text: string; rows: number }[] = []; // by column: a rowspan still running
  return el.querySelectorAll('tr').map((tr) => {
    const row: string[] = [];
    const cells = tr.querySelectorAll('th, td');
    let col = 0;
    const takeCarried = () => {
      while (carried[col] && carried[col]!.rows > 0) {
        row[col] = carried[col]!.text;
        carried[col]!.rows--;
        col++;
      }
    };
    for (const cell of cells) {
      takeCarried();
      const text = clean(cell.text).replace(/\|/g, '/');
      const across = Math.max(1, Math.min(20, Number(cell.getAttribute('colspan')) || 1));
      const down = Math.max(1, Math.min(100, Number(cell.getAttribute('rowspan')) || 1));
      if (down > 1) carried[col] = { text, rows: down - 1 };
      row[col++] = text;
      // a caption across the whole table stays one cell; inside the table the spanned columns are blank
      if (cells.length > 1 || carried.some((c) => c && c.rows > 0)) for (let k = 1; k < across; k++) row[col++] = '';
    }
    takeCarried();
    return [...row].map((c) => c ?? '');
  });
}
