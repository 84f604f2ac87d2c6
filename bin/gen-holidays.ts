// `npm run gen:holidays [-- OUT]`: writes src/time/holiday-dates.json (or OUT), the dates of the
// public holidays for 2015–2040, so that the service needs no calendar library.
// The lunar holidays (春节, 端午, 中秋) and 清明 (a solar term) move from year to
// year; lunar-typescript (a devDependency, used only here) computes them. Where it
// also knows the State Council's official arrangement for that year, the holiday's
// period is that run of days off; elsewhere 春节 runs from 除夕 for 7 days and 国庆
// from 10-01 to 10-07, and the other holidays are their day alone.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { HolidayUtil, Lunar, Solar } from 'lunar-typescript';
import { HOLIDAY_KEYS, type HolidayDates, type HolidayKey } from '../src/time/holiday-words.ts';

const FIRST_YEAR = 2015;
const LAST_YEAR = 2040;
const OUT = process.argv[2] ? pathToFileURL(resolve(process.argv[2])) : new URL('../src/time/holiday-dates.json', import.meta.url);

const ymd = (s: Solar) => s.toYmd();
const addDays = (day: string, n: number) => ymd(Solar.fromYmd(+day.slice(0, 4), +day.slice(5, 7), +day.slice(8, 10)).next(n));

function dayOf(key: HolidayKey, year: number): string {
  switch (key) {
    case '元旦':
      return `${year}-01-01`;
    case '春节':
      return ymd(Lunar.fromYmd(year, 1, 1).getSolar());
    case '清明':
      return ymd(Lunar.fromYmd(year, 3, 1).getJieQiTable().清明!);
    case '劳动节':
      return `${year}-05-01`;
    case '端午':
      return ymd(Lunar.fromYmd(year, 5, 5).getSolar());
    case '中秋':
      return ymd(Lunar.fromYmd(year, 8, 15).getSolar());
    case '国庆':
      return `${year}-10-01`;
  }
}

/** The official days off around `day` (a run of consecutive days off that contains it), if the library knows that year's arrangement. */
function officialRun(day: string): [string, string] | undefined {
  const isOff = (d: string) => {
    const h = HolidayUtil.getHoliday(d);
    return !!h && !h.isWork();
  };
  if (!isOff(day)) return undefined;
  let first = day;
  let last = day;
  while (isOff(addDays(first, -1))) first = addDays(first, -1);
  while (isOff(addDays(last, 1))) last = addDays(last, 1);
  return [first, last];
}

function simplifiedRun(key: HolidayKey, day: string): [string, string] {
  if (key === '春节') return [addDays(day, -1), addDays(day, 5)]; // 除夕 and six days more
  if (key === '国庆') return [day, addDays(day, 6)];
  return [day, day];
}

const years: HolidayDates['years'] = {};
for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
  years[year] = Object.fromEntries(
    HOLIDAY_KEYS.map((key) => {
      const day = dayOf(key, year);
      const official = officialRun(day);
      const [first, last] = official ?? simplifiedRun(key, day);
      return [key, { day, first, last, official: !!official }];
    }),
  ) as HolidayDates['years'][string];
}
const data: HolidayDates = { generatedBy: 'npm run gen:holidays (lunar-typescript)', years };
// one line a holiday: a year's change reads as a few lines in a diff
const lines = Object.entries(years).flatMap(([year, holidays], i, all) => [
  `  ${JSON.stringify(year)}: {`,
  ...Object.entries(holidays).map(([key, h], j, hs) => `    ${JSON.stringify(key)}: ${JSON.stringify(h)}${j < hs.length - 1 ? ',' : ''}`),
  `  }${i < all.length - 1 ? ',' : ''}`,
]);
writeFileSync(OUT, `{\n "generatedBy": ${JSON.stringify(data.generatedBy)},\n "years": {\n${lines.join('\n')}\n }\n}\n`);
console.log(`wrote ${OUT.pathname}: ${LAST_YEAR - FIRST_YEAR + 1} years`);
