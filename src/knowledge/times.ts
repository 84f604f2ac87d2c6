// The times of a notice as facts.yaml writes them ("2021-12-14T24:00", local wall-clock
// time): which are real, what instant each is, and whether each agrees with the date and
// time its own quote states. One wrong digit here made the service say "自NaN年NaN月NaN日
// NaN:NaN起" or put a suspension on the wrong day, so the reader refuses both.
import { DateTime } from 'luxon';
import { zoneOf } from '../time/zone.ts';
import { statedMoments, type StatedMoment } from '../time/when.ts';
import { resolveRelativeDays } from '../time/relative-days.ts';

export const LOCAL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;
const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** A moment of facts.yaml: "YYYY-MM-DDTHH:mm", or "YYYY-MM-DD" (the start of that day) when the notice gives no clock time. */
export const LOCAL_MOMENT = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2})?$/;

/** A moment written as a date alone: the notice gave no clock time, so replies give none either. */
export const isDateOnly = (written: string | undefined): boolean => !!written && LOCAL_DATE.test(written);

interface Parts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

function parts(s: string): Parts | undefined {
  const m = LOCAL_TIME.exec(s) ?? LOCAL_DATE.exec(s);
  if (!m) return undefined;
  return { year: +m[1]!, month: +m[2]!, day: +m[3]!, hour: m[4] ? +m[4] : 0, minute: m[5] ? +m[5] : 0 };
}

/** Why "YYYY-MM-DDTHH:mm" (or "YYYY-MM-DD") is no real moment, or undefined when it is one. 24:00 is the end of the day. */
export function calendarMistake(s: string): string | undefined {
  const p = parts(s);
  if (!p) return undefined; // the format is the schema's to report
  if (p.month < 1 || p.month > 12) return `there is no month ${p.month}`;
  const days = new Date(Date.UTC(p.year, p.month, 0)).getUTCDate();
  if (p.day < 1 || p.day > days) return `${p.year}-${String(p.month).padStart(2, '0')} has no day ${p.day}`;
  if (p.hour > 24 || (p.hour === 24 && p.minute > 0))
    return `there is no ${p.hour}:${String(p.minute).padStart(2, '0')} (24:00, the end of a day, is the latest)`;
  if (p.minute > 59) return `there is no minute ${p.minute}`;
  return undefined;
}

/** The instant of a notice's local time in its zone ("2021-12-14T24:00" is 12-15 00:00), in that zone (a fixed offset when it has no DST: src/time/zone.ts); invalid when it is none. */
export function localInstant(s: string, zone: string): DateTime {
  const p = parts(s);
  if (!p || calendarMistake(s)) return DateTime.invalid(`not a time of the notice: "${s}"`);
  return DateTime.fromObject({ year: p.year, month: p.month, day: p.day }, { zone: zoneOf(zone) }).plus({ hours: p.hour, minutes: p.minute });
}

/**
 * Wall-clock arithmetic only, in plain milliseconds (the two sides of a comparison are in
 * the same notice, and Date.UTC is ~50× cheaper than a zoned DateTime over 300 cities).
 * Hour 24 rolls over to the next day, as the notices mean it.
 */
const wallClock = (year: number, month: number, day: number, hour = 0, minute = 0) => new Date(Date.UTC(year, month - 1, day, hour, minute));

/** Whether the stated moment can be the value: same day (and time, when the quote gives one; year, when it gives one). */
function agrees(value: Parts, said: StatedMoment): boolean {
  const valueAt = wallClock(value.year, value.month, value.day, value.hour, value.minute);
  const sameDay = (t: Date) =>
    t.getUTCMonth() + 1 === said.month && t.getUTCDate() === said.day && (said.year === undefined || t.getUTCFullYear() === said.year);
  // "12月14日" fits both 2021-12-14T24:00 as written and the 12-15 00:00 it means
  if (said.hour === undefined) return sameDay(wallClock(value.year, value.month, value.day)) || sameDay(valueAt);
  const saidAt = wallClock(said.year ?? value.year, said.month, said.day, said.hour, said.minute);
  if (saidAt.getUTCDate() !== said.day && said.hour < 24) return false; // 2月30日: no such day
  // without a year, 12月31日24时 and 2022-01-01T00:00 are the same moment
  const clock = (t: Date) => t.toISOString().slice(said.year === undefined ? 5 : 0, 16);
  return clock(saidAt) === clock(valueAt);
}

