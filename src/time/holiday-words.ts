// The public holidays a question may name, and the shape of their dates by year
// (src/time/holiday-dates.json, written by `npm run gen:holidays`).

export const HOLIDAY_KEYS = ['元旦', '春节', '清明', '劳动节', '端午', '中秋', '国庆'] as const;
export type HolidayKey = (typeof HOLIDAY_KEYS)[number];

/** One holiday in one year: its day, and the days off around it (YYYY-MM-DD). */
export interface HolidayYear {
  day: string;
  first: string;
  last: string;
  /** first..last is the State Council's arrangement; otherwise a simplification (see bin/gen-holidays.ts) */
  official: boolean;
}

export interface HolidayDates {
  generatedBy: string;
  years: Record<string, Record<HolidayKey, HolidayYear>>;
}

/**
 * How a question names each holiday: [words, holiday, days from the holiday's day, a night (its evening)].
 * 除夕 is the eve of 春节, 跨年夜 the night before 元旦: on an eve, 12点/零点 is the midnight that ends it.
 */
export const HOLIDAY_WORDS: [string, HolidayKey, number, night?: true][] = [
  ['跨年夜', '元旦', -1, true],
  ['跨年那晚', '元旦', -1, true],
  ['元旦前夜', '元旦', -1, true],
  ['元旦前一晚', '元旦', -1, true],
  ['跨年', '元旦', -1, true],
  ['大年夜', '春节', -1, true],
  ['春节前夜', '春节', -1, true],
  ['元旦节', '元旦', 0],
  ['元旦', '元旦', 0],
  ['大年三十', '春节', -1],
  ['年三十', '春节', -1],
  ['除夕夜', '春节', -1, true],
  ['除夕', '春节', -1],
  ['大年初一', '春节', 0],
  ['春节', '春节', 0],
  ['过年', '春节', 0],
  ['清明节', '清明', 0],
  ['清明', '清明', 0],
  ['劳动节', '劳动节', 0],
  ['五一', '劳动节', 0],
  ['端午节', '端午', 0],
  ['端午', '端午', 0],
  ['中秋节', '中秋', 0],
  ['中秋', '中秋', 0],
  ['国庆节', '国庆', 0],
  ['国庆', '国庆', 0],
  ['十一', '国庆', 0],
];

/** Fixed-date holidays, for a year the generated table does not reach. */
export const FIXED_HOLIDAYS: Partial<Record<HolidayKey, { month: number; day: number; days: number }>> = {
  元旦: { month: 1, day: 1, days: 1 },
  劳动节: { month: 5, day: 1, days: 1 },
  国庆: { month: 10, day: 1, days: 7 },
};

/** Numerals that name a holiday (五一, 十一) only with a word that makes them one: 十一期间, 五一前, 十一假期. */
export const NUMERAL_HOLIDAYS = new Set(['五一', '十一']);
