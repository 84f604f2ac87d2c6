// The words the sound step (sound.ts) corrects toward, gathered in one place: the
// lexicon's concept words and filler, the covered places, and each city's business
// synonyms. Where the vocabulary comes from is this file's business alone.
import { CONCEPTS, FILLER } from './lexicon.ts';
import type { DomainWords } from './index.ts';
import type { PlaceIndex } from './places.ts';
import type { SoundWords } from './sound.ts';

/** the concept groups that are the form of a question, not its subject */
const QUESTION_CONCEPTS = new Set(['@when', '@can', '@how']);

export function soundWordsOf(places: PlaceIndex, domainWords: DomainWords): SoundWords {
  const groups = Object.entries(CONCEPTS);
  return {
    shared: [...groups.filter(([c]) => !QUESTION_CONCEPTS.has(c)).flatMap(([, words]) => words), ...places.names.covered],
    questions: groups.filter(([c]) => QUESTION_CONCEPTS.has(c)).flatMap(([, words]) => words),
    filler: FILLER,
    keep: places.names.elsewhere,
    byCity: domainWords.byCity,
  };
}
