// Words indexed by how they sound, for the sound step (sound.ts): a trie of toneless
// syllables for Chinese characters, a map from typed pinyin, and a trie of the words written
// as they are. Syllables and characters are numbers here (a syllable's place in the table, a
// character's code point): the sound step looks them up for every character of a question,
// and a number is found without hashing a string made for the lookup.
import { PINYIN } from './pinyin-table.ts';

/** toneless syllable → its number */
const SYLLABLE_NUMBERS = new Map<string, number>();
/** character (code point) → the numbers of its toneless readings */
const READINGS = new Map<number, number[]>();
for (const [syllable, chars] of Object.entries(PINYIN)) {
  const n = SYLLABLE_NUMBERS.size;
  SYLLABLE_NUMBERS.set(syllable, n);
  for (const ch of chars) READINGS.set(ch.codePointAt(0)!, [...(READINGS.get(ch.codePointAt(0)!) ?? []), n]);
}
/**
 * READINGS for the characters below U+10000, by code point: each character of a question is
 * looked up, and an index into an array is found without hashing (0: none; else 1 + its place
 * in READING_LISTS). 128 KB, once per process.
 */
const READING_LISTS: (number[] | undefined)[] = [undefined];
const READING_AT = new Uint16Array(0x10000);
for (const [code, list] of READINGS) if (code < 0x10000) READING_AT[code] = READING_LISTS.push(list) - 1;
export const readingsOf = (code: number): number[] | undefined => (code < 0x10000 ? READING_LISTS[READING_AT[code]!] : READINGS.get(code));
/** a pair of syllables as one number (for Layers.pairs) */
export const pairOf = (a: number, b: number) => a * SYLLABLE_NUMBERS.size + b;
/** what typed Latin is cut into: syllables with a vowel ('m', 'n', 'ng' would turn English words into pinyin) */
const SYLLABLES = new Set(Object.keys(PINYIN).filter((s) => /[aeiouv]/.test(s)));
const LONGEST_SYLLABLE = Math.max(...[...SYLLABLES].map((s) => s.length));
/** a word's readings multiply (长 chang/zhang); past this many, the rest are not tried */
const MAX_SPELLINGS = 32;
/** longest stretch of characters corrected or kept whole: longer business phrases are typed whole or not matched */
export const MAX_CHARS = 8;

/** The code points of a word. */
export const codesOf = (word: string): number[] => Array.from(word, (ch) => ch.codePointAt(0)!);

/** The toneless spellings of a Chinese word ("长沙" → chang sha, zhang sha), as syllable numbers; none when a character is not in the table. */
function spellings(word: string): number[][] {
  let out: number[][] = [[]];
  for (const code of codesOf(word)) {
    const readings = readingsOf(code);
    if (!readings) return [];
    out = out.flatMap((head) => readings.map((r) => [...head, r])).slice(0, MAX_SPELLINGS);
  }
  return out;
}

/** One typed word cut into syllables, longest first ("xian" is xian, "yinian" yi nian); undefined when it is not pinyin. */
export function syllablesOf(word: string): string[] | undefined {
  // from the end: rest[i] is how word.slice(i) is cut, or null
  const rest: (string[] | null)[] = new Array(word.length + 1).fill(null);
  rest[word.length] = [];
  for (let i = word.length - 1; i >= 0; i--)
    for (let n = Math.min(LONGEST_SYLLABLE, word.length - i); n >= 1; n--) {
      const tail = rest[i + n];
      if (tail && SYLLABLES.has(word.slice(i, i + n))) {
        rest[i] = [word.slice(i, i + n), ...tail];
        break;
      }
    }
  return rest[0] ?? undefined;
}

export interface Targets {
  /** corrected toward from Chinese characters */
  han: string[];
  /** spelled from typed pinyin */
  latin: string[];
  /** words written as they are: never corrected, never cut through by a correction */
  known: string[];
  /** the known words that are words of ours (not filler): a correction may not merely lengthen one (长沙现 is not 长沙县, 停几 not 停机) */
  ours: string[];
}

