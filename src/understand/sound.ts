// Hears a question as it sounds. Typed pinyin ("wuhan yibao shenme shihou huifu", "chuyuan 咋办")
// becomes the words of ours it spells, and a homophone typo (依保, 抱销, 武汗, 什么时后) the word
// it sounds like. Runs on normalised text (normalize.ts), before anything reads the question.
// Words are compared by their toneless readings (pinyin-table.ts, generated at build time).
import { PINYIN, REAL_WORDS } from './pinyin-table.ts';

/** The words the sound step corrects toward, by role (gathered by sound-words.ts). */
export interface SoundWords {
  /** words of every city: the lexicon's concept words and the covered places' names */
  shared: string[];
  /** question words (什么时候, 怎么办): spelled in pinyin always, corrected toward from characters only when three or more long (记电 is not 几点) */
  questions: string[];
  /** filler (吗, 什么, 现在): spelled in pinyin, never corrected toward from characters, never corrected away */
  filler: string[];
  /** never corrected away, never toward: places elsewhere in China (a real 大同 is not a typo) */
  keep: string[];
  /** each city's business synonyms: corrected toward only for the cities a question is about */
  byCity: Map<string, string[]>;
}

export interface SoundIndex {
  /** `citiesOf`: the cities a question is about once its place names are heard (undefined: it names none, every city's words count) */
  hear(text: string, citiesOf: (heard: string) => string[] | undefined): string;
}

/** character → its toneless readings */
const READINGS = new Map<string, string[]>();
for (const [syllable, chars] of Object.entries(PINYIN)) for (const ch of chars) READINGS.set(ch, [...(READINGS.get(ch) ?? []), syllable]);
/** what typed Latin is cut into: syllables with a vowel ('m', 'n', 'ng' would turn English words into pinyin) */
const SYLLABLES = new Set(Object.keys(PINYIN).filter((s) => /[aeiouv]/.test(s)));
const LONGEST_SYLLABLE = Math.max(...[...SYLLABLES].map((s) => s.length));
/** a word's readings multiply (长 chang/zhang); past this many, the rest are not tried */
const MAX_SPELLINGS = 32;
/** longest word corrected from characters: longer business phrases are typed whole or not matched */
const MAX_CHARS = 8;
const HAN = /^\p{Script=Han}$/u;

