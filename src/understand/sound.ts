// Hears a question as it sounds. Typed pinyin ("wuhan yibao shenme shihou huifu", "chuyuan 咋办")
// becomes the words of ours it spells, and a homophone typo (依保, 抱销, 武汗, 什么时后) the word
// it sounds like. Runs on normalised text (normalize.ts), before anything reads the question.
// Words are compared by their toneless readings (pinyin-table.ts, generated at build time).
import { REAL_WORDS } from './pinyin-table.ts';
import type { Targets } from './sound-layer.ts';
import { Layers, type RunReading, Vocabulary } from './sound-vocabulary.ts';

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

const HAN = /^\p{Script=Han}$/u;
const atLeast = (n: number) => (w: string) => [...w].length >= n && [...w].every((ch) => HAN.test(ch));

/** The words a stretch of characters may be corrected to, given the business words in scope: question words only when long (记电 is not 几点). */
export function hanTargetsOf(words: SoundWords, business: string[]): string[] {
  return [...words.shared.filter(atLeast(2)), ...words.questions.filter(atLeast(3)), ...business.filter(atLeast(2))];
}

/** everyday words (期间) and common words that sound like one of ours (直接 / 直结, 上限 / 上线): written so, they are meant so */
const WRITTEN_WORDS = REAL_WORDS.split(' ');

export function buildSoundIndex(words: SoundWords): SoundIndex {
  const sharedWords: Targets = {
    han: hanTargetsOf(words, []),
    latin: [...words.shared, ...words.questions, ...words.filler].filter(atLeast(1)),
    known: [...words.shared, ...words.questions, ...words.filler, ...words.keep, ...WRITTEN_WORDS],
    ours: [...words.shared, ...words.questions],
  };
  // every city's business words in one layer (cities share most of them), each admitted only for the cities that have it
  const allBusiness = [...new Set([...words.byCity.values()].flat())];
  const businessWords: Targets = { han: allBusiness.filter(atLeast(2)), latin: allBusiness.filter(atLeast(1)), known: allBusiness, ours: allBusiness };
  const layers = new Layers([sharedWords, businessWords]);
  const [SHARED, BUSINESS] = [0, 1];
  const shared = layers.known[SHARED]!;
  const sharedOnly = new Vocabulary(layers, [SHARED]);
  const everyCity = new Vocabulary(layers, [SHARED, BUSINESS]);
  // each city's words as bits over every business word, not a set per city: 300 cities would hold 60,000 entries for a few hundred words
  const numbered = new Map(allBusiness.map((w, i) => [w, i]));
  const bitsOf = new Map<string, Uint8Array>();
  for (const [city, list] of words.byCity) {
    const bits = new Uint8Array((allBusiness.length >> 3) + 1);
    for (const w of list) bits[numbered.get(w)! >> 3]! |= 1 << (numbered.get(w)! & 7);
    bitsOf.set(city, bits);
  }
  const scoped = (cities: string[]): Vocabulary => {
    const scope = cities.flatMap((c) => bitsOf.get(c) ?? []);
    // one city's bits (most questions name one) are read without a walk of the list
    const one = scope.length === 1 ? scope[0]! : undefined;
    const inScope = one
      ? (i: number | undefined) => i !== undefined && (one[i >> 3]! & (1 << (i & 7))) !== 0
      : (i: number | undefined) => i !== undefined && scope.some((bits) => bits[i >> 3]! & (1 << (i & 7)));
    // (every shared word is admitted, as Vocabulary requires of its first layer's)
    return new Vocabulary(layers, [SHARED, BUSINESS], (w) => shared.has(w) || inScope(numbered.get(w)));
  };
  // a covered city's vocabulary is made once, when a question first names it (most questions name one)
  const ofCity = new Map<string, Vocabulary>();
  const forCities = (cities: string[] | undefined): Vocabulary => {
    if (!cities) return everyCity;
    if (cities.length > 1 || !bitsOf.has(cities[0]!)) return scoped(cities);
    let v = ofCity.get(cities[0]!);
    if (!v) ofCity.set(cities[0]!, (v = scoped(cities)));
    return v;
  };
  return {
    hear(text, citiesOf) {
      const typed = withoutToneMarks(text);
      // each run of characters is read by the layers once, though the question is heard twice
      const readings = new Map<string, RunReading>();
      // the places first, with every city's words; then the business words of the cities named
      return heardWith(forCities(citiesOf(heardWith(sharedOnly, typed, readings))), typed, readings);
    },
  };
}

// made once: the bundle (esbuild) writes a \p{…} literal as a new RegExp(…) where it stands
const LATIN_RUN = /[a-z]+(?:[ ']+[a-z]+)*/g;
const LATIN = /[a-z]/;
const SPACE_BETWEEN_HAN = /(\p{Script=Han}) (?=\p{Script=Han})/gu;
const HAN_RUN = /\p{Script=Han}+/gu;

function heardWith(v: Vocabulary, text: string, readings: Map<string, RunReading>): string {
  const readingOf = (run: string) => {
    let r = readings.get(run);
    if (!r) readings.set(run, (r = v.reading(run)));
    return r;
  };
  // most questions hold no Latin letter and no space: those steps are not run on them
  const spelled = LATIN.test(text) ? text.replace(LATIN_RUN, (run) => v.spell(run)) : text;
  const joined = spelled.includes(' ') ? spelled.replace(/ +/g, ' ').replace(SPACE_BETWEEN_HAN, '$1') : spelled;
  return joined.replace(HAN_RUN, (run) => v.correct(run, readingOf(run))).trim();
}

/** "yī bǎo", "lǜ" → "yi bao", "lv" */
function withoutToneMarks(text: string): string {
  return text.replace(/[\u00e0-\u01dc]/g, (ch) =>
    ch
      .normalize('NFD')
      .replace(/u\u0308/, 'v')
      .replace(/[\u0300-\u036f]/g, ''),
  );
}
