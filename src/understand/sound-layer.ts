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
const readingsOf = (code: number): number[] | undefined => (code < 0x10000 ? READING_LISTS[READING_AT[code]!] : READINGS.get(code));
/** a pair of syllables as one number (for Layers.pairs) */
const pairOf = (a: number, b: number) => a * SYLLABLE_NUMBERS.size + b;
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

/** The node at the end of `keys` below `root` in either trie, made on the way where missing. */
function pathTo<N extends { next?: Map<number, N> }>(root: N, keys: readonly number[]): N {
  let node = root;
  for (const key of keys) {
    node.next ??= new Map();
    let child = node.next.get(key);
    if (!child) node.next.set(key, (child = {} as N));
    node = child;
  }
  return node;
}

/** A trie of syllables, of every layer at once; a leaf allocates no map */
export interface SyllableNode {
  next?: Map<number, SyllableNode>;
  /** words corrected toward from characters, by layer */
  words?: SoundedWord[][];
  /** words spelled from typed pinyin, by layer */
  typed?: string[][];
}

/** A trie of characters: the known words and words of ours up to MAX_CHARS long, of every layer at once */
export interface WrittenNode {
  next?: Map<number, WrittenNode>;
  /** the word ending here */
  word?: string;
  /** the layers it is known in, and a word of ours in, as bits */
  known?: number;
  ours?: number;
}

/**
 * Sets of words indexed by sound (layers: the words every city shares, each city's business
 * words), in one pair of tries: a question walks them once for all layers, and a vocabulary
 * (sound-vocabulary.ts) counts the words of its own layers.
 */
export class Layers {
  /** the words by their toneless syllables (those corrected from characters up to MAX_CHARS long) */
  readonly root: SyllableNode = {};
  /** the root alone, where every walk of the sound trie starts (never changed) */
  readonly rootLevel: readonly SyllableNode[] = [this.root];
  /** the known words and the words of ours, by their characters */
  readonly written: WrittenNode = {};
  /** every pair of syllables the sound trie starts with, a bit each (pairOf): where no reading of two characters is one, no word of two or more sounds like them */
  readonly pairs = new Uint8Array((SYLLABLE_NUMBERS.size * SYLLABLE_NUMBERS.size + 7) >> 3);
  /** the written trie's first level by code point below U+10000 (1 + the place in writtenFirst; 0: none): every place of a question looks there first */
  readonly writtenAt = new Uint16Array(0x10000);
  readonly writtenFirst: (WrittenNode | undefined)[] = [undefined];
  /** each layer's known words */
  readonly known: Set<string>[];
  /** each layer's longest word spelled from pinyin, in characters */
  readonly longestTyped: number[];
  /** while building: each word's one SoundedWord, whichever spellings and layers lead to it */
  private readonly sounded = new Map<string, SoundedWord>();

  constructor(layers: Targets[]) {
    this.known = layers.map((t) => new Set(t.known));
    this.longestTyped = layers.map((t) => Math.max(1, ...t.latin.map((w) => [...w].length)));
    layers.forEach((t, layer) => {
      for (const w of t.han) if ([...w].length <= MAX_CHARS) for (const s of spellings(w)) this.add(s, layer, w);
      for (const w of t.latin) for (const s of spellings(w)) this.addTyped(s, layer, w);
      for (const w of this.known[layer]!) this.write(w, 'known', layer);
      for (const w of new Set(t.ours)) this.write(w, 'ours', layer);
    });
    trim(this.root);
    this.sounded.clear();
    for (const [a, child] of this.root.next ?? [])
      for (const b of child.next?.keys() ?? []) {
        const pair = pairOf(a, b);
        this.pairs[pair >> 3]! |= 1 << (pair & 7);
      }
    for (const [code, node] of this.written.next ?? []) if (code < 0x10000) this.writtenAt[code] = this.writtenFirst.push(node) - 1;
  }

  private add(spelling: number[], layer: number, word: string): void {
    const words = ((pathTo(this.root, spelling).words ??= [])[layer] ??= []);
    if (words.some((s) => s.word === word)) return;
    let sounded = this.sounded.get(word);
    if (!sounded) this.sounded.set(word, (sounded = { word, codes: codesOf(word) }));
    words.push(sounded);
  }

  private addTyped(spelling: number[], layer: number, word: string): void {
    const typed = ((pathTo(this.root, spelling).typed ??= [])[layer] ??= []);
    if (!typed.includes(word)) typed.push(word);
  }

