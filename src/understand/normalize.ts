// Puts a question into one canonical form before anything reads it:
// half-width letters, digits and punctuation, Simplified characters, no emoji,
// single spaces (none between Chinese characters), lower-case Latin.
// t2cn carries only the Traditional → Simplified tables (109 KB of the full 1.2 MB)
import * as OpenCC from 'opencc-js/t2cn';
import { SLANG } from './lexicon.ts';

const convert = OpenCC.Converter({ from: 't', to: 'cn' });

/** Every word the conversion replaces, by its first character (the Converter above reads the t2s tables). */
const REPLACED = new Map<number, string[]>();
for (const table of [...OpenCC.Locale.configs.t2s.normalizationChain, ...OpenCC.Locale.configs.t2s.conversionChain].flat())
  for (const entry of (table as string).split('|')) {
    const word = entry.slice(0, entry.indexOf(' '));
    const first = word.codePointAt(0)!;
    REPLACED.set(first, [...(REPLACED.get(first) ?? []), word]);
  }

/** The converter costs ~10 µs a question even when it replaces nothing, as for almost every question: skipped when no word of its tables is in the text. */
function toSimplified(text: string): string {
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) < 0x80) continue;
    const words = REPLACED.get(text.codePointAt(i)!);
    if (words?.some((w) => text.startsWith(w, i))) return convert(text);
  }
  return text;
}

// biome-ignore lint/suspicious/noMisleadingCharacterClass: each joiner and modifier is to be removed on its own
const EMOJI = /[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\u{1F3FB}-\u{1F3FF}\u{FE0F}\u{200D}\u{20E3}]/gu;
const CONTROL = /[\p{Cc}\p{Cf}]/gu;

export function normalize(input: string): string {
  const simplified = toSimplified(
    input
      .normalize('NFKC') // full-width → half-width (１２：３０ → 12:30, ？ → ?)
      .replace(EMOJI, ' ')
      .replace(CONTROL, ' '),
  )
    .replace(/[\u3000\s]+/g, ' ')
    // Chinese is written without spaces: one between two characters (长 沙 医 保) separates nothing
    .replace(/(\p{Script=Han}) (?=\p{Script=Han})/gu, '$1')
    .replace(/[“”"'‘’「」『』【】《》]/g, '')
    .toLowerCase()
    .trim();
  return SLANG.reduce((text, [re, word]) => text.replace(re, word), simplified);
}
