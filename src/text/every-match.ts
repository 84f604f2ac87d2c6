// Every match of a global regex in a text, as String.prototype.matchAll gives them, without its
// cost: matchAll copies the regex (a new RegExp per call, ~0.7 µs built), and the question's path
// runs a few such loops on every text never asked before.

/** The matches of `re` (flag g) in `text`, in order; empty matches advance as matchAll's do. */
export function everyMatch(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    if (m[0] === '') re.lastIndex = advance(text, re.lastIndex, re.unicode || re.flags.includes('v'));
  }
  re.lastIndex = 0;
  return out;
}

/** the index after `at`, past a whole surrogate pair when the regex reads code points (AdvanceStringIndex) */
function advance(text: string, at: number, codePoints: boolean): number {
  if (!codePoints || at + 1 >= text.length) return at + 1;
  const c = text.charCodeAt(at);
  return c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(at + 1) & 0xfc00) === 0xdc00 ? at + 2 : at + 1;
}
