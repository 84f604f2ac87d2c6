// The "try it" lines `npm start` prints. A browser takes a link with the question
// written plainly (it encodes it when sending), so the link stays readable. curl sends
// a URL's bytes as they are, and Node refuses raw UTF-8 in a request line (400), so
// curl gets the question through --data-urlencode instead.

/** Characters of a query value a browser's address bar takes as they are. */
const PLAIN = /^(?:[A-Za-z0-9\-._~]|(?![\x00-\x7f])[\p{L}\p{N}\p{P}\p{S}])$/u;

/** `value` for a query string: letters (汉字 too) and punctuation as written; spaces, `&`, `#`, `%`, `+` and the like percent-encoded. */
export function readableQueryValue(value: string): string {
  let out = '';
  for (const ch of value) {
    if (PLAIN.test(ch)) out += ch;
    else {
      try {
        out += encodeURIComponent(ch);
      } catch {
        out += '%EF%BF%BD'; // a lone surrogate: U+FFFD, as a browser would send it
      }
    }
  }
  return out;
}

/** `s` as one POSIX shell word. */
const shellWord = (s: string) => `'${s.replaceAll("'", `'\\''`)}'`;

export interface TryLinks {
  /** paste into a browser */
  browser: string;
  /** paste into a shell */
  curl: string;
}

export function tryLinks(base: string, question: string): TryLinks {
  return {
    browser: `${base}/api/ask?q=${readableQueryValue(question)}`,
    curl: `curl -G ${base}/api/ask --data-urlencode ${shellWord(`q=${question}`)}`,
  };
}
