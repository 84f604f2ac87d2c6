// The replies that are not one business's status: a city's whole timetable, a
// procedure, the greeting, the clarifying question and the polite fallback.
import type { DateTime } from 'luxon';
import type { Business, City, KnowledgeBase, Procedure } from '../knowledge/model.ts';
import type { TimeRef } from '../understand/when.ts';
import { cityLevelContacts, formatPhones } from './contacts.ts';
import { countdown, fmtChosenMoment, fmtNoticeMoment, shortLabel } from './format.ts';
import { AMENDED_MARK, amendedFooter, citeWindow, eventLine, INFERRED_MARK } from './notes.ts';
import { phaseAt, resumesAt, resumeWords, suspendWords } from './phase.ts';
import type { SourceList } from './sources.ts';
import { isSuspended, standingAt, UNKNOWN_AHEAD_NOTE, unknownAhead } from './standing.ts';
import { type Lead, verdict } from './status.ts';
import { timetableLead, type TimetableRow } from './timetable-lead.ts';
import * as W from './wording/index.ts';

/** A business's name without its bracketed detail. */
export const shortName = (b: Business): string => shortLabel(b.name);

/**
 * One line per covered city: the notice and the month of its first suspension.
 * No dates or numbers beyond that: a fallback must not look like an answer for another city.
 */
export function coverageLines(kb: KnowledgeBase): string[] {
  return kb.cities.map((city) => {
    const first = city.notices
      .flatMap((n) => n.businesses.flatMap((b) => b.windows.map((w) => w.suspend)))
      .sort((a, b) => a.toMillis() - b.toMillis())[0];
    return W.timetable.coverageLine(city.name, first, city.notices.map((n) => n.title));
  });
}

/** Hotlines of one covered city (cited in `sources`), for questions it could not match and requests for a person. */
export function hotlineLines(city: City, sources?: SourceList): string[] {
  const list = cityLevelContacts(city).slice(0, 4);
  for (const c of list) sources?.add(city.notices.find((n) => n.id === c.noticeId)!, c.quote);
  return list.map((c) => W.timetable.hotlineLine(c.unit, c.topic === 'general' ? undefined : c.label, formatPhones(c)));
}

