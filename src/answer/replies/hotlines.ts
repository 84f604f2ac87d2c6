// Replies that point to a person: a city's hotlines, for requests for a person, complaints,
// subjects no notice covers and questions nothing in a city's notices matches.
import type { City, KnowledgeBase } from '../../knowledge/model.ts';
import { cityLevelContacts, formatPhones, labelOf } from '../contacts.ts';
import type { SourceList } from '../sources.ts';
import * as W from '../wording/index.ts';

/** Hotlines of one covered city (cited in `sources`), for questions it could not match and requests for a person. */
export function hotlineLines(city: City, sources?: SourceList): string[] {
  const list = cityLevelContacts(city).slice(0, 4);
  for (const c of list) sources?.add(c.notice, c.quote);
  return list.map((c) => W.contacts.hotlineLine(c.unit, labelOf(c, city), formatPhones(c)));
}

/** The cities' hotlines, city by city (none when no notice gives one). */
function hotlinesByCity(cities: City[], sources: SourceList): string[] {
  return cities.flatMap((city) => {
    const hotlines = hotlineLines(city, sources);
    return hotlines.length ? [W.contacts.cityHeading(city.name), ...hotlines] : [];
  });
}

/** "转人工": the hotlines, city by city, where a person answers. */
export function humanLines(kb: KnowledgeBase, sources: SourceList): string[] {
  const lines = hotlinesByCity(kb.cities, sources);
  return lines.length ? [W.HUMAN_HEAD, ...lines] : [W.HUMAN_NONE];
}

/** Someone venting: an apology, and the hotlines, where a person can take the complaint. */
export function complaintLines(kb: KnowledgeBase, sources: SourceList): string[] {
  const lines = hotlinesByCity(kb.cities, sources);
  return lines.length ? [W.COMPLAINT_HEAD, ...lines] : [W.COMPLAINT_NONE];
}

/** A subject no cutover notice covers: say so, and where to ask (the 医保/社保 hotlines only for a policy figure; 公积金 is not theirs). */
export function outsideLines(outside: { subject: string; kind: 'service' | 'figure' }, cities: City[], sources: SourceList): string[] {
  const head = W.outsideHead(outside.subject);
  if (outside.kind === 'service') return [`${head}${W.OUTSIDE_SERVICE}`];
  const lines = hotlinesByCity(cities, sources);
  return lines.length ? [`${head}${W.OUTSIDE_FIGURE}`, ...lines] : [head];
}

/** In a covered city, but nothing in its notices matches: say so, then the city's timetable and hotlines. */
export function notFoundLines(city: City, sources: SourceList): string[] {
  const hotlines = hotlineLines(city, sources);
  return [W.notFound(city.name), ...(hotlines.length ? [W.HOTLINES_HEAD, ...hotlines] : [])];
}
