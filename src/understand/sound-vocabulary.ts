// Words indexed by how they sound, for the sound step (sound.ts): a trie of toneless
// syllables for Chinese characters, and a map from typed pinyin. A question is heard
// with layers of them: the words every city shares, then the business words of its cities.
import { PINYIN } from './pinyin-table.ts';

/** character → its toneless readings */
const READINGS = new Map<string, string[]>();
for (const [syllable, chars] of Object.entries(PINYIN)) for (const ch of chars) READINGS.set(ch, [...(READINGS.get(ch) ?? []), syllable]);
/** what typed Latin is cut into: syllables with a vowel ('m', 'n', 'ng' would turn English words into pinyin) */
const SYLLABLES = new Set(Object.keys(PINYIN).filter((s) => /[aeiouv]/.test(s)));
const LONGEST_SYLLABLE = Math.max(...[...SYLLABLES].map((s) => s.length));
/** a word's readings multiply (长 chang/zhang); past this many, the rest are not tried */
const MAX_SPELLINGS = 32;
/** longest stretch of characters corrected or kept whole: longer business phrases are typed whole or not matched */
const MAX_CHARS = 8;

/** The toneless spellings of a Chinese word ("长沙" → "chang sha", "zhang sha"); none when a character is not in the table. */
function spellings(word: string): string[] {
  let out = [''];
  for (const ch of word) {
    const readings = READINGS.get(ch);
    if (!readings) return [];
    out = out.flatMap((head) => readings.map((r) => (head ? `${head} ${r}` : r))).slice(0, MAX_SPELLINGS);
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

/** One slip per two characters: 依保 may be 医保, 什么时后 什么时候; 一元 (nothing in common) is not 医院. */
export function isSlipOf(piece: string[], word: string): boolean {
  const differing = [...word].filter((ch, k) => ch !== piece[k]).length;
  return differing > 0 && differing <= piece.length / 2;
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

/** A trie of syllables; a leaf allocates no map */
interface SyllableNode {
  next?: Map<string, SyllableNode>;
  /** words corrected toward from characters */
  words?: string[];
  /** words spelled from typed pinyin */
  typed?: string[];
}

/** One set of words indexed by sound. */
export class Layer {
  /** the words by their toneless syllables (those corrected from characters up to MAX_CHARS long) */
  readonly root: SyllableNode = {};
  readonly known: Set<string>;
  readonly ours: Set<string>;
  readonly longestTyped: number;
  /** first character → the length of the longest known word it starts */
  readonly longestKnownFrom = new Map<string, number>();
  /** first character → the lengths (in characters, up to MAX_CHARS) of the known words it starts, as bits: only those stretches are looked up */
  readonly knownLengthsFrom = new Map<string, number>();

  constructor(t: Targets) {
    for (const w of t.han) if ([...w].length <= MAX_CHARS) for (const s of spellings(w)) this.add(s, 'words', w);
    for (const w of t.latin) for (const s of spellings(w)) this.add(s, 'typed', w);
    this.known = new Set(t.known);
    for (const w of this.known) {
      const first = String.fromCodePoint(w.codePointAt(0)!);
      const length = [...w].length;
      this.longestKnownFrom.set(first, Math.max(this.longestKnownFrom.get(first) ?? 0, length));
      if (length <= MAX_CHARS) this.knownLengthsFrom.set(first, (this.knownLengthsFrom.get(first) ?? 0) | (1 << length));
    }
    this.ours = new Set(t.ours);
    this.longestTyped = Math.max(1, ...t.latin.map((w) => [...w].length));
  }

  private add(spelling: string, as: 'words' | 'typed', word: string): void {
    let node = this.root;
    for (const syllable of spelling.split(' ')) {
      node.next ??= new Map();
      let child = node.next.get(syllable);
      if (!child) node.next.set(syllable, (child = {}));
      node = child;
    }
    if (!node[as]?.includes(word)) (node[as] ??= []).push(word);
  }

  /** the node a run of syllables leads to */
  at(syllables: string[]): SyllableNode | undefined {
    let node: SyllableNode | undefined = this.root;
    for (const s of syllables) node = node?.next?.get(s);
    return node;
  }
}

/** Layers heard together, the first first; `admits` leaves out the words of cities not asked about. */
export class Vocabulary {
  private readonly longestTyped: number;
  /** where every sound walk starts */
  private readonly roots: SyllableNode[];

  constructor(
    private readonly layers: Layer[],
    private readonly admits: (word: string) => boolean = () => true,
  ) {
    this.longestTyped = Math.max(...layers.map((l) => l.longestTyped));
    this.roots = layers.map((l) => l.root);
  }

  private isKnown(word: string): boolean {
    for (const l of this.layers) if (l.known.has(word)) return this.admits(word);
    return false;
  }

  private isOurs(word: string): boolean {
    return this.layers.some((l) => l.ours.has(word)) && this.admits(word);
  }

  private typedWord(syllables: string[]): string | undefined {
    for (const l of this.layers) {
      const w = l.at(syllables)?.typed?.find(this.admits);
      if (w) return w;
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

  /** Chinese characters: a stretch that is not a word of ours but sounds like one becomes that word. */
  correct(run: string): string {
    const chars = [...run];
    // where each character starts in `run`, so that a stretch is one slice (no array joined per stretch)
    const offsets = [0];
    for (const ch of chars) offsets.push(offsets.at(-1)! + ch.length);
    const stretch = (a: number, b: number) => run.slice(offsets[a], offsets[b]);
    const exact: [number, number][] = [];
    /** the longest known word starting at each character */
    const longestExact: number[] = [];
    for (let i = 0; i < chars.length; i++) {
      let longest = 0;
      let lengths = 0;
      for (const l of this.layers) {
        longest = Math.max(longest, l.longestKnownFrom.get(chars[i]!) ?? 0);
        lengths |= l.knownLengthsFrom.get(chars[i]!) ?? 0;
      }
      longest = Math.min(longest, MAX_CHARS, chars.length - i);
      longestExact[i] = 0;
      for (let n = 1; n <= longest; n++)
        if ((lengths >> n) & 1 && this.isKnown(stretch(i, i + n))) {
          exact.push([i, i + n]);
          longestExact[i] = n;
        }
    }
    let out = '';
    for (let i = 0; i < chars.length; ) {
      const hit = this.closest(chars, i, exact, longestExact[i]!, stretch);
      out += hit?.word ?? chars[i];
      i += hit?.length ?? 1;
    }
    return out;
  }

  /**
   * The words that sound like chars[at…at+n), by n: `depth` is the last n tried (the trie ran out
   * of readings there, or the text or MAX_CHARS did), `words[n]` is set only past `from` and when
   * some word sounds so (closest() reads no shorter ones; empty slots allocate nothing).
   */
  private soundingLike(chars: string[], at: number, from: number): { depth: number; words: (string[] | undefined)[] } {
    const words: (string[] | undefined)[] = [];
    let frontier = this.roots;
    let depth = 0;
    for (let n = 1; at + n <= chars.length && n <= MAX_CHARS && frontier.length; n++) {
      const readings = READINGS.get(chars[at + n - 1]!);
      const next: SyllableNode[] = [];
      if (readings)
        for (const node of frontier)
          for (const r of readings) {
            const child = node.next?.get(r);
            if (child) next.push(child);
          }
      frontier = next;
      depth = n;
      if (n <= from) continue;
      for (const node of frontier) if (node.words) for (const w of node.words) if (this.admits(w)) (words[n] ??= []).push(w);
    }
    return { depth, words };
  }

  private closest(
    chars: string[],
    at: number,
    exact: [number, number][],
    longestExact: number,
    stretch: (a: number, b: number) => string,
  ): { word: string; length: number } | undefined {
    // the words no longer than the exact one, or than one character, are never tried
    const sounding = this.soundingLike(chars, at, Math.max(longestExact, 1));
    for (let n = Math.max(sounding.depth, longestExact); n >= 2; n--) {
      if (n === longestExact) return { word: stretch(at, at + n), length: n };
      const words = sounding.words[n] ?? [];
      const end = at + n;
      // a correction neither cuts through a word written as it is nor merely lengthens a word of ours
      if (!words.length || exact.some(([a, b]) => (a < end && b > at && (a < at || b > end)) || (a >= at && b <= end && this.isOurs(stretch(a, b))))) continue;
      const piece = chars.slice(at, end);
      for (const word of words) {
        // a character that is a word of its own (吗 in 能刷吗) is no slip
        const w = [...word];
        if (isSlipOf(piece, word) && !piece.some((ch, k) => ch !== w[k] && this.isKnown(ch))) return { word, length: n };
      }
    }
    return undefined;
  }
}