/** A city's timetable grouped by moment, with where things stand at the period asked. */
export function overviewLines(city: City, when: TimeRef, at: DateTime, sources: SourceList, lead?: Lead): string[] {
  const rows = new Map<number, TimetableRow>();
  const open = new Map<string, string[]>(); // what the notice says of the resumption → businesses
  const row = (t: DateTime, written?: string) =>
    rows.get(t.toMillis()) ?? rows.set(t.toMillis(), { moment: t, written, stops: [], resumes: [], events: [] }).get(t.toMillis())!;
  let suspended = 0;
  let stale = 0; // open-ended suspensions long past: the notice cannot say whether they ended
  let unknown = 0; // open-ended suspensions on a later day asked: the notice cannot say either
  let resuming = 0; // gradual resumptions under way: not "已恢复"
  let total = 0;
  const amending = new Set<string>(); // notices that changed an entry shown
  for (const notice of city.notices) {
    for (const e of notice.events) {
      sources.add(notice, e.quote);
      row(e.at).events.push(e.title);
    }
    for (const b of notice.businesses) {
      if (!b.windows.length) continue;
      total++;
      const { state, window: now } = standingAt(b, when.from);
      if (now && unknownAhead(state, now, when.from, at)) unknown++;
      else if (isSuspended(state)) suspended++;
      else if (state === 'outdated') stale++;
      else if (state === 'resuming') resuming++;
      for (const w of uniqueWindows(b)) {
        citeWindow(sources, city, notice, w);
        if (w.amendedBy) amending.add(w.amendedBy);
        const name = `${shortName(b)}${w.amendedBy ? AMENDED_MARK : ''}`;
        row(w.suspend, w.suspendAsWritten).stops.push(name);
        const r = resumesAt(w);
        if (r) row(r, w.resumeAsWritten).resumes.push(`${name}${w.resumeMode === 'gradual' ? W.timetable.GRADUAL_MARK : ''}${w.resumeInferred ? INFERRED_MARK : ''}`);
        else {
          const how = w.resumeMode === 'tbd' ? W.timetable.TBD_ROW : w.resumeMode === 'gradual' ? W.timetable.GRADUAL_ROW : (w.resumeNote ?? W.timetable.NO_RESUME_ROW);
          open.set(how, [...(open.get(how) ?? []), name]);
        }
      }
    }
  }
  const label = when.explicit ? fmtChosenMoment(when.from, at) : W.timetable.nowLabel(fmtChosenMoment(at, at));
  const back = resuming ? W.timetable.ALL_BACK_OR_RESUMING : W.timetable.ALL_BACK;
  const undated = unknown ? W.timetable.undatedCount(unknown, UNKNOWN_AHEAD_NOTE) : '';
  const state =
    suspended === 0 && unknown
      ? W.timetable.onlyUndated(label, undated, total)
      : suspended === 0
      ? [...rows.values()].some((r) => r.moment > when.from && r.stops.length + r.resumes.length > 0)
        ? W.timetable.notYetStopped(label)
        : stale
          ? W.timetable.backWithStale(label, back, stale)
          : W.timetable.allBack(label, back)
      : W.timetable.suspendedCount(label, suspended, undated, total);
  // "几点恢复": the resumptions first; then the next change is said already
  const asked = timetableLead(city.name, [...rows.values()], [...open.values()].reduce((n, names) => n + new Set(names).size, 0), when, at, lead);
  const lines = [...(asked ? [asked] : []), W.timetable.timetableTitle(city.name), state];
  // what changes next, and how soon ("还有多久停机")
  const next = [...rows.values()].sort((a, b) => a.moment.toMillis() - b.moment.toMillis()).find((r) => r.moment > when.from);
  if (next && !asked) {
    const what = [next.stops.length ? W.timetable.stopping([...new Set(next.stops)].join('；')) : '', next.resumes.length ? W.timetable.resuming([...new Set(next.resumes)].join('；')) : '']
      .filter(Boolean)
      .join('，');
    const soon = when.explicit ? '' : countdown(at, next.moment);
    const events = next.events.join('；');
    lines.push(W.timetable.nextStep(fmtNoticeMoment(next.moment, next.written, at), what, events, soon));
  }
  // asked when things come back: the stops are not the answer (the standing line counts them)
  lines.push(lead === 'resume' ? W.timetable.RESUMPTIONS_HEAD : W.timetable.ALL_HEAD);
  for (const r of [...rows.values()].sort((a, b) => a.moment.toMillis() - b.moment.toMillis())) {
    if (r.stops.length && lead !== 'resume') lines.push(W.timetable.stopsRow(fmtNoticeMoment(r.moment, r.written, at), [...new Set(r.stops)].join('；')));
    if (r.resumes.length) lines.push(W.timetable.resumesRow(fmtNoticeMoment(r.moment, r.written, at), [...new Set(r.resumes)].join('；')));
    for (const title of r.events) lines.push(eventLine({ at: r.moment, title }, at));
  }
  for (const [how, names] of open) lines.push(W.timetable.openRow(how, [...new Set(names)].join('；')));
  const footer = amendedFooter(city, [...amending]);
  if (footer) lines.push(footer);
  return lines;
}

/** Windows of a business that differ in time (some notices list one window per audience). */
function uniqueWindows(b: Business) {
  const seen = new Set<string>();
  return b.windows.filter((w) => {
    const key = `${w.suspend.toMillis()}-${w.resume?.toMillis()}-${w.resumeMode}`;
    return !seen.has(key) && seen.add(key);
  });
}

