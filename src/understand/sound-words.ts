// The words the sound step (sound.ts) corrects toward, gathered in one place: the
// lexicon's concept words and filler, the covered places, and each city's business
// synonyms. Where the vocabulary comes from is this file's business alone.
import type { ConceptVocabulary } from '../text/tokenize.ts';
import type { DomainWords } from './index.ts';
import type { PlaceIndex } from './places.ts';
import type { SoundWords } from './sound.ts';

/** the concept groups that are the form of a question, not its subject (names as concepts.yaml writes them) */
const QUESTION_CONCEPTS = new Set(['when', 'can', 'how']);

/** `vocabulary`: the knowledge's concepts.yaml; `businessWords`: its facet and kind words (knowledge/_domain/). */
export function soundWordsOf(places: PlaceIndex, domainWords: DomainWords, vocabulary: ConceptVocabulary, businessWords: string[] = []): SoundWords {
  const groups = Object.entries(vocabulary.concepts);
  return {
    shared: [...new Set([...groups.filter(([c]) => !QUESTION_CONCEPTS.has(c)).flatMap(([, words]) => words), ...businessWords])].concat(places.names.covered),
    questions: groups.filter(([c]) => QUESTION_CONCEPTS.has(c)).flatMap(([, words]) => words),
    filler: vocabulary.filler,
    keep: places.names.elsewhere,
    byCity: domainWords.byCity,
  };
}
