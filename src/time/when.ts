// Finds the moment a question is about: "12月25号", "明天", "今晚", "下周一",
// "周末", "下班后", "国庆期间", "晚上8点", "2021-12-25 18:00" … resolved against the moment of asking.
// Without any of these the question is about the moment of asking itself.
import { DateTime } from 'luxon';
import { dayOfMonth, dayStartMillis, nearestYear, plusClock, plusDays, sameDay, startOfDay, startOfWeek } from './zone.ts';
import { findHoliday } from './holidays.ts';

export interface TimeRef {
  /** start of the period asked about (the moment of asking when none is named) */
  from: DateTime;
  /** end of the period (exclusive); equals `from` for a single moment */
  to: DateTime;
  /** the question named a date or time itself */
  explicit: boolean;
  /** the matched words, e.g. "12月25号" (to strip them before retrieval) */
  matched: string[];
  /** words that name the period, to quote them in a reply ("国庆期间", "元旦后"): a holiday's */
  name?: string;
  /** the part of the day named without a clock time ("晚上", "下班后"), to quote it with the day */
  part?: string;
  /** a period later today asked with 还/已经: `from` was moved back to the moment of asking (see fromNow) */
  sinceNow?: boolean;
}

const CN_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** "12", "十二", "二十五", "三十一" → number; NaN when not a number. */
export function parseSmallNumber(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  if (s.length === 1 && s in CN_DIGITS) return CN_DIGITS[s]!;
  const m = /^([一二三]?)十([一二三四五六七八九]?)$/.exec(s);
  if (!m) return NaN;
  return (m[1] ? CN_DIGITS[m[1]]! : 1) * 10 + (m[2] ? CN_DIGITS[m[2]]! : 0);
}

const NUM = '(\\d{1,2}|[零〇一二两三四五六七八九十]{1,3})';
const WEEKDAYS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7 };

const RE_FULL_DATE = /(20\d{2})[-/.年](\d{1,2})[-/.月](\d{1,2})[日号]?/;
const RE_MONTH_DAY = new RegExp(`${NUM}月${NUM}[日号]?`);
const RE_SLASH_DATE = /(?<![\d-])(\d{1,2})[/-](\d{1,2})(?![\d/-])/;
const RE_DAY_ONLY = new RegExp(`(?<![月\\d])${NUM}[号日](?!子|窗|楼|线|柜|房|床|门|口|台|厅|院|栋|室|机)`);
const RE_RELATIVE = /(大后天|后天|明天|明日|明早|明晚|今天|今日|今早|今晚|今夜|昨天|昨日|前天)/;
const RE_WEEKDAY = /(下下|下|这|本|上)?(?:个)?(?:周|星期|礼拜)([一二三四五六日天])/;
const RE_WEEKEND = /(下下|下|这|本|上)?(?:个)?(?:周末|星期末|礼拜末|双休日?)/;
const RE_WEEK = /(下下|下|这|本)(?:个)?(?:周|星期|礼拜)(?![一二三四五六日天末])/;
const RE_MONTH = /(下|这|本)个?月(?!\d|[一二三四五六七八九十]+[日号])/;
const RE_DAYS_LATER = new RegExp(`${NUM}天(?:后|以后|之后)`);
const RE_TIME = new RegExp(`(凌晨|早上|早晨|上午|中午|下午|傍晚|晚上|晚间|夜里|夜间|晚)?\\s*(?:(\\d{1,2}):(\\d{2})|${NUM}(?:点|时)(?:(半)|(\\d{1,2})分?)?)`);

const RELATIVE_DAYS: Record<string, number> = {
  前天: -2,
  昨天: -1,
  昨日: -1,
  今天: 0,
  今日: 0,
  今早: 0,
  今晚: 0,
  今夜: 0,
  明天: 1,
  明日: 1,
  明早: 1,
  明晚: 1,
  后天: 2,
  大后天: 3,
};