/** A word corrected toward, with its characters (compared one by one with what was typed). */
export interface SoundedWord {
  word: string;
  codes: number[];
}

/**
 * Sets of words indexed by sound (layers: the words every city shares, each city's business
 * words), in one pair of tries: a question walks them once for all layers, and a vocabulary
 * (sound-vocabulary.ts) counts the words of its own layers.
 *
 * The tries are numbers: a node is its place in the arrays below, and a node's children are
 * found in one map for the whole trie, keyed by the node and the syllable (or character) as one
 * number. An object and a Map per node (and a list per node and layer) took ~8 MB on 300 cities,
 * most of it for nodes with one child (BENCHMARKS.md, session 11).
 */
export class Layers {
  /** each layer's known words */
  readonly known: Set<string>[];
  /** each layer's longest word spelled from pinyin, in characters */
  readonly longestTyped: number[];
  /** every pair of syllables the sound trie starts with, a bit each (pairOf): where no reading of two characters is one, no word of two or more sounds like them */
  readonly pairs = new Uint8Array((SYLLABLE_NUMBERS.size * SYLLABLE_NUMBERS.size + 7) >> 3);

  /** the sound trie: node × SYLLABLES + syllable → child (the root is node 0) */
  private readonly soundChild = new Map<number, number>();
  /** by node: whether it has children (most do not: no lookup is made for them) */
  private readonly soundParent: boolean[] = [false];
  /** by layer: each node's words corrected toward from characters that sound so */
  readonly words: Packed<SoundedWord>[];
  /** by layer: each node's words spelled from typed pinyin so */
  readonly typed: Packed<string>[];
  /** while building: the same, a list per node */
  private wordLists: (SoundedWord[] | undefined)[][];
  private typedLists: (string[] | undefined)[][];

  /** the written trie (characters up to MAX_CHARS): node × 0x10000 + code point below U+10000 → child; the root is node 0 */
  private readonly writtenChild = new Map<number, number>();
  /** the same for code points from U+10000 ("node code" → child): rare */
  private readonly writtenAstral = new Map<string, number>();
  /** by node: the word ending there, the layers it is known in, and a word of ours in, as bits */
  readonly writtenWord: (string | undefined)[] = [undefined];
  readonly writtenKnown: number[] = [0];
  readonly writtenOurs: number[] = [0];
  /** the written trie's first level by code point below U+10000 (1 + the place in writtenFirst; 0: none): every place of a question looks there first */
  private readonly writtenAt = new Uint16Array(0x10000);
  private readonly writtenFirst: number[] = [NONE];

  /** while building: each word's one SoundedWord, whichever spellings and layers lead to it */
  private readonly sounded = new Map<string, SoundedWord>();

  constructor(layers: Targets[]) {
    this.known = layers.map((t) => new Set(t.known));
    this.longestTyped = layers.map((t) => Math.max(1, ...t.latin.map((w) => [...w].length)));
    this.wordLists = layers.map(() => []);
    this.typedLists = layers.map(() => []);
    layers.forEach((t, layer) => {
      for (const w of t.han) if ([...w].length <= MAX_CHARS) for (const s of spellings(w)) this.add(s, layer, w);
      for (const w of t.latin) for (const s of spellings(w)) this.addTyped(s, layer, w);
      for (const w of this.known[layer]!) this.write(w, 'known', layer);
      for (const w of new Set(t.ours)) this.write(w, 'ours', layer);
    });
    this.words = this.wordLists.map((lists) => new Packed(lists, this.soundParent.length));
    this.typed = this.typedLists.map((lists) => new Packed(lists, this.soundParent.length));
    this.wordLists = this.typedLists = [];
    this.sounded.clear();
    for (let code = 0; code < 0x10000; code++) {
      const node = this.writtenChild.get(code);
      if (node !== undefined) this.writtenAt[code] = this.writtenFirst.push(node) - 1;
    }
  }