export interface TimeMistake {
  /** path of the time field, e.g. businesses[0].windows[0].suspend */
  path: (string | number)[];
  message: string;
}

/** Calls `visit` for every real time of a facts object ("YYYY-MM-DDTHH:mm" or a date alone, `published` aside), with the object holding it. */
function eachTime(data: unknown, visit: (value: string, key: string, holder: Record<string, unknown>, path: () => (string | number)[]) => void): void {
  const stack: (string | number)[] = []; // one path, copied only for what is reported (300 cities hold ~10⁶ values)
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) {
      v.forEach((x, i) => {
        if (x && typeof x === 'object') stack.push(i), walk(x), stack.pop();
      });
    } else if (v && typeof v === 'object') {
      const holder = v as Record<string, unknown>;
      for (const key in holder) {
        const x = holder[key];
        if (typeof x === 'string') {
          if (key !== 'published' && LOCAL_MOMENT.test(x) && !calendarMistake(x)) visit(x, key, holder, () => [...stack, key]);
        } else if (x && typeof x === 'object') stack.push(key), walk(x), stack.pop();
      }
    }
  };
  walk(data);
}

/**
 * Every time of a facts object that disagrees with its quote: `X` with `X_quote`
 * (suspend, resume) and a step's `at` with its `quote`. A quote that states no date
 * says nothing either way. Works on the raw YAML data, so it runs even when the
 * schema rejects something else in the file.
 */
export function quotedTimeMistakes(data: unknown): TimeMistake[] {
  const found: TimeMistake[] = [];
  const read = new Map<string, StatedMoment[]>(); // a notice repeats its cutover sentence under every business
  eachTime(data, (value, key, holder, path) => {
    const quoteKey = key === 'at' ? 'quote' : `${key}_quote`;
    const quote = holder[quoteKey];
    if (typeof quote !== 'string') return;
    // "次日上午8时30分" after 7月25日: the quote's own date counts it (the year only for month lengths)
    const year = parts(value)!.year;
    let said = read.get(`${year}\u0001${quote}`);
    if (!said) read.set(`${year}\u0001${quote}`, (said = statedMoments(resolveRelativeDays(quote, year))));
    if (said.length && !said.some((s) => agrees(parts(value)!, s)))
      found.push({ path: path(), message: `"${value}" disagrees with ${quoteKey}, which says ${said.map((s) => s.words).join(' / ')}` });
  });
  return found;
}

/** More than a year from the notice's publication: a real date, but likely a mistyped year. */
const FAR_DAYS = 366;

/** Times more than a year away from `published` (warnings: a notice may look back or far ahead). */
export function farFromPublication(data: unknown): TimeMistake[] {
  const published = data && typeof data === 'object' ? (data as Record<string, unknown>).published : undefined;
  if (typeof published !== 'string' || !LOCAL_DATE.test(published) || calendarMistake(published)) return [];
  const p0 = parts(published)!;
  const from = wallClock(p0.year, p0.month, p0.day).getTime();
  const found: TimeMistake[] = [];
  eachTime(data, (value, _key, _holder, path) => {
    const p = parts(value)!;
    const days = Math.round((wallClock(p.year, p.month, p.day, p.hour, p.minute).getTime() - from) / 86_400_000);
    if (Math.abs(days) > FAR_DAYS)
      found.push({
        path: path(),
        message: `"${value}" is ${Math.abs(days)} days ${days < 0 ? 'before' : 'after'} the notice's publication (${published}): a mistyped year?`,
      });
  });
  return found;
}
