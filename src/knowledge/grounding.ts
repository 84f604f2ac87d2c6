// Checks that every quoted passage really occurs in the notice text.
// Layout (whitespace, Markdown emphasis, table pipes, headings) is ignored on both sides.

export function groundingKey(text: string): string {
  return text.replace(/[\s*|#]/g, '');
}

/** Every `quote`-like field in a facts object, with its path. */
export function collectQuotes(value: unknown, path: (string | number)[] = []): { path: (string | number)[]; quote: string }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => collectQuotes(v, [...path, i]));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) =>
      typeof v === 'string' && (k === 'quote' || k.endsWith('_quote') || k === 'unaffected')
        ? [{ path: [...path, k], quote: v }]
        : collectQuotes(v, [...path, k]),
    );
  }
  return [];
}

/** Where `quote` occurs in `text` as the reader finds it (layout ignored): [start, end) in `text`, or undefined. */
export function quoteSpan(text: string, quote: string): [number, number] | undefined {
  const wanted = groundingKey(quote);
  if (!wanted) return undefined;
  const kept: number[] = []; // kept[i]: where the key's i-th character is in `text`
  let key = '';
  for (let i = 0; i < text.length; i++)
    if (!/[\s*|#]/.test(text[i]!)) {
      kept.push(i);
      key += text[i];
    }
  const at = key.indexOf(wanted);
  return at < 0 ? undefined : [kept[at]!, kept[at + wanted.length - 1]! + 1];
}
