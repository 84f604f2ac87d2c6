// A city's contact cells, gathered from its notices once per knowledge load (the
// replies read them several times per line), and the businesses that have a column.
import type { City, Contact } from '../knowledge/model.ts';

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
