// The moments a sentence states, as facts.yaml writes them ("2021-12-14T24:00", local time
// as written: 24:00 and 0:00 stay as they are). The reading itself is the project's
// (statedMoments: 时/点/分/:, 上午/下午, a weekday in brackets); a missing year comes from
// the notice's date.
import { calendarMistake } from '../knowledge/times.ts';
import { relativeDaysDated, withMonths } from '../time/relative-days.ts';
import { statedMoments } from '../time/when.ts';

export interface Moment {
  /** "YYYY-MM-DDTHH:mm" */
  at: string;
  /** the words of the text that state it */
  words: string;
  /** where the words start in the sentence */
  index: number;
  /** why the reading may be wrong (no year, no time of day), for a 请核对 flag */
  doubt?: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `reference`: the notice's date (YYYY-MM-DD) or another full date of it, to give a year to "12月14日". */
export function momentsIn(sentence: string, reference: string | undefined): Moment[] {
  let from = 0;
  const read = statedMoments(sentence).map((m) => {
    const index = sentence.indexOf(m.words, from);
    from = index + m.words.length;
    const doubts: string[] = [];
    let year = m.year;
    if (year === undefined) {
      year = yearNear(m.month, reference);
      doubts.push(reference ? `年份未写明，按公告日期取 ${year} 年` : `年份未写明，公告也无日期：按 ${year} 年`);
    }
    if (m.hour === undefined) doubts.push('未写明几点，暂按当天 0:00；公告只给日期时可改为只写日期 YYYY-MM-DD（回复不报时刻）');
    return {
      at: `${year}-${pad(m.month)}-${pad(m.day)}T${pad(m.hour ?? 0)}:${pad(m.minute ?? 0)}`,
      words: m.words,
      index,
      doubt: doubts.length ? doubts.join('；') : undefined,
    };
  });
  return read.filter((m) => !calendarMistake(m.at)); // 2月30日 is no moment to stop at
}

/** The day of the first moment of the last sentence that states one (YYYY-MM-DD): what "同一天" of the next means. */
export interface LastDay {
  date?: string;
}

/**
 * One sentence's clauses with each relative day ("同一天下午5点半", "当晚8点", "次日零时") written as the
 * date it means, for reading moments (quotes keep the words): within the sentence the date just named ("3月23日完成…，次日零时起"),
 * before any, the day the sentence before began with.
 */
export function withDays(clauses: string[], last: LastDay, reference: string | undefined): string[] {
  let first: string | undefined;
  let latest = last.date;
  const read = clauses.map((clause) => {
    // "至22日早上8点": the month of the date before; "22日晚8时至次日8时30分": the day after the clause's own date
    const dated = withMonths(clause, latest ?? reference);
    const text = withMonths(relativeDaysDated(dated, Number((latest ?? reference ?? '').slice(0, 4)) || new Date().getFullYear(), latest), latest ?? reference);
    const moments = momentsIn(text, reference);
    if (moments.length) latest = moments[moments.length - 1]!.at.slice(0, 10);
    first ??= moments[0]?.at.slice(0, 10);
    return text;
  });
  if (first) last.date = first;
  return read;
}

/** The year that puts the month nearest to the reference date (a December notice's "1月5日" is next year's). */
function yearNear(month: number, reference: string | undefined): number {
  if (!reference) return new Date().getFullYear();
  const [y, m] = reference.split('-').map(Number) as [number, number];
  if (month - m > 6) return y - 1;
  if (m - month > 6) return y + 1;
  return y;
}

/** The first full date (with a year) of a text, as YYYY-MM-DD: a reference when the notice has no date. */
export function firstFullDate(text: string): string | undefined {
  const m = statedMoments(text).find((x) => x.year !== undefined);
  return m ? `${m.year}-${pad(m.month)}-${pad(m.day)}` : undefined;
}
