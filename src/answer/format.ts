// How times, counts and names are written in replies (fitting a reply into bytes: src/contract/reply-text.ts).
import type { DateTime } from 'luxon';
import type { Business } from '../knowledge/model.ts';
import { isDateOnly } from '../knowledge/times.ts';
import { weekdayOf } from '../time/zone.ts';

const WEEKDAY = ['', '一', '二', '三', '四', '五', '六', '日'];

/**
 * "12月22日18:00" (with the year when it differs from `ref`'s).
 * Midnight is written as the notice does: "12月14日24:00", not "12月15日0:00".
 */
export function fmtMoment(t: DateTime, ref?: DateTime): string {
  if (t.hour === 0 && t.minute === 0) return `${fmtDay(t.zone.isUniversal ? dayBefore(t) : t.minus({ days: 1 }), ref)}24:00`;
  return `${fmtDay(t, ref)}${t.hour}:${String(t.minute).padStart(2, '0')}`;
}

/** A calendar day (what fmtDay writes). */
type Day = Pick<DateTime, 'year' | 'month' | 'day'>;

/** The calendar day before `t`'s, as `t.minus({ days: 1 })` has it in a fixed offset, without making a DateTime. */
function dayBefore(t: Day): Day {
  if (t.day > 1) return { year: t.year, month: t.month, day: t.day - 1 };
  if (t.month > 1) return { year: t.year, month: t.month - 1, day: new Date(Date.UTC(t.year, t.month - 1, 0)).getUTCDate() };
  return { year: t.year - 1, month: 12, day: 31 };
}

/**
 * A moment someone chose (a question's date, the as-of moment of a page) as they wrote it:
 * midnight is "12月25日0:00" of its own day, not the notice style "12月24日24:00".
 */
export function fmtChosenMoment(t: DateTime, ref?: DateTime): string {
  return `${fmtDay(t, ref)}${t.hour}:${String(t.minute).padStart(2, '0')}`;
}

/**
 * A notice's moment as the notice writes it (`written`, facts.yaml's "YYYY-MM-DDTHH:mm"):
 * "…T24:00" stays "12月14日24:00" and "…T00:00" stays "12月15日0:00", though both are one instant;
 * a date alone ("2022-10-10") is the day alone, "10月10日": no clock time the notice never gave.
 */
export function fmtNoticeMoment(t: DateTime, written: string | undefined, ref?: DateTime): string {
  if (isDateOnly(written)) return fmtDay(t, ref);
  return written?.endsWith('T00:00') ? fmtChosenMoment(t, ref) : fmtMoment(t, ref);
}

/** The clock time alone, as the notice writes it ("24:00" or "0:00" at midnight); the day, when it gives no time. */
export function fmtNoticeClock(t: DateTime, written: string | undefined): string {
  if (isDateOnly(written)) return fmtDay(t, t);
  return written?.endsWith('T00:00') ? `${t.hour}:${String(t.minute).padStart(2, '0')}` : fmtClock(t);
}

/** "12月25日" or "2022年1月5日" */
export function fmtDay(t: Day, ref?: Day): string {
  const year = !ref || ref.year !== t.year ? `${t.year}年` : '';
  return `${year}${t.month}月${t.day}日`;
}

export function fmtDayWithWeekday(t: DateTime, ref?: DateTime): string {
  return `${fmtDay(t, ref)}（周${WEEKDAY[weekdayOf(t)]}）`;
}

/** Adds the weekday to each "M月D日" of a line ("10月22日18:00" → "10月22日（周五）18:00"); a date without a year is in `ref`'s year. */
export function withWeekdays(line: string, ref: DateTime): string {
  return line.replace(/(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日(?![（(])/g, (all, y: string | undefined, m: string, d: string) => {
    const t = ref.set({ year: y ? Number(y) : ref.year, month: Number(m), day: Number(d) });
    return t.isValid && t.month === Number(m) ? `${all}（周${WEEKDAY[weekdayOf(t)]}）` : all;
  });
}

export function fmtClock(t: DateTime): string {
  return t.hour === 0 && t.minute === 0 ? '24:00' : `${t.hour}:${String(t.minute).padStart(2, '0')}`;
}

/** "还有3小时" / "还有45分钟" when `to` is less than a day after `from`; otherwise "". */
export function countdown(from: DateTime, to: DateTime): string {
  // epoch milliseconds: what luxon's diff in minutes computes, without its Duration objects
  const minutes = Math.ceil((to.toMillis() - from.toMillis()) / 60_000);
  if (minutes <= 0 || minutes > 24 * 60) return '';
  if (minutes < 60) return `还有${minutes}分钟`;
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m >= 10 ? `还有${h}小时${m}分钟` : `还有${h}小时`;
}

/** A name cut into its plain text and its bracketed details (nested brackets stay inside their detail; an unclosed one is plain text). */
export function labelParts(name: string): { text: string; detail: boolean }[] {
  const parts: { text: string; detail: boolean }[] = [];
  const push = (text: string, detail: boolean) => {
    const last = parts[parts.length - 1];
    if (last && !last.detail && !detail) last.text += text;
    else parts.push({ text, detail });
  };
  for (let i = 0; i < name.length; ) {
    const end = name[i] === '（' ? closingBracket(name, i) : -1;
    if (end < 0) push(name[i++]!, false);
    else {
      push(name.slice(i, end + 1), true);
      i = end + 1;
    }
  }
  return parts;
}

function closingBracket(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    if (s[i] === '（') depth++;
    else if (s[i] === '）' && --depth === 0) return i;
  }
  return -1;
}

/** "城乡居民医保（含大学生）参保登记、变更、核定" → "城乡居民医保参保登记、变更、核定": without bracketed detail. */
export function shortLabel(name: string): string {
  const short = labelParts(name)
    .filter((p) => !p.detail)
    .map((p) => p.text)
    .join('');
  return short.trim() || name;
}

/** each business's short name, made once per knowledge load */
const shortNames = new WeakMap<Business, string>();

/** A business's name without its bracketed detail. */
export function shortName(b: Business): string {
  let short = shortNames.get(b);
  if (short === undefined) shortNames.set(b, (short = shortLabel(b.name)));
  return short;
}