  /** the sound trie's child of `node` for syllable `syllable`, or NONE */
  soundChildOf(node: number, syllable: number): number {
    return this.soundParent[node] ? (this.soundChild.get(node * SYLLABLE_NUMBERS.size + syllable) ?? NONE) : NONE;
  }

  /** the written trie's child of `node` for a character, or NONE */
  writtenChildOf(node: number, code: number): number {
    if (node === ROOT && code < 0x10000) return this.writtenFirst[this.writtenAt[code]!]!;
    return (code < 0x10000 ? this.writtenChild.get(node * 0x10000 + code) : this.writtenAstral.get(`${node} ${code}`)) ?? NONE;
  }

  /** the node typed syllables lead to, or NONE */
  at(syllables: string[]): number {
    let node = ROOT;
    for (const s of syllables) {
      const n = SYLLABLE_NUMBERS.get(s);
      node = n === undefined ? NONE : this.soundChildOf(node, n);
      if (node === NONE) return NONE;
    }
    return node;
  }

  private soundPath(spelling: number[]): number {
    let node = ROOT;
    for (const syllable of spelling) {
      const key = node * SYLLABLE_NUMBERS.size + syllable;
      let child = this.soundChild.get(key);
      if (child === undefined) {
        this.soundParent[node] = true;
        child = this.soundParent.push(false) - 1;
        this.soundChild.set(key, child);
      }
      node = child;
    }
    if (spelling.length >= 2) {
      const pair = pairOf(spelling[0]!, spelling[1]!);
      this.pairs[pair >> 3]! |= 1 << (pair & 7);
    }
    return node;
  }

  private add(spelling: number[], layer: number, word: string): void {
    const node = this.soundPath(spelling);
    const words = (this.wordLists[layer]![node] ??= []);
    if (words.some((s) => s.word === word)) return;
    let sounded = this.sounded.get(word);
    if (!sounded) this.sounded.set(word, (sounded = { word, codes: codesOf(word) }));
    words.push(sounded);
  }

  private addTyped(spelling: number[], layer: number, word: string): void {
    const typed = (this.typedLists[layer]![this.soundPath(spelling)] ??= []);
    if (!typed.includes(word)) typed.push(word);
  }

  private write(word: string, as: 'known' | 'ours', layer: number): void {
    const codes = codesOf(word);
    if (codes.length > MAX_CHARS) return; // never looked up
    let node = ROOT;
    for (const code of codes) {
      const astral = code >= 0x10000;
      const key = node * 0x10000 + code;
      let child = astral ? this.writtenAstral.get(`${node} ${code}`) : this.writtenChild.get(key);
      if (child === undefined) {
        child = this.writtenWord.push(undefined) - 1;
        this.writtenKnown.push(0);
        this.writtenOurs.push(0);
        if (astral) this.writtenAstral.set(`${node} ${code}`, child);
        else this.writtenChild.set(key, child);
      }
      node = child;
    }
    this.writtenWord[node] = word;
    if (as === 'known') this.writtenKnown[node]! |= 1 << layer;
    else this.writtenOurs[node]! |= 1 << layer;
  }
}

/**
 * A list per node, all in one array: node n's are items[starts[n] … starts[n + 1]). Most nodes
 * have one word or none, and an array per list cost ~2 MB on 300 cities.
 */
export class Packed<T> {
  readonly items: readonly T[];
  readonly starts: Int32Array;

  constructor(lists: readonly (readonly T[] | undefined)[], nodes: number) {
    const items: T[] = [];
    this.starts = new Int32Array(nodes + 1);
    for (let n = 0; n < nodes; n++) {
      this.starts[n] = items.length;
      for (const item of lists[n] ?? []) items.push(item);
    }
    this.starts[nodes] = items.length;
    this.items = items.slice();
  }
}

/** a trie's root, and no node */
export const ROOT = 0;
export const NONE = -1;