/**
 * Parts of a day named without a clock time ("明天下午", "下班后"): [words, from hour, to hour].
 * The first that matches counts: 下班后 before 晚上. "晚上好" greets, it names no time.
 */
const PARTS_OF_DAY: [RegExp, number, number][] = [
  [/下班(?:以后|之后|后)|下了班/, 18, 24],
  [/傍晚(?!好)/, 17, 19],
  [/(?:晚上|夜里|夜间|晚间)(?!好)/, 18, 24],
  [/下午(?!好)/, 12, 18],
  [/(?:上午|早上|早晨|清早)(?!好)/, 0, 12],
];

/** The first part of the day PARTS_OF_DAY finds in a text. */
function partOfDay(text: string): { m: RegExpExecArray; from: number; to: number } | undefined {
  for (const [re, from, to] of PARTS_OF_DAY) {
    const m = re.exec(text);
    if (m) return { m, from, to };
  }
  return undefined;
}

/** "下周", "这个月", "周末": a span of days rather than one day. */
function findSpan(text: string, at: DateTime): { from: DateTime; to: DateTime; matched: string } | null {
  let m = RE_WEEKEND.exec(text);
  if (m) {
    // Saturday and Sunday of this week (a bare 周末 too), or of the week named
    const weeks = m[1] === '下下' ? 2 : m[1] === '下' ? 1 : m[1] === '上' ? -1 : 0;
    const from = plusDays(startOfWeek(at), weeks * 7 + 5);
    const to = plusDays(from, 2);
    return { from: from < at && at < to ? at : from, to, matched: m[0] };
  }
  m = RE_WEEK.exec(text);
  if (m) {
    const weeks = m[1] === '下下' ? 2 : m[1] === '下' ? 1 : 0;
    const from = plusDays(startOfWeek(at), weeks * 7);
    return { from: weeks ? from : at, to: plusDays(from, 7), matched: m[0] };
  }
  m = RE_MONTH.exec(text);
  if (m) {
    const from = at.startOf('month').plus({ months: m[1] === '下' ? 1 : 0 });
    return { from: m[1] === '下' ? from : at, to: from.plus({ months: 1 }), matched: m[0] };
  }
  return null;
}

/** A day the question names; 今晚 and 明早 name a part of it too. */
interface DayRef {
  day: DateTime;
  matched: string;
  evening?: boolean;
  morning?: boolean;
  /** the eve of a holiday (除夕, 跨年夜): its 12点 or 零点 is the midnight that ends it */
  eve?: boolean;
}

function findDate(text: string, at: DateTime): DayRef | null {
  let m = RE_FULL_DATE.exec(text);
  if (m) {
    const d = DateTime.fromObject({ year: +m[1]!, month: +m[2]!, day: +m[3]! }, { zone: at.zone });
    if (d.isValid) return { day: d, matched: m[0] };
  }
  m = RE_MONTH_DAY.exec(text);
  if (m) {
    const d = nearestYear(at, parseSmallNumber(m[1]!), parseSmallNumber(m[2]!));
    if (d) return { day: d, matched: m[0] };
  }
  m = RE_SLASH_DATE.exec(text);
  if (m && +m[1]! <= 12) {
    const d = nearestYear(at, +m[1]!, +m[2]!);
    if (d) return { day: d, matched: m[0] };
  }
  m = RE_RELATIVE.exec(text);
  if (m) {
    const word = m[1]!;
    return { day: plusDays(startOfDay(at), RELATIVE_DAYS[word]!), matched: word, evening: /晚|夜/.test(word), morning: /早/.test(word) };
  }
  m = RE_DAYS_LATER.exec(text);
  if (m) {
    const n = parseSmallNumber(m[1]!);
    if (n >= 0 && n < 400) return { day: plusDays(startOfDay(at), n), matched: m[0] };
  }
  m = RE_WEEKDAY.exec(text);
  if (m) {
    const weekday = WEEKDAYS[m[2]!]!;
    const weeks = m[1] === '下下' ? 2 : m[1] === '下' ? 1 : m[1] === '上' ? -1 : 0;
    let day = plusDays(startOfWeek(at), weeks * 7 + weekday - 1);
    // a bare "周五" asked on Sunday means the coming Friday
    if (!m[1] && day.toMillis() < dayStartMillis(at)) day = plusDays(day, 7);
    return { day, matched: m[0] };
  }
  m = RE_DAY_ONLY.exec(text);
  if (m) {
    const n = parseSmallNumber(m[1]!);
    if (n >= 1 && n <= 31) {
      // "25号": this month's 25th, or the nearest month that has it
      const candidates = [-1, 0, 1].map((k) => dayOfMonth(at, k, n)).filter((d): d is DateTime => !!d && d.isValid && d.day === n);
      const t = at.toMillis();
      const day = candidates.reduce((b, d) => (Math.abs(d.toMillis() - t) < Math.abs(b.toMillis() - t) ? d : b), candidates[0]!);
      if (day) return { day, matched: m[0] };
    }
  }
  return null;
}

