// "当晚8点", "次日上午8时30分", "同一天下午5点半": a day named by the date written before it.
// A notice (and a quote of it) means the date it has just named; written out as that date, the
// moment reads like any other (statedMoments). The importer and kb:check read them alike.
import { statedMoments } from './when.ts';

/** a relative day, when a time of day follows it (so that "当天" alone, "次日起" stay words) */
export const RELATIVE_DAY =
  /(同一天|同一日|同日|当天|当日|当晚|当夜|次日|第二天|翌日|次晚)(?=\s*(凌晨|早上|早晨|上午|中午|下午|傍晚|晚上|晚间|夜里|夜间|晚)?\s*[零〇一二三四五六七八九十两\d])/g;

/**
 * The words for the day `word` means after the date `date` (YYYY-MM-DD): "当晚" after 7月22日 is
 * "7月22日晚", "次日" is "7月23日"; `withYear` writes the year too (when the text had one).
 */
export function dayWords(word: string, date: string, withYear: boolean): string {
  const day = /^(同|当)/.test(word) ? date : dayAfter(date);
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return `${withYear ? `${y}年` : ''}${m}月${d}日${/晚|夜/.test(word) ? '晚' : ''}`;
}

/**
 * "至22日早上8点", "21日上午8点半恢复", "25日恢复": a day written without its month, when a time or
 * 起/恢复 follows (so "（14日）", "（20日零点）", "30日内" stay words). It means the month of the date before it.
 */
const MONTHLESS_DAY =
  /(?<![月\d年（(])([1-9]|[12]\d|3[01])日(?=\s*(?:[（(](?:周|星期)[一二三四五六日天][）)])?\s*(?:(?:凌晨|早上|早晨|上午|中午|下午|傍晚|晚上|晚间|夜里|夜间|晚)?\s*[零〇一二三四五六七八九十两\d]|起|恢复|开始))/g;

/** "本周五（12日）", "下周一（15日）": the day in brackets is the day; the weekday before it only says it again */
const WEEKDAY_THEN_DAY = /(?:下下|下|这|本|上)?(?:个)?(?:周|星期|礼拜)[一二三四五六日天]\s*[（(]\s*([1-9]|[12]\d|3[01])\s*日\s*[）)]/g;

/**
 * Each day written without its month given the month (and year, when known) of the last date stated
 * before it in the text, else of `fallback` (YYYY-MM-DD: the date before the text, the notice's date).
 */
export function withMonths(text: string, fallback?: string): string {
  let out = text.replace(WEEKDAY_THEN_DAY, '$1日');
  let from = 0;
  for (let guard = 0; guard < 20; guard++) {
    MONTHLESS_DAY.lastIndex = from;
    const m = MONTHLESS_DAY.exec(out);
    if (!m) break;
    const before = statedMoments(out.slice(0, m.index)).at(-1);
    const [fy, fm] = fallback ? (fallback.split('-').map(Number) as [number, number]) : [];
    const month = before?.month ?? fm;
    const year = before ? before.year : fy;
    from = m.index + m[0].length;
    if (month === undefined) continue; // nothing to count from: left as written
    const words = `${year !== undefined ? `${year}年` : ''}${month}月${m[1]}日`;
    out = out.slice(0, m.index) + words + out.slice(from);
    from = m.index + words.length;
  }
  return out;
}

/**
 * A text read alone (a quote): each relative day written as the date it means, from the last date
 * stated before it in the text; `year` stands in for a date written without one (month lengths).
 * A day without its month takes the month of the date before it.
 */
export function resolveRelativeDays(text: string, year: number): string {
  return relativeDaysDated(withMonths(text), year);
}

/**
 * Each relative day of `text` written as a date: counted from the last date stated before it in the
 * text ("22日晚8时至次日8时30分": the day after the 22nd), else from `fallback` (YYYY-MM-DD), else left as written.
 */
export function relativeDaysDated(text: string, year: number, fallback?: string): string {
  let out = text;
  for (let guard = 0; guard < 20; guard++) {
    RELATIVE_DAY.lastIndex = 0;
    const m = RELATIVE_DAY.exec(out);
    if (!m) break;
    const before = statedMoments(out.slice(0, m.index)).at(-1);
    if (!before && !fallback) break; // nothing to count from: left as written
    const date = before ? `${before.year ?? year}-${String(before.month).padStart(2, '0')}-${String(before.day).padStart(2, '0')}` : fallback!;
    out = out.slice(0, m.index) + dayWords(m[0], date, before ? before.year !== undefined : true) + out.slice(m.index + m[0].length);
  }
  return out;
}

const dayAfter = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
