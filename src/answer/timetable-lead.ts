// The first line of a city's timetable when the question asks one thing of it: "几点恢复"
// leads with the resumptions (of the day asked, or the next ones), "什么时候停" with the stops.
import type { DateTime } from 'luxon';
import type { TimeRef } from '../time/when.ts';
import { fmtDayWithWeekday, fmtNoticeMoment } from './format.ts';
import type { Lead } from './status.ts';
import * as W from './wording/index.ts';

/** One moment of a city's timetable and what happens then. */
export interface TimetableRow {
  moment: DateTime;
  written?: string;
  stops: string[];
  resumes: string[];
  events: string[];
}

/** How many moments ahead the lead names: the rest is in the timetable below it. */
const NEXT_MOMENTS = 2;

/** `undated`: how many businesses the notices give no resumption moment for. */
export function timetableLead(city: string, rows: TimetableRow[], undated: number, when: TimeRef, at: DateTime, lead: Lead): string | undefined {
  if (!lead) return undefined;
  const of = (r: TimetableRow) => (lead === 'resume' ? r.resumes : r.stops);
  const word = lead === 'resume' ? W.timetable.RESUME_WORD : W.timetable.STOP_WORD;
  const sorted = rows.filter((r) => of(r).length).sort((a, b) => a.moment.toMillis() - b.moment.toMillis());
  // the first two names, then a count: the full list is in the timetable below
  const names = (r: TimetableRow) => W.timetable.leadNames([...new Set(of(r))]);
  const say = (r: TimetableRow) => W.timetable.leadMoment(fmtNoticeMoment(r.moment, r.written, at), word, names(r));
  const open = lead === 'resume' && undated ? W.timetable.leadUndated(undated) : '';
  // a day asked ("12月31号几点恢复"): what happens that day, and nothing else first
  if (when.explicit && when.to > when.from) {
    const that = sorted.filter((r) => r.moment >= when.from && r.moment < when.to);
    const day = fmtDayWithWeekday(when.from, at);
    if (that.length) return W.timetable.lead(city, that.map(say), open);
    const next = sorted.find((r) => r.moment >= when.to);
    return W.timetable.nothingThatDay(city, day, word, next && say(next), open);
  }
  const ahead = sorted.filter((r) => r.moment > when.from).slice(0, NEXT_MOMENTS);
  if (ahead.length) return W.timetable.lead(city, ahead.map(say), open);
  if (lead === 'resume' && undated) return W.timetable.leadOnlyUndated(city, undated);
  return undefined; // everything is behind: the standing line says so
}