function findTime(text: string): { hour: number; minute: number; matched: string; part: string } | null {
  const m = RE_TIME.exec(text);
  if (!m) return null;
  const part = m[1] ?? '';
  let hour: number;
  let minute: number;
  if (m[2] !== undefined) {
    hour = +m[2];
    minute = +m[3]!;
  } else {
    // "快一点", "有两点": a bare 一点/两点 without a day part or minutes is not a time
    if (!part && !m[5] && !m[6] && /^[一两]$/.test(m[4]!)) return null;
    hour = parseSmallNumber(m[4]!);
    minute = m[5] ? 30 : m[6] ? +m[6] : 0;
  }
  if (!Number.isFinite(hour) || hour > 24 || minute > 59 || (hour === 24 && minute > 0)) return null;
  if (/下午|傍晚|晚|夜/.test(part) && hour < 12) hour += 12;
  else if (/晚|夜/.test(part) && hour === 12) hour = 24; // 晚上12点 is midnight, the end of that day
  if (part === '中午' && hour < 6) hour += 12;
  if (part === '凌晨' && hour === 12) hour = 0;
  return { hour, minute, matched: m[0], part };
}

/**
 * The period a question is about. A day without a time covers that whole day
 * (the rest of it, for today); "今晚" covers the evening; a time makes it one moment.
 */
export function resolveWhen(text: string, at: DateTime): TimeRef {
  const holiday = findHoliday(text, at);
  if (holiday && 'from' in holiday) return { from: holiday.from, to: holiday.to, explicit: true, matched: [holiday.matched], name: holiday.matched };
  const date: DayRef | null = holiday ?? findDate(text, at);
  if (!date) {
    const span = findSpan(text, at);
    if (span) return { from: span.from, to: span.to, explicit: true, matched: [span.matched] };
  }
  const rest = date ? text.replace(date.matched, ' ') : text;
  const time = findTime(rest);
  // "下班后还能去办吗": a part of the day alone is today's
  const part = time ? undefined : partOfDay(rest);
  const matched = [date?.matched, time?.matched, part?.m?.[0]].filter((s): s is string => !!s);
  if (!date && !time && !part) return { from: at, to: at, explicit: false, matched };
  const day = date?.day ?? startOfDay(at);
  if (time) {
    // "今晚8点" is 20:00 and "今晚12点" (or 零点) midnight, though the time itself names no part of the day;
    // so is "除夕12点以后", "跨年夜零点以后": the midnight into the holiday
    const midnight = !time.part && time.minute === 0 && (time.hour === 0 || time.hour === 12) && (date?.evening || date?.eve);
    const hour = midnight ? 24 : date?.evening && !time.part && time.hour < 12 ? time.hour + 12 : time.hour;
    const moment = plusClock(startOfDay(day), hour, time.minute);
    return { from: moment, to: moment, explicit: true, matched, ...(holiday && { name: holiday.matched }) };
  }
  const start = startOfDay(day);
  // "周五晚上", "明天上午": a part of the day without a clock time ("今晚", "明早" name one themselves)
  const [fromHour, toHour] = part ? [part.from, part.to] : date?.evening ? [18, 24] : date?.morning ? [0, 12] : [0, 24];
  let from = plusClock(start, fromHour);
  const to = plusClock(start, toHour);
  if (from < at && at < to) from = at; // today: only what is left of it
  return { from, to, explicit: true, matched, ...(holiday && { name: holiday.matched }), ...(part?.m && { part: part.m[0] }) };
}

