// The engine's retriever keeps each search it made (src/conversation/kept-searches.ts): asked again,
// a search finds what it found afresh, for those words, those cities and that limit only, and
// candidates ranked (scored in place) by one question never change what the next one gets.
import { describe, expect, it } from 'vitest';
import { keptSearches } from '../../src/conversation/kept-searches.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { buildRetriever } from '../../src/retrieve/index.ts';
import { rank } from '../../src/retrieve/rank.ts';
import { askedMoment } from '../../src/time/zone.ts';
import { type UnderstandContext, domainWordsOf, understand } from '../../src/understand/index.ts';
import { normalize } from '../../src/understand/normalize.ts';
import { buildPlaceIndex } from '../../src/understand/places.ts';
import { buildSoundIndex } from '../../src/understand/sound.ts';
import { soundWordsOf } from '../../src/understand/sound-words.ts';
import { cases as set1 } from '../questions/cases.ts';
import { cases as set2 } from '../questions/cases-2.ts';
import { cases as set3 } from '../questions/cases-3.ts';

const kb = loadKnowledge('knowledge');
const places = buildPlaceIndex(kb.cities);
const domainWords = domainWordsOf(kb);
const ctx: UnderstandContext = {
  kb,
  places,
  domainWords,
  sound: buildSoundIndex(soundWordsOf(places, domainWords, kb.domain.vocabulary, kb.domain.businessWords)),
};
const readings = [set1, set2, set3].flat().map((c) => understand(normalize(c.q), askedMoment(c.at), ctx));
const [changsha, wuhan] = [kb.cities.find((c) => c.name === '长沙')!, kb.cities.find((c) => c.name === '武汉')!];

describe('a kept search', () => {
  it('finds what a search afresh finds, for its own words, cities and limit, however often and in whatever order it is asked', () => {
    const plain = buildRetriever(kb);
    const kept = keptSearches(buildRetriever(kb));
    for (const round of [1, 2, 3])
      for (const u of round === 2 ? [...readings].reverse() : readings)
        for (const cities of [[changsha], [wuhan], [changsha, wuhan], [wuhan, changsha]])
          for (const perCity of [8, Infinity]) {
            const found = kept.search(u.topic, cities, perCity);
            expect(found, `${u.topic} (${cities.map((c) => c.name)}, ${perCity})`).toEqual(plain.search(u.topic, cities, perCity));
            // ranking scores the candidates in place: the next search of these words must not see it
            rank(u, found, kb.domain.lexicon);
          }
  });

  it('holds at most the searches it is given room for, the least recently used going first', () => {
    const inner = buildRetriever(kb);
    let searched = 0;
    const kept = keptSearches({ search: (...args) => (searched++, inner.search(...args)), unused: inner.unused }, 5);
    const topics = [...new Set(readings.map((u) => u.topic))].slice(0, 20);
    for (const t of topics) kept.search(t, [changsha], 8);
    expect(searched).toBe(20);
    kept.search(topics[19]!, [changsha], 8); // kept
    expect(searched).toBe(20);
    expect(kept.search(topics[0]!, [changsha], 8)).toEqual(inner.search(topics[0]!, [changsha], 8)); // dropped: searched again
    expect(searched).toBe(21);
  });

  it('keeps a search asked again while newer ones push older ones out', () => {
    const inner = buildRetriever(kb);
    let searched = 0;
    const kept = keptSearches({ search: (...args) => (searched++, inner.search(...args)), unused: inner.unused }, 5);
    const topics = [...new Set(readings.map((u) => u.topic))].slice(0, 13);
    kept.search(topics[0]!, [wuhan], 8);
    // the first is asked again after each new one: always the most recently used, never dropped
    for (const t of topics.slice(1)) {
      kept.search(t, [wuhan], 8);
      kept.search(topics[0]!, [wuhan], 8);
    }
    expect(searched).toBe(13);
    kept.search(topics[1]!, [wuhan], 8); // long dropped
    expect(searched).toBe(14);
  });
});
