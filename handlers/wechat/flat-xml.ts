// One strict pass over a WeChat `<xml>` document: it checks well-formedness and
// collects the root's text children at once, where fast-xml-parser ran a validator
// over the body and then parsed it again. Refuses (null) what its validator refused:
// unclosed or mismatched tags, several roots, text after the root, bad attributes;
// and a DOCTYPE, which WeChat never sends (its parser skipped it). Keeps what its parser kept: runs of text trimmed (CDATA kept whole), entities not expanded,
// CDATA joined to the text around it; a child with element children, or a name
// that occurs twice, is dropped (it would have been an object or an array).

/** what each direct child of the root held; `null` marks one to drop */
export type FlatFields = Map<string, string | null>;

// XML's whitespace (not \f, \v or U+3000), and names as fast-xml-parser's validator accepts them
const WS = '[ \\t\\n\\r]';
const START =
  ':A-Za-z_\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD';
const NAME_SOURCE = `[${START}][${START}\\-.\\d\\u00B7\\u0300-\\u036F\\u203F-\\u2040]*`;
const NAME = new RegExp(NAME_SOURCE, 'y');
const ATTRIBUTE = new RegExp(`${WS}+(${NAME_SOURCE})${WS}*=${WS}*(?:"[^"<]*"|'[^'<]*')`, 'y');
/** `<?xml …?>`: only attributes inside, and only at the very start */
const DECLARATION = new RegExp(`<\\?xml(?:${WS}+${NAME_SOURCE}${WS}*=${WS}*(?:"[^"<]*"|'[^'<]*'))*${WS}*\\?>`, 'y');
const SPACE = /[ \t\n\r]*/y;
/** a character or entity reference as fast-xml-parser's validator allowed them (it expanded none) */
const REFERENCE = /&(?:#x[\da-fA-F]*|#\d*|\w{1,20});/y;

class Scanner {
  i = 0;
  /** the first `&` at or after the last text checked: one indexOf per `&`, not per run of text */
  private amp = -1;
  constructor(readonly s: string) {}

  /** every `&` in s[from, to) starts a reference */
  referencesOk(from: number, to: number): boolean {
    for (;;) {
      if (this.amp < from) this.amp = this.s.indexOf('&', from);
      if (this.amp < 0) {
        this.amp = this.s.length; // none left in the document
        return true;
      }
      if (this.amp >= to) return true;
      REFERENCE.lastIndex = this.amp;
      if (!REFERENCE.test(this.s) || REFERENCE.lastIndex > to) return false;
      from = this.amp + 1;
    }
  }

  skipSpace(): void {
    SPACE.lastIndex = this.i;
    SPACE.test(this.s);
    this.i = SPACE.lastIndex;
  }

  name(): string | null {
    NAME.lastIndex = this.i;
    const m = NAME.exec(this.s);
    if (!m) return null;
    this.i = NAME.lastIndex;
    return m[0];
  }

  /** after `<`: the name, attributes and `>` or `/>`; null when malformed */
  startTag(): { name: string; empty: boolean } | null {
    const name = this.name();
    if (!name) return null;
    const seen: string[] = [];
    for (;;) {
      ATTRIBUTE.lastIndex = this.i;
      const m = ATTRIBUTE.exec(this.s);
      if (!m) break;
      if (seen.includes(m[1]!)) return null; // a repeated attribute
      seen.push(m[1]!);
      this.i = ATTRIBUTE.lastIndex;
    }
    this.skipSpace();
    if (this.s.startsWith('/>', this.i)) {
      this.i += 2;
      return { name, empty: true };
    }
    if (this.s[this.i] !== '>') return null;
    this.i += 1;
    return { name, empty: false };
  }

  /** skips `<?…?>` or `<!--…-->` at i; false when neither is there, null when it is not closed (or a bad declaration) */
  skipMarkup(): boolean | null {
    if (this.s.startsWith('<?xml', this.i) && /[ \t\n\r?]/.test(this.s[this.i + 5] ?? '')) {
      DECLARATION.lastIndex = this.i;
      if (this.i > 1 || !DECLARATION.test(this.s)) return null; // 1: after a byte-order mark
      this.i = DECLARATION.lastIndex;
      return true;
    }
    const close = this.s.startsWith('<?', this.i) ? '?>' : this.s.startsWith('<!--', this.i) ? '-->' : null;
    if (!close) return false;
    const end = this.s.indexOf(close, this.i + 2);
    if (end < 0) return null;
    this.i = end + close.length;
    return true;
  }

  /** whitespace, processing instructions and comments before or after the root; false on anything else unclosed */
  skipMisc(): boolean {
    for (;;) {
      this.skipSpace();
      const skipped = this.skipMarkup();
      if (skipped === null) return false;
      if (!skipped) return true;
    }
  }
}

/** The root's name and its direct children, or null when the document is not well-formed. */
export function scanXml(xml: string): { root: string; fields: FlatFields } | null {
  const body = xml.includes('\r') ? xml.replace(/\r\n?/g, '\n') : xml; // XML's end-of-line normalisation
  const sc = new Scanner(body);
  if (body.charCodeAt(0) === 0xfeff) sc.i = 1; // a byte-order mark
  if (!sc.skipMisc() || body[sc.i] !== '<') return null;
  sc.i += 1;
  const root = sc.startTag();
  if (!root) return null;
  const fields: FlatFields = new Map();
  if (!root.empty && !content(sc, root.name, fields)) return null;
  return sc.skipMisc() && sc.i === body.length ? { root: root.name, fields } : null;
}

/** the root's content up to and including its end tag */
function content(sc: Scanner, rootName: string, fields: FlatFields): boolean {
  const s = sc.s;
  const open = [rootName];
  let child: string | null = null; // the direct child being read
  let text = '';
  let simple = true;
  const endChild = () => {
    fields.set(child!, fields.has(child!) || !simple ? null : text);
    child = null;
  };
  for (;;) {
    const lt = s.indexOf('<', sc.i);
    if (lt < 0) return false;
    if (!sc.referencesOk(sc.i, lt)) return false;
    if (open.length === 2) text += s.slice(sc.i, lt).trim(); // each run of text is trimmed, CDATA is not
    sc.i = lt;
    if (s.startsWith('<![CDATA[', lt)) {
      const end = s.indexOf(']]>', lt + 9);
      if (end < 0) return false;
      if (open.length === 2) text += s.slice(lt + 9, end);
      sc.i = end + 3;
      continue;
    }
    const skipped = sc.skipMarkup();
    if (skipped === null) return false;
    if (skipped) continue;
    if (s[lt + 1] === '!') return false; // a DOCTYPE or stray declaration inside the document
    if (s[lt + 1] === '/') {
      sc.i = lt + 2;
      const name = sc.name();
      sc.skipSpace();
      if (name !== open[open.length - 1] || s[sc.i] !== '>') return false;
      sc.i += 1;
      open.pop();
      if (open.length === 1 && child !== null) endChild();
      if (open.length === 0) return true;
      continue;
    }
    sc.i = lt + 1;
    const tag = sc.startTag();
    if (!tag) return false;
    if (open.length === 1) {
      child = tag.name;
      text = '';
      simple = true;
      if (tag.empty) endChild();
    } else simple = false;
    if (!tag.empty) open.push(tag.name);
  }
}