export function procedureLines(city: City, p: Procedure, business: Business | undefined, when: TimeRef, at: DateTime, sources: SourceList): string[] {
  const notice = city.notices.find((n) => n.id === p.noticeId)!;
  sources.add(notice, p.quote);
  const lines = [W.timetable.procedureTitle(city.name, p.title, p.audience), p.answer];
  if (business?.windows.length || business?.unaffected) {
    lines.push(W.timetable.procedureTime(verdict(city, business, when, at).replace(/^[^：]*：/, `${shortName(business)}`)));
    const w = phaseAt(business, when.from).window;
    if (w) citeWindow(sources, city, notice, w);
  }
  return lines;
}

/** The greeting, and every channel's welcome: who answers, the notices covered, examples to pick by number. */
export function greetingLines(kb: KnowledgeBase): string[] {
  return [W.GREETING_HEAD, W.COVERAGE_HEAD, ...coverageLines(kb), W.EXAMPLES_HEAD, ...W.numbered(exampleQuestions(kb))];
}

/** Three example questions drawn from the knowledge (one per city first). */
export function exampleQuestions(kb: KnowledgeBase): string[] {
  const out: string[] = [];
  for (const city of kb.cities) {
    const b = city.notices.flatMap((n) => n.businesses).find((x) => x.windows.some((w) => w.resumeMode === 'date'));
    if (b) out.push(W.exampleResume(city.name, shortName(b)));
  }
  for (const city of kb.cities) {
    const p = city.notices.flatMap((n) => n.procedures)[0];
    if (p && out.length < 3) out.push(p.questions[0]!.includes(city.name) ? p.questions[0]! : `${city.name}${p.questions[0]}`);
  }
  for (const city of kb.cities) {
    const c = city.notices.flatMap((n) => n.contacts).find((x) => x.level === 'district' && x.phones.length);
    if (c && out.length < 3) out.push(W.examplePhone(c.unit, c.label));
  }
  return out.slice(0, 3);
}

/** A bare "2" when the last reply numbered nothing: say so (never answer the last question again), and offer examples to pick. */
export function nothingToPickLines(kb: KnowledgeBase): string[] {
  return [W.NOTHING_TO_PICK, ...W.numbered(exampleQuestions(kb))];
}

/** A "5" when the last reply numbered only 1…shown. */
export function pickOutOfRangeLines(shown: number): string[] {
  return [W.pickOutOfRange(shown)];
}

export function goodbyeLines(): string[] {
  return [W.GOODBYE];
}

/** The cities' hotlines, city by city (none when no notice gives one). */
function hotlinesByCity(cities: City[], sources: SourceList): string[] {
  return cities.flatMap((city) => {
    const hotlines = hotlineLines(city, sources);
    return hotlines.length ? [W.timetable.cityHeading(city.name), ...hotlines] : [];
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

export function thanksLines(): string[] {
  return [W.THANKS];
}

/** unknown-place: a city not covered; off-topic: not about 医保/社保 at all. */
export type FallbackReason = 'unknown-place' | 'off-topic';

export function fallbackLines(kb: KnowledgeBase, reason: FallbackReason, place?: string): string[] {
  const head = reason === 'unknown-place' ? W.unknownPlace(place) : W.OFF_TOPIC;
  return [head, W.COVERED_NOTICES, ...coverageLines(kb), W.examplesInline(exampleQuestions(kb))];
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

export function clarifyLines(suggestions: string[]): string[] {
  return [W.CLARIFY_HEAD, ...W.numbered(suggestions)];
}

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
export function askCityLines(cities: City[], at: DateTime): string[] {
  const listed = cities.slice(0, MAX_LISTED_CITIES);
  const numbered = headlineLines(listed, at).map((line, i) => line.replace(/^· /, `${i + 1}. `));
  const names = cities.length <= MAX_LISTED_CITIES ? cities.map((c) => c.name).join('、') : W.cityCount(cities.length);
  const more = cities.length > listed.length ? [W.moreCities(cities.length - listed.length)] : [];
  return [W.askCity(names), ...numbered, ...more];
}
