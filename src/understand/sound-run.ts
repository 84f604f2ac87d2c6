// A run of a question's characters as the sound step's layers read it (sound-layer.ts): which
// written words start at each place, and which nodes of the sound trie its readings lead to.
import { type Layers, MAX_CHARS, NONE, pairOf, ROOT, readingsOf } from './sound-layer.ts';

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
  private readonly written: (number | undefined)[][] = [];
  /** by place: the sound trie's nodes the characters from there sound like, by how many characters */
  private readonly sounded: (number[] | undefined)[][] = [];

  constructor(
    readonly run: string,
    readonly layers: Layers,
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

  /** the words of the layers written from character `at` on (up to MAX_CHARS long): nodes[length] of the written trie, where a word ends */
  writtenFrom(at: number): (number | undefined)[] {
    const known = this.written[at];
    if (known) return known;
    const nodes: (number | undefined)[] = [];
    const { layers } = this;
    let node = layers.writtenChildOf(ROOT, this.codes[at]!);
    for (let length = 1; node !== NONE; ) {
      if (layers.writtenWord[node] !== undefined) nodes[length] = node;
      if (++length > MAX_CHARS || at + length > this.codes.length) break;
      node = layers.writtenChildOf(node, this.codes[at + length - 1]!);
    }
    return (this.written[at] = nodes);
  }

  /** the sound trie walked from character `at` on, as far as the run's readings lead: levels[n], the nodes n characters sound like */
  soundingFrom(at: number): (number[] | undefined)[] {
    const known = this.sounded[at];
    if (known) return known;
    // most characters start no word two or more long (closest never tries one character): no walk, no array
    if (!this.startsPair(at)) return (this.sounded[at] = NO_LEVELS);
    const levels: (number[] | undefined)[] = [];
    let frontier: readonly number[] = ROOT_LEVEL;
    const { layers } = this;
    for (let n = 1; at + n <= this.codes.length && n <= MAX_CHARS; n++) {
      const readings = this.readings[at + n - 1];
      if (!readings) break;
      // most characters lead nowhere: no array is made for them
      let next: number[] | undefined;
      for (const node of frontier)
        for (const r of readings) {
          const child = layers.soundChildOf(node, r);
          if (child !== NONE) (next ??= []).push(child);
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
const NO_LEVELS: (number[] | undefined)[] = [];
/** the root alone, where every walk of the sound trie starts (never changed) */
const ROOT_LEVEL: readonly number[] = [ROOT];
