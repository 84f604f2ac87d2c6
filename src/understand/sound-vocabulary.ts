// Layers of words heard together (sound-layer.ts), for the sound step (sound.ts): typed
// pinyin becomes the words it spells, and a stretch of characters that sounds like a word of
// ours becomes that word. A question is heard with the words every city shares, then with
// the business words of its cities too.
import { type Layers, MAX_CHARS, NONE, type SoundedWord, syllablesOf } from './sound-layer.ts';
import { RunReading } from './sound-run.ts';

export { Layers } from './sound-layer.ts';
export { RunReading } from './sound-run.ts';

/** One slip per two characters: 依保 may be 医保, 什么时后 什么时候; 一元 (nothing in common) is not 医院. */
export function isSlipOf(piece: string[], word: string): boolean {
  const differing = [...word].filter((ch, k) => ch !== piece[k]).length;
  return differing > 0 && differing <= piece.length / 2;
}

/** isSlipOf on code points: `codes[at…at+n)` typed, `w` the word (n characters long, as every word n syllables deep is) */
function slipAt(codes: number[], at: number, w: SoundedWord): boolean {
  let differing = 0;
  for (let k = 0; k < w.codes.length; k++) if (w.codes[k] !== codes[at + k]) differing++;
  return differing > 0 && differing <= w.codes.length / 2;
}

/** a character that is a word of its own (吗 in 能刷吗) is no slip */
function slipsOnAWord(codes: number[], at: number, w: SoundedWord, written: Written): boolean {
  for (let k = 0; k < w.codes.length; k++) if (w.codes[k] !== codes[at + k] && written.knownAt(at + k) & 2) return true;
  return false;
}

/** a word written as it is, n characters long, kept (made once: most positions of a question keep what is written) */
const KEPT = Array.from({ length: MAX_CHARS + 1 }, (_, length) => ({ word: undefined, length }));

/** the highest bit set (lengths are kept as bits: bit n, a word n characters long) */
const longestOf = (bits: number) => (bits ? 31 - Math.clz32(bits) : 0);

/**
 * The words written as they are in one run, as one vocabulary counts them: by where they start,
 * their lengths as bits (bit n: n characters), the known words and those of them that are words
 * of ours. Worked out where first asked: a correction or a word read whole skips the places inside it.
 */
class Written {
  private readonly known: number[];
  private readonly ours: number[];

  constructor(
    private readonly reading: RunReading,
    private readonly mask: number,
    /** the first layer used, as a bit: its words are every city's, admitted without asking */
    private readonly everyCity: number,
    private readonly admits: (word: string) => boolean,
  ) {
    this.known = new Array<number>(reading.codes.length).fill(-1);
    this.ours = new Array<number>(reading.codes.length).fill(0);
  }

  knownAt(a: number): number {
    if (this.known[a]! < 0) this.find(a);
    return this.known[a]!;
  }

  oursAt(a: number): number {
    if (this.known[a]! < 0) this.find(a);
    return this.ours[a]!;
  }

  private find(a: number): void {
    let known = 0;
    let ours = 0;
    const nodes = this.reading.writtenFrom(a);
    const { layers } = this.reading;
    for (let length = 1; length < nodes.length; length++) {
      const node = nodes[length];
      if (node === undefined) continue;
      const isKnown = layers.writtenKnown[node]! & this.mask;
      const isOurs = layers.writtenOurs[node]! & this.mask;
      if (!(isKnown || isOurs) || (!(layers.writtenKnown[node]! & this.everyCity) && !this.admits(layers.writtenWord[node]!))) continue;
      if (isKnown) known |= 1 << length;
      if (isOurs) ours |= 1 << length;
    }
    this.known[a] = known;
    this.ours[a] = known & ours;
  }
}

/**
 * Some of the layers heard together (`use`: their numbers, the first first); `admits` leaves out the
 * words of cities not asked about. The first layer's words are every city's: `admits` must take each
 * of them, and is not asked (it is asked at every place of a question, of the words found there).
 */
export class Vocabulary {
  private readonly longestTyped: number;
  /** the layers used, as bits */
  private readonly mask: number;

  constructor(
    private readonly layers: Layers,
    private readonly use: number[],
    private readonly admits: (word: string) => boolean = () => true,
  ) {
    this.longestTyped = Math.max(...use.map((l) => layers.longestTyped[l]!));
    this.mask = use.reduce((bits, l) => bits | (1 << l), 0);
  }

  /** a run of characters, read by the layers (shared by the vocabularies that hear one question) */
  reading(run: string): RunReading {
    return new RunReading(run, this.layers);
  }

  private typedWord(syllables: string[]): string | undefined {
    const node = this.layers.at(syllables);
    if (node === NONE) return undefined;
    for (const l of this.use) {
      const { items, starts } = this.layers.typed[l]!;
      for (let i = starts[node]!; i < starts[node + 1]!; i++) if (this.admits(items[i]!)) return items[i];
    }
    return undefined;
  }

