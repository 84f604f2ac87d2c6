// The steps of days that reading a question's dates takes (when.ts), in a zone of one offset
// (Asia/Shanghai: zone.ts) by arithmetic: luxon's startOf, plus and fromObject cost a few
// microseconds each (a Duration normalised, the calendar worked out again), and a question naming
// a day takes a handful. A zone with DST is left to luxon. Each gives the instant luxon gives.
import { DateTime } from 'luxon';
import { dayStartMillis } from './zone.ts';

const DAY_MS = 86_400_000;

/** In a zone of one offset, the DateTime of an instant; `t` is only read for its zone. */
const at = (t: DateTime, ms: number) => DateTime.fromMillis(ms, { zone: t.zone });

/** t.startOf('day') */
export function startOfDay(t: DateTime): DateTime {
  return t.zone.isUniversal ? at(t, dayStartMillis(t)) : t.startOf('day');
}

/** t.startOf('week'): the Monday of its ISO week */
export function startOfWeek(t: DateTime): DateTime {
  return t.zone.isUniversal ? at(t, dayStartMillis(t) - (t.weekday - 1) * DAY_MS) : t.startOf('week');
}

/** t.plus({ days }): calendar days (in a zone of one offset, each 24 hours) */
export function plusDays(t: DateTime, days: number): DateTime {
  return t.zone.isUniversal ? at(t, t.toMillis() + days * DAY_MS) : t.plus({ days });
}

/** t.plus({ minutes }) */
export function plusMinutes(t: DateTime, minutes: number): DateTime {
  return t.zone.isUniversal ? at(t, t.toMillis() + minutes * 60_000) : t.plus({ minutes });
}

/** Picks the year that puts month/day nearest to the moment of asking (12-25 asked in January is last year's). */
export function nearestYear(at: DateTime, month: number, day: number): DateTime | null {
  // (Date.UTC reads the years 0–99 as 1900–1999: those are left to luxon)
  if (at.zone.isUniversal && at.year > 1000 && Number.isInteger(month) && Number.isInteger(day)) return nearestYearFixed(at, month, day);
  const options = [at.year - 1, at.year, at.year + 1].map((year) => DateTime.fromObject({ year, month, day }, { zone: at.zone })).filter((d) => d.isValid);
  if (!options.length) return null;
  return options.reduce((best, d) => (Math.abs(d.diff(at).toMillis()) < Math.abs(best.diff(at).toMillis()) ? d : best));
}

/** nearestYear in a zone of one offset: the three years weighed by arithmetic, only the one chosen made a DateTime (luxon's fromObject and diff cost microseconds each). */
function nearestYearFixed(at: DateTime, month: number, day: number): DateTime | null {
  const t = at.toMillis();
  let best: number | undefined;
  let bestDistance = Infinity;
  for (const year of [at.year - 1, at.year, at.year + 1]) {
    // luxon's validity: a month of the year, a day of that month
    if (month < 1 || month > 12 || day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate()) continue;
    const distance = Math.abs(Date.UTC(year, month - 1, day) - at.offset * 60_000 - t);
    if (best === undefined || distance < bestDistance) [best, bestDistance] = [year, distance];
  }
  return best === undefined ? null : DateTime.fromObject({ year: best, month, day }, { zone: at.zone });
}