  private write(word: string, as: 'known' | 'ours', layer: number): void {
    const codes = codesOf(word);
    if (codes.length > MAX_CHARS) return; // never looked up
    const node = pathTo(this.written, codes);
    node.word = word;
    node[as] = (node[as] ?? 0) | (1 << layer);
  }

  /** the node typed syllables lead to */
  at(syllables: string[]): SyllableNode | undefined {
    let node: SyllableNode | undefined = this.root;
    for (const s of syllables) node = node?.next?.get(SYLLABLE_NUMBERS.get(s)!);
    return node;
  }
}

/** The trie's lists cut to their length (a list grown by push keeps room for 16 more). */
function trim(node: SyllableNode): void {
  if (node.words) node.words = node.words.map((list) => list.slice());
  if (node.typed) node.typed = node.typed.map((list) => list.slice());
  if (node.next) for (const child of node.next.values()) trim(child);
}

/**
 * A run of Chinese characters read once by every layer, whatever vocabulary hears it: a
 * question is heard twice (its places first, then its cities' words: sound.ts), and what the
 * layers find in a run does not depend on the cities, only which of their words count.
 */
export class RunReading {
  readonly codes: number[];
  /** where each character starts in the run (one more: the run's length) */
  readonly offsets: number[];
  private readonly readings: (number[] | undefined)[];
  /** by place: what writtenFrom found there */
  private readonly written: (WrittenNode | undefined)[][] = [];
  /** by place: the sound trie's nodes the characters from there sound like, by how many characters */
  private readonly sounded: (SyllableNode[] | undefined)[][] = [];

  constructor(
    readonly run: string,
    private readonly layers: Layers,
  ) {
    this.codes = [];
    this.offsets = [0];
    for (let i = 0; i < run.length; ) {
      const code = run.codePointAt(i)!;
      this.codes.push(code);
      i += code > 0xffff ? 2 : 1;
      this.offsets.push(i);
    }
    this.readings = this.codes.map(readingsOf);
  }

  /** characters a…b of the run */
  stretch(a: number, b: number): string {
    return this.run.slice(this.offsets[a], this.offsets[b]);
  }

  /** the words of the layers written from character `at` on (up to MAX_CHARS long): nodes[length], where a word ends */
  writtenFrom(at: number): (WrittenNode | undefined)[] {
    const known = this.written[at];
    if (known) return known;
    const nodes: (WrittenNode | undefined)[] = [];
    const first = this.codes[at]!;
    const { layers } = this;
    let node: WrittenNode | undefined = first < 0x10000 ? layers.writtenFirst[layers.writtenAt[first]!] : layers.written.next?.get(first);
    for (let length = 1; node; ) {
      if (node.word !== undefined) nodes[length] = node;
      if (++length > MAX_CHARS || at + length > this.codes.length) break;
      node = node.next?.get(this.codes[at + length - 1]!);
    }
    return (this.written[at] = nodes);
  }

  /** the sound trie walked from character `at` on, as far as the run's readings lead: levels[n], the nodes n characters sound like */
  soundingFrom(at: number): (SyllableNode[] | undefined)[] {
    const known = this.sounded[at];
    if (known) return known;
    // most characters start no word two or more long (closest never tries one character): no walk, no array
    if (!this.startsPair(at)) return (this.sounded[at] = NO_LEVELS);
    const levels: (SyllableNode[] | undefined)[] = [];
    let frontier: readonly SyllableNode[] = this.layers.rootLevel;
    for (let n = 1; at + n <= this.codes.length && n <= MAX_CHARS; n++) {
      const readings = this.readings[at + n - 1];
      if (!readings) break;
      // most characters lead nowhere: no array is made for them
      let next: SyllableNode[] | undefined;
      for (const node of frontier) {
        const children = node.next;
        if (children)
          for (const r of readings) {
            const child = children.get(r);
            if (child) (next ??= []).push(child);
          }
      }
      if (!next) break;
      frontier = levels[n] = next;
    }
    return (this.sounded[at] = levels);
  }

  /** whether some reading of the characters at and at + 1 is a pair of syllables the sound trie starts with */
  private startsPair(at: number): boolean {
    const first = this.readings[at];
    const second = this.readings[at + 1];
    if (!first || !second) return false;
    const { pairs } = this.layers;
    for (const a of first)
      for (const b of second) {
        const pair = pairOf(a, b);
        if (pairs[pair >> 3]! & (1 << (pair & 7))) return true;
      }
    return false;
  }
}

/** a place where no word of two or more characters sounds like what is written (never changed) */
const NO_LEVELS: (SyllableNode[] | undefined)[] = [];