  /** Typed pinyin: each run of pinyin words becomes the words it spells; what spells nothing of ours stays as typed. */
  spell(run: string): string {
    const words = run.split(/[ ']+/);
    const cut = words.map(syllablesOf);
    const out: string[] = [];
    let spelled = false;
    for (let i = 0; i < words.length; ) {
      if (!cut[i]) {
        out.push(words[i++]!);
        continue;
      }
      let j = i;
      while (j < words.length && cut[j]) j++;
      const heard = this.spellSyllables(cut.slice(i, j) as string[][]);
      spelled ||= heard !== undefined;
      out.push(heard ?? words.slice(i, j).join(' '));
      i = j;
    }
    return spelled ? out.join(' ') : run;
  }

  /** `words`: the typed words of one run, cut into syllables */
  private spellSyllables(words: string[][]): string | undefined {
    const syllables = words.flat();
    const wordOf = words.flatMap((w, i) => w.map(() => i));
    // a one-character word only from a syllable typed as a word of its own, among others ("ma", not the "me" of "resume")
    const alone = new Set<number>();
    let at = 0;
    for (const w of words) {
      if (w.length === 1 && syllables.length > 1) alone.add(at);
      at += w.length;
    }
    let out = '';
    let found = false;
    const latinEnd = () => /[a-z]$/.test(out);
    for (let k = 0; k < syllables.length; ) {
      let n = Math.min(this.longestTyped, syllables.length - k);
      const shortest = alone.has(k) ? 1 : 2;
      while (n >= shortest && !this.typedWord(syllables.slice(k, k + n))) n--;
      if (n >= shortest) {
        out += (latinEnd() ? ' ' : '') + this.typedWord(syllables.slice(k, k + n))!;
        found = true;
        k += n;
      } else {
        // what spells nothing stays as typed: its syllables together within one typed word
        const sameWord = k > 0 && wordOf[k - 1] === wordOf[k] && latinEnd();
        out += (sameWord || !out ? '' : ' ') + syllables[k++];
      }
    }
    return found ? out : undefined;
  }

  /** Chinese characters: a stretch that is not a word of ours but sounds like one becomes that word. `reading`: the run as the layers read it (shared by the vocabularies of one question). */
  correct(run: string, reading = this.reading(run)): string {
    const written = new Written(reading, this.mask, 1 << this.use[0]!, this.admits);
    let out = '';
    /** characters copied…i are not in `out` yet: what is not corrected is copied a stretch at a time, and a run with no correction is returned as it is */
    let copied = 0;
    for (let i = 0; i < reading.codes.length; ) {
      const hit = this.closest(reading, i, written);
      if (!hit) {
        i++;
        continue;
      }
      if (hit.word !== undefined) {
        out += reading.stretch(copied, i) + hit.word;
        copied = i + hit.length;
      }
      i += hit.length;
    }
    return copied === 0 ? run : out + reading.stretch(copied, reading.codes.length);
  }

  /** A correction may neither cut through a word written as it is nor merely lengthen a word of ours. */
  private blocked(at: number, end: number, written: Written): boolean {
    for (let a = Math.max(0, at - MAX_CHARS + 1); a < end; a++)
      for (let bits = written.knownAt(a); bits; bits &= bits - 1) {
        const length = 31 - Math.clz32(bits & -bits);
        const b = a + length;
        if ((b > at && (a < at || b > end)) || (a >= at && b <= end && written.oursAt(a) & (1 << length))) return true;
      }
    return false;
  }

  /** the word `at` sounds like (`word` undefined: the word written there is kept as it is, `length` characters), or none */
  private closest(reading: RunReading, at: number, written: Written): { word?: string; length: number } | undefined {
    const longestExact = longestOf(written.knownAt(at));
    const levels = reading.soundingFrom(at);
    // the words no longer than the exact one, or than one character, are never tried
    const codes = reading.codes;
    lengths: for (let n = Math.max(levels.length - 1, longestExact); n >= 2; n--) {
      if (n === longestExact) return KEPT[n];
      const nodes = levels[n];
      if (!nodes) continue;
      let checked = false;
      for (const l of this.use) {
        const { items, starts } = this.layers.words[l]!;
        for (const node of nodes)
          for (let i = starts[node]!; i < starts[node + 1]!; i++) {
            const w = items[i]!;
            if (l !== this.use[0] && !this.admits(w.word)) continue;
            if (!checked && this.blocked(at, at + n, written)) continue lengths;
            checked = true;
            if (slipAt(codes, at, w) && !slipsOnAWord(codes, at, w, written)) return { word: w.word, length: n };
          }
      }
    }
    return undefined;
  }
}
