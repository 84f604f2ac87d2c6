// Puts a question into one canonical form before anything reads it:
// half-width letters, digits and punctuation, Simplified characters, no emoji,
// single spaces (none between Chinese characters), lower-case Latin.
// t2cn carries only the Traditional → Simplified tables (109 KB of the full 1.2 MB)
import * as OpenCC from 'opencc-js/t2cn';
import { SLANG } from './lexicon.ts';

const convert = OpenCC.Converter({ from: 't', to: 'cn' });

/** Every word the conversion replaces, by its first character (the Converter above reads the t2s tables). */
const REPLACED = new Map<number, string[]>();
/** the first characters of REPLACED below U+10000, as bits: most characters of a question start no such word, and are passed over without a lookup */
const STARTS_REPLACED = new Uint8Array(0x10000 >> 3);
for (const table of [...OpenCC.Locale.configs.t2s.normalizationChain, ...OpenCC.Locale.configs.t2s.conversionChain].flat())
  for (const entry of (table as string).split('|')) {
    const word = entry.slice(0, entry.indexOf(' '));
    const first = word.codePointAt(0)!;
    REPLACED.set(first, [...(REPLACED.get(first) ?? []), word]);
    if (first < 0x10000) STARTS_REPLACED[first >> 3]! |= 1 << (first & 7);
  }

/** The converter costs ~10 µs a question even when it replaces nothing, as for almost every question: skipped when no word of its tables is in the text. */
function toSimplified(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text.codePointAt(i)!;
    if (c < 0x80 || (c < 0x10000 && !(STARTS_REPLACED[c >> 3]! & (1 << (c & 7))))) continue;
    const words = REPLACED.get(c);
    if (words?.some((w) => text.startsWith(w, i))) return convert(text);
  }
  return text;
}

// biome-ignore lint/suspicious/noMisleadingCharacterClass: each joiner and modifier is to be removed on its own
const EMOJI_OR_CONTROL = /[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\u{1F3FB}-\u{1F3FF}\u{FE0F}\u{200D}\u{20E3}\p{Cc}\p{Cf}]/gu;
const SPACES = /[\u3000\s]+/g;
const SPACE_BETWEEN_HAN = /(\p{Script=Han}) (?=\p{Script=Han})/gu;
const QUOTES = /[“”"'‘’「」『』【】《》]/g;
/** Whether any slang word is in a text: most questions hold none, and are not searched once per word */
const ANY_SLANG = new RegExp(SLANG.map(([re]) => `(?:${re.source})`).join('|'));

/** the last text normalised, and its form: a message is normalised whole, then again as its one question (parts.ts) */
let last = { input: '', output: '' };

export function normalize(input: string): string {
  if (input === last.input) return last.output;
  // full-width → half-width (１２：３０ → 12:30, ？ → ?); emoji and control characters become spaces
  const spaced = toSimplified(input.normalize('NFKC').replace(EMOJI_OR_CONTROL, ' ')).replace(SPACES, ' ');
  // Chinese is written without spaces: one between two characters (长 沙 医 保) separates nothing
  const simplified = (spaced.includes(' ') ? spaced.replace(SPACE_BETWEEN_HAN, '$1') : spaced).replace(QUOTES, '').toLowerCase().trim();
  const output = ANY_SLANG.test(simplified) ? SLANG.reduce((text, [re, word]) => text.replace(re, word), simplified) : simplified;
  last = { input, output };
  return output;
}
