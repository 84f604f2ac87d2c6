// A city's contact cells, gathered from its notices once per knowledge load (the
// replies read them several times per line), the businesses that have a column, and the words of their columns.
import type { Business, City, Contact } from '../knowledge/model.ts';
import type { Lexicon } from '../text/tokenize.ts';

/** each city's contacts, gathered once per knowledge load (a reply reads them several times per line) */
const gathered = new WeakMap<City, Contact[]>();
export const contactsOf = (city: City): Contact[] => {
  let all = gathered.get(city);
  if (!all) gathered.set(city, (all = city.notices.flatMap((n) => n.contacts)));
  return all;
};

/** Businesses of a city that have a column in its contacts table (gathered once per knowledge load: read-only). */
export function contactTopics(city: City): ReadonlySet<string> {
  let topics = topicsOf.get(city);
  if (!topics) topicsOf.set(city, (topics = new Set(contactsOf(city).flatMap((c) => (c.topic === 'general' ? [] : [c.topic])))));
  return topics;
}
const topicsOf = new WeakMap<City, ReadonlySet<string>>();

/** each city's businesses that have a column in its table, once per knowledge load */
const withColumn = new WeakMap<City, Business[]>();
export function businessesWithColumn(city: City): Business[] {
  let found = withColumn.get(city);
  if (!found) {
    const topics = contactTopics(city);
    withColumn.set(city, (found = city.notices.flatMap((n) => n.businesses).filter((b) => topics.has(b.id))));
  }
  return found;
}

/** the terms of a business's column labels in a city's table, read once per lexicon (so per knowledge load) */
const columnTerms = new WeakMap<Lexicon, WeakMap<City, Map<Business, ReadonlySet<string>>>>();
export function columnWords(city: City, b: Business, lexicon: Lexicon): ReadonlySet<string> {
  let byCity = columnTerms.get(lexicon);
  if (!byCity) columnTerms.set(lexicon, (byCity = new WeakMap()));
  let byBusiness = byCity.get(city);
  if (!byBusiness) byCity.set(city, (byBusiness = new Map()));
  let words = byBusiness.get(b);
  if (!words) {
    const labels = contactsOf(city)
      .filter((c) => c.topic === b.id)
      .map((c) => c.label);
    byBusiness.set(b, (words = new Set(lexicon.tokenize([...new Set(labels)].join(' ')))));
  }
  return words;
}