/**
 * A period later today asked with "still / already" ("今晚还能刷吗" at 16:30) runs from now:
 * the answer must say how things stand now and what changes before then.
 */
export function fromNow(when: TimeRef, at: DateTime): TimeRef {
  const laterToday = when.from > at && when.to > when.from && sameDay(when.from, at);
  return laterToday ? { ...when, from: at, sinceNow: true } : when;
}

/** A date a text states outright, with the clock time written right after it, if any. */
export interface StatedMoment {
  /** absent when the text gives month and day only */
  year?: number;
  month: number;
  day: number;
  /** 0–24 (24 = the end of that day, as notices write it); absent when no time follows the date */
  hour?: number;
  minute?: number;
  /** the words, e.g. "2021年12月14日17:30" or "12月14日（星期二）下午5点半" */
  words: string;
}

const RE_FULL_DATES = new RegExp(RE_FULL_DATE.source, 'g');
const RE_MONTH_DAYS = new RegExp(RE_MONTH_DAY.source, 'g');
/** "至16日" after a date: the end of a range, in the same month */
const RE_RANGE_END = new RegExp(`(?:至|到|[-—~～])\\s*${NUM}[日号]`, 'g');
/** what may stand between a date and its time: "（星期五）", "周二", spaces */
const RE_BETWEEN = /^\s*[（(]?(?:星期|周|礼拜)[一二三四五六日天][）)]?\s*|^\s+/;

/**
 * Every calendar date a text states outright ("2021年12月14日", "12月14日", "十二月十四日",
 * "至16日" after one of those), each with the time written right after it ("17:30", "18时",
 * "下午5点半", "24:00"). Unlike resolveWhen, nothing is resolved against a moment of asking
 * and relative words (明天, 周五) are not dates: this reads what a notice says.
 */
export function statedMoments(text: string): StatedMoment[] {
  const dates: { index: number; end: number; year?: number; month: number; day: number }[] = [];
  const add = (index: number, words: string, month: number, day: number, year?: number) => {
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31) dates.push({ index, end: index + words.length, year, month, day });
  };
  let rest = text;
  const blank = (m: RegExpMatchArray) => (rest = rest.slice(0, m.index) + ' '.repeat(m[0].length) + rest.slice(m.index! + m[0].length));
  for (const m of text.matchAll(RE_FULL_DATES)) {
    add(m.index, m[0], +m[2]!, +m[3]!, +m[1]!);
    blank(m);
  }
  for (const m of [...rest.matchAll(RE_MONTH_DAYS)]) {
    add(m.index, m[0], parseSmallNumber(m[1]!), parseSmallNumber(m[2]!));
    blank(m);
  }
  for (const m of rest.matchAll(RE_RANGE_END)) {
    const start = [...dates].reverse().find((d) => d.end <= m.index);
    if (start) add(m.index, m[0], start.month, parseSmallNumber(m[1]!), start.year);
  }
  dates.sort((a, b) => a.index - b.index);
  return dates.map((d, i) => {
    const after = text.slice(d.end, dates[i + 1]?.index ?? text.length);
    const between = RE_BETWEEN.exec(after)?.[0] ?? '';
    const time = findTime(after.slice(between.length));
    const { index, end, ...date } = d;
    if (!time || !after.startsWith(between + time.matched)) return { ...date, words: text.slice(index, end) };
    return { ...date, hour: time.hour, minute: time.minute, words: text.slice(index, end + between.length + time.matched.length) };
  });
}
