// Public holidays in a question: "国庆" (its day), "春节期间" / "五一假期" (the days
// off), "中秋前" / "十一后" (the day before the days off begin, the day after they
// end), each in the year that puts it nearest the moment of asking.
import { DateTime, type Zone } from 'luxon';
import HOLIDAY_TABLE from './holiday-dates.json' with { type: 'json' };
import { FIXED_HOLIDAYS, HOLIDAY_WORDS, NUMERAL_HOLIDAYS, type HolidayDates, type HolidayKey } from './holiday-words.ts';
import { everyMatch } from '../text/every-match.ts';
import { plusDays } from './zone.ts';

const TABLE = (HOLIDAY_TABLE as HolidayDates).years;

const PERIOD = '期间|假期|小长假|长假|放假|黄金周|那几天';
const BEFORE = '之前|以前|前';
const AFTER = '之后|以后|过后|后';
const AT_DAY = '当天|那天|节';
const RE_HOLIDAY = new RegExp(
  `(?<![\\d零〇一二两三四五六七八九十百第])(${HOLIDAY_WORDS.map(([w]) => w).join('|')})节?(?:(${PERIOD})|(${BEFORE})|(${AFTER})|(${AT_DAY}))?`,
  'g',
);

/** What a question names: one day (times and parts of it may follow) or a span of days. */
/** `eve`: the day before a holiday, named as such (除夕, 跨年夜); `evening`: its night is what is named (跨年夜, 除夕夜). */
export type HolidayRef = { day: DateTime; matched: string; eve?: boolean; evening?: boolean } | { from: DateTime; to: DateTime; matched: string };

interface Dates {
  day: DateTime;
  /** first day off */
  first: DateTime;
  /** the day after the last day off */
  end: DateTime;
}

/** each zone's holidays of a year, read once (fromISO costs tens of µs; DateTimes are immutable, so shared): bounded by the table's years */
const datesRead = new WeakMap<Zone, Map<string, Dates | undefined>>();

function datesIn(key: HolidayKey, year: number, zone: Zone): Dates | undefined {
  let read = datesRead.get(zone);
  if (!read) datesRead.set(zone, (read = new Map()));
  const id = `${year} ${key}`;
  if (!read.has(id)) read.set(id, readDates(key, year, zone));
  return read.get(id);
}

function readDates(key: HolidayKey, year: number, zone: Zone): Dates | undefined {
  const d = (iso: string) => DateTime.fromISO(iso, { zone });
  const known = TABLE[String(year)]?.[key];
  if (known) return { day: d(known.day), first: d(known.first), end: plusDays(d(known.last), 1) };
  const fixed = FIXED_HOLIDAYS[key];
  if (!fixed) return undefined; // a lunar holiday beyond the table's years
  const day = DateTime.fromObject({ year, month: fixed.month, day: fixed.day }, { zone });
  return { day, first: day, end: plusDays(day, fixed.days) };
}

/** The year whose days off lie nearest the moment of asking (none away when it falls inside them). */
function nearest(key: HolidayKey, at: DateTime): Dates | undefined {
  const t = at.toMillis();
  const distance = (x: Dates) => (t < x.first.toMillis() ? x.first.toMillis() - t : t >= x.end.toMillis() ? t - x.end.toMillis() : 0);
  const options = [at.year - 1, at.year, at.year + 1].map((y) => datesIn(key, y, at.zone)).filter((x): x is Dates => !!x);
  return options.reduce<Dates | undefined>((best, x) => (!best || distance(x) < distance(best) ? x : best), undefined);
}

/** The first match of RE_HOLIDAY that names a holiday (the matches after it are not looked for). */
function firstNamed(text: string): RegExpExecArray | undefined {
  for (const m of everyMatch(RE_HOLIDAY, text)) {
    const [matched, word, ...suffix] = m;
    if (!NUMERAL_HOLIDAYS.has(word!) || suffix.some(Boolean) || matched.endsWith('节')) return m;
  }
  return undefined;
}

/** The first holiday a question names; 五一 and 十一 are numbers too ("十一楼"), so they need a word that says so. */
export function findHoliday(text: string, at: DateTime): HolidayRef | null {
  const m = firstNamed(text);
  if (!m) return null;
  const [matched, word, period, before, after] = m;
  const [, key, shift, night] = HOLIDAY_WORDS.find(([w]) => w === word)!;
  const dates = nearest(key, at);
  if (!dates) return null;
  if (shift) return { day: plusDays(dates.day, shift), matched, eve: shift === -1, evening: night };
  if (period) {
    const from = dates.first < at && at < dates.end ? at : dates.first;
    return { from, to: dates.end, matched };
  }
  if (before) return { day: plusDays(dates.first, -1), matched };
  if (after) return { day: dates.end, matched };
  return { day: dates.day, matched };
}
