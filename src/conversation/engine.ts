// One version of the knowledge with what is built from it to answer questions: the retriever
// (keeping its searches: kept-searches.ts), the place and sound indexes, and the texts read so
// far (readings.ts). A reload builds a new one and the assistant swaps it whole.
import { changeMoments } from '../answer/standing.ts';
import type { KnowledgeBase } from '../knowledge/model.ts';
import { buildRetriever, type Retriever, type Tokenizer } from '../retrieve/index.ts';
import { domainWordsOf, type UnderstandContext } from '../understand/index.ts';
import { buildPlaceIndex } from '../understand/places.ts';
import { buildSoundIndex } from '../understand/sound.ts';
import { soundWordsOf } from '../understand/sound-words.ts';
import { sharedPlaceNames } from './carried-city.ts';
import { keptSearches } from './kept-searches.ts';
import { Readings } from './readings.ts';

export interface Engine {
  kb: KnowledgeBase;
  retriever: Retriever;
  understandCtx: UnderstandContext;
  /** place names several cities share (高新区): where a conversation's city may change how a question is read */
  sharedPlaces: ReadonlySet<string>;
  /** every moment where the knowledge changes lies on a minute, as the answer cache's key assumes (answer-cache.ts) */
  onTheMinute: boolean;
  /** the work on each text that the moment does not change, for this knowledge only */
  readings: Readings;
}

export function buildEngine(kb: KnowledgeBase, tokenizer?: Tokenizer): Engine {
  const places = buildPlaceIndex(kb.cities);
  const domainWords = domainWordsOf(kb);
  const understandCtx = { kb, places, domainWords, sound: buildSoundIndex(soundWordsOf(places, domainWords, kb.domain.vocabulary, kb.domain.businessWords)) };
  const sharedPlaces = sharedPlaceNames(places);
  return {
    kb,
    retriever: keptSearches(buildRetriever(kb, tokenizer)),
    sharedPlaces,
    onTheMinute: changeMoments(kb).every((t) => t.toMillis() % 60_000 === 0),
    understandCtx,
    readings: new Readings(understandCtx, sharedPlaces),
  };
}