/** The toneless spellings of a Chinese word ("长沙" → "chang sha", "zhang sha"); none when a character is not in the table. */
function spellings(chars: string[]): string[] {
  let out = [''];
  for (const ch of chars) {
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

interface Targets {
  /** corrected toward from Chinese characters */
  han: string[];
  /** spelled from typed pinyin */
  latin: string[];
  /** words written as they are: never cut through by a correction */
  known: string[];
  /** the known words that are words of ours (not filler): a correction may not merely lengthen one (长沙现 is not 长沙县, 停几 not 停机) */
  ours: string[];
}

class Vocabulary {
  private readonly bySpelling = new Map<string, string[]>();
  private readonly byTyped = new Map<string, string>();
  private readonly known: Set<string>;
  private readonly ours: Set<string>;
  private readonly longestKnown: number;
  private readonly longestTyped: number;

  constructor(t: Targets) {
    for (const w of t.han) for (const s of spellings([...w])) this.bySpelling.set(s, [...(this.bySpelling.get(s) ?? []), w]);
    for (const w of t.latin) for (const s of spellings([...w])) if (!this.byTyped.has(s)) this.byTyped.set(s, w);
    this.known = new Set(t.known);
    this.ours = new Set(t.ours);
    this.longestKnown = Math.min(MAX_CHARS, Math.max(1, ...t.known.map((w) => [...w].length)));
    this.longestTyped = Math.max(1, ...t.latin.map((w) => [...w].length));
  }

  /** Typed pinyin: each run of pinyin words becomes the words it spells; what spells nothing of ours stays as typed. */
  spell(run: string): string {
    const words = run.split(/[ ']+/);
    const cut = words.map(syllablesOf);
    const out: string[] = [];
    for (let i = 0; i < words.length; ) {
      if (!cut[i]) {
        out.push(words[i++]!);
        continue;
      }
      let j = i;
      while (j < words.length && cut[j]) j++;
      out.push(this.spellSyllables(cut.slice(i, j) as string[][]) ?? words.slice(i, j).join(' '));
      i = j;
    }
    return out.join(' ');
  }

  /** `words`: the typed words of one run, cut into syllables */
  private spellSyllables(words: string[][]): string | undefined {
    const syllables = words.flat();
    // a one-character word only from a syllable typed as a word of its own, among others ("ma", not the "me" of "resume")
    const alone = new Set<number>();
    const wordOf = words.flatMap((w, i) => w.map(() => i));
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
      while (n >= shortest && !this.byTyped.has(syllables.slice(k, k + n).join(' '))) n--;
      if (n >= shortest) {
        out += (latinEnd() ? ' ' : '') + this.byTyped.get(syllables.slice(k, k + n).join(' '))!;
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
    const exact: [number, number][] = [];
    for (let i = 0; i < chars.length; i++)
      for (let n = 1; n <= this.longestKnown && i + n <= chars.length; n++) if (this.known.has(chars.slice(i, i + n).join(''))) exact.push([i, i + n]);
    let out = '';
    for (let i = 0; i < chars.length; ) {
      const hit = this.closest(chars, i, exact);
      out += hit?.word ?? chars[i];
      i += hit?.length ?? 1;
    }
    return out;
  }

  private closest(chars: string[], at: number, exact: [number, number][]): { word: string; length: number } | undefined {
    for (let n = Math.min(this.longestKnown, chars.length - at); n >= 2; n--) {
      const piece = chars.slice(at, at + n);
      const text = piece.join('');
      if (this.known.has(text)) return { word: text, length: n };
      const end = at + n;
      // a correction neither cuts through a word written as it is nor merely lengthens a word of ours
      if (exact.some(([a, b]) => (a < end && b > at && (a < at || b > end)) || (a >= at && b <= end && this.ours.has(chars.slice(a, b).join(''))))) continue;
      for (const s of spellings(piece))
        for (const word of this.bySpelling.get(s) ?? []) {
          // a character that is a word of its own (吗 in 能刷吗) is no slip
          if (isSlipOf(piece, word) && !piece.some((ch, k) => ch !== [...word][k] && this.known.has(ch))) return { word, length: n };
        }
    }
    return undefined;
  }
}

/** One slip per two characters: 依保 may be 医保, 什么时后 什么时候; 一元 (nothing in common) is not 医院. */
export function isSlipOf(piece: string[], word: string): boolean {
  const differing = [...word].filter((ch, k) => ch !== piece[k]).length;
  return differing > 0 && differing <= piece.length / 2;
}

const atLeast = (n: number) => (w: string) => [...w].length >= n && [...w].every((ch) => HAN.test(ch));

/** The words a stretch of characters may be corrected to, given the business words in scope: question words only when long (记电 is not 几点). */
export function hanTargetsOf(words: SoundWords, business: string[]): string[] {
  return [...words.shared.filter(atLeast(2)), ...words.questions.filter(atLeast(3)), ...business.filter(atLeast(2))];
}

/** everyday words (期间) and common words that sound like one of ours (直接 / 直结, 上限 / 上线): written so, they are meant so */
const WRITTEN_WORDS = REAL_WORDS.split(' ');

export function buildSoundIndex(words: SoundWords): SoundIndex {
  const allBusiness = [...new Set([...words.byCity.values()].flat())];
  const vocabularyOf = (business: string[]): Vocabulary => {
    const ours = [...words.shared, ...words.questions, ...business];
    return new Vocabulary({
      han: hanTargetsOf(words, business),
      latin: [...words.shared, ...words.questions, ...words.filler, ...business].filter(atLeast(1)),
      known: [...ours, ...words.filler, ...words.keep, ...WRITTEN_WORDS],
      ours,
    });
  };
  const shared = vocabularyOf([]);
  const scoped = new Map<string, Vocabulary>();
  const forCities = (cities: string[] | undefined): Vocabulary => {
    const key = cities ? [...cities].sort().join('|') : '*';
    let v = scoped.get(key);
    if (!v) {
      if (scoped.size >= 256) scoped.clear(); // combinations of cities are few; bound them anyway
      scoped.set(key, (v = vocabularyOf(cities ? [...new Set(cities.flatMap((c) => words.byCity.get(c) ?? []))] : allBusiness)));
    }
    return v;
  };
  return {
    hear(text, citiesOf) {
      const typed = withoutToneMarks(text);
      // the places first, with every city's words; then the business words of the cities named
      return heardWith(forCities(citiesOf(heardWith(shared, typed))), typed);
    },
  };
}

function heardWith(v: Vocabulary, text: string): string {
  return text
    .replace(/[a-z]+(?:[ ']+[a-z]+)*/g, (run) => v.spell(run))
    .replace(/ +/g, ' ')
    .replace(/(\p{Script=Han}) (?=\p{Script=Han})/gu, '$1')
    .replace(/\p{Script=Han}+/gu, (run) => v.correct(run))
    .trim();
}

/** "yī bǎo", "lǜ" → "yi bao", "lv" */
function withoutToneMarks(text: string): string {
  return text.replace(/[\u00e0-\u01dc]/g, (ch) => ch.normalize('NFD').replace(/u\u0308/, 'v').replace(/[\u0300-\u036f]/g, ''));
}
