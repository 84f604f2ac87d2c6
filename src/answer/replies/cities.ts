// One line per city: what stops when and what comes back when, for "which city?" and for
// a claim checked against a city's notices.
import type { DateTime } from 'luxon';
import type { City } from '../../knowledge/model.ts';
import { shortName } from '../format.ts';
import { resumesAt, resumeWords, suspendWords } from '../phase.ts';
import type { ReplyLine } from '../../contract/lines.ts';
import * as W from '../wording/index.ts';

/** Per city: when things stop and which come back when (for "which city?" replies). */
export function headlineLines(cities: City[], at: DateTime): string[] {
  return cities.map((city) => {
    const businesses = city.notices.flatMap((n) => n.businesses);
    const windows = businesses.flatMap((b) => b.windows.map((w) => ({ b, w })));
    const first = windows.map((x) => x.w).sort((a, b) => a.suspend.toMillis() - b.suspend.toMillis())[0];
    const resumes = new Map<number, { t: DateTime; words: string; names: string[] }>();
    for (const { b, w } of windows) {
      const r = resumesAt(w);
      if (r) resumes.set(r.toMillis(), { t: r, words: resumeWords(w, at)!, names: [...new Set([...(resumes.get(r.toMillis())?.names ?? []), shortName(b)])] });
    }
    const back = [...resumes.values()].sort((a, b) => a.t.toMillis() - b.t.toMillis()).map((r) => W.timetable.resumesWith(r.words, r.names));
    return W.timetable.headline(city.name, first && suspendWords(first, at), back);
  });
}

/** How many cities a "which city?" reply lists (and numbers); more would not fit one message. */
export const MAX_LISTED_CITIES = 9;

/** "Which city?", listing the candidate cities (every covered city by default). */
export function askCityLines(cities: City[], at: DateTime, question: (city: City) => string): ReplyLine[] {
  const listed = cities.slice(0, MAX_LISTED_CITIES);
  const choices = headlineLines(listed, at).map((line, i) => ({ n: i + 1, text: line.replace(/^· /, ''), question: question(listed[i]!) }));
  const names = cities.length <= MAX_LISTED_CITIES ? cities.map((c) => c.name).join('、') : W.cityCount(cities.length);
  const more = cities.length > listed.length ? [W.moreCities(cities.length - listed.length)] : [];
  return [W.askCity(names), ...choices, ...more];
}
