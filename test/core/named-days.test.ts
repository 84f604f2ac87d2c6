// Named days and parts of days in a question: public holidays (their day, their days
// off, the day before and after), the weekend, after work, dusk, a morning or an
// afternoon — each resolved against the moment of asking (Asia/Shanghai).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DateTime } from 'luxon';
import { afterAll, describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/assistant.ts';
import { resolveWhen, type TimeRef } from '../../src/time/when.ts';
import { KNOWLEDGE_DIR, ROOT, firstLine, removeTempDirs, runTsx, sh, tempDir } from '../support/helpers.ts';

afterAll(removeTempDirs);

const iso = (t: DateTime) => t.toISO();
/** [from, to) as the citizen means it; a whole day is written as its date alone. */
function expectSpan(r: TimeRef, from: string, to: string) {
  const full = (s: string) => (s.includes('T') ? s : `${s}T00:00`);
  expect(r.explicit).toBe(true);
  expect([iso(r.from), iso(r.to)]).toEqual([iso(sh(full(from))), iso(sh(full(to)))]);
}
/** One whole calendar day. */
const expectDay = (r: TimeRef, day: string) => expectSpan(r, day, iso(sh(`${day}T00:00`).plus({ days: 1 }))!.slice(0, 16));

/** Asked in early summer, so that each year's holidays are that year's. */
const JUNE_2021 = sh('2021-06-01T09:00');
const JUNE_2025 = sh('2025-06-20T09:00');

describe('public holidays, by year', () => {
  // [question, asked, the holiday's day, its days off: first, day after the last]
  const cases: [string, DateTime, string, string, string][] = [
    ['元旦', sh('2021-01-20T09:00'), '2021-01-01', '2021-01-01', '2021-01-04'],
    ['元旦', sh('2025-01-20T09:00'), '2025-01-01', '2025-01-01', '2025-01-02'],
    ['春节', sh('2021-01-20T09:00'), '2021-02-12', '2021-02-11', '2021-02-18'],
    ['春节', sh('2025-01-10T09:00'), '2025-01-29', '2025-01-28', '2025-02-05'],
    ['清明', sh('2021-03-20T09:00'), '2021-04-04', '2021-04-03', '2021-04-06'],
    ['清明节', sh('2025-03-20T09:00'), '2025-04-04', '2025-04-04', '2025-04-07'],
    ['劳动节', sh('2021-04-20T09:00'), '2021-05-01', '2021-05-01', '2021-05-06'],
    ['五一', sh('2025-04-20T09:00'), '2025-05-01', '2025-05-01', '2025-05-06'],
    ['端午', JUNE_2021, '2021-06-14', '2021-06-12', '2021-06-15'],
    ['端午节', sh('2025-05-20T09:00'), '2025-05-31', '2025-05-31', '2025-06-03'],
    ['中秋', sh('2021-08-20T09:00'), '2021-09-21', '2021-09-19', '2021-09-22'],
    // 2025: 中秋 (10-06) fell inside the National Day break, which was one of eight days
    ['中秋节', JUNE_2025, '2025-10-06', '2025-10-01', '2025-10-09'],
    ['国庆', JUNE_2021, '2021-10-01', '2021-10-01', '2021-10-08'],
    ['国庆节', JUNE_2025, '2025-10-01', '2025-10-01', '2025-10-09'],
  ];

  it.each(cases)('%s (asked %s): its day, its days off, the day before and after them', (word, at, day, first, end) => {
    expectDay(resolveWhen(`${word}那天医院能刷医保卡吗`, at), day);
    expectSpan(resolveWhen(`${word}期间医院能刷医保卡吗`, at), first, end);
    expectSpan(resolveWhen(`${word}假期能去窗口办参保吗`, at), first, end);
    expectDay(resolveWhen(`${word}前还能交医保吗`, at), iso(sh(`${first}T00:00`).minus({ days: 1 }))!.slice(0, 10));
    expectDay(resolveWhen(`${word}后能报销吗`, at), end);
  });

  it('十一 and 五一 are holidays only with a word that says so', () => {
    expectSpan(resolveWhen('十一期间异地就医能结算吗', JUNE_2021), '2021-10-01', '2021-10-08');
    expectSpan(resolveWhen('五一放假能办社保吗', sh('2021-04-20T09:00')), '2021-05-01', '2021-05-06');
    expect(resolveWhen('医保大厅在十一楼吗', JUNE_2021).explicit).toBe(false);
    expectDay(resolveWhen('十一月三号能办吗', JUNE_2021), '2021-11-03');
    expectDay(resolveWhen('二十一号能办吗', sh('2021-06-15T09:00')), '2021-06-21');
  });

  it('the year is the one nearest the moment of asking, inside the days off they are what is left', () => {
    // early February 2022: last October is nearer than next
    expectDay(resolveWhen('国庆能刷卡吗', sh('2022-02-01T09:00')), '2021-10-01');
    expectSpan(resolveWhen('国庆期间能刷卡吗', sh('2021-10-03T15:00')), '2021-10-03T15:00', '2021-10-08');
  });

  it('beyond the official arrangements: 春节 from 除夕 for 7 days, 国庆 10-01 to 10-07', () => {
    expectSpan(resolveWhen('春节期间能看门诊吗', sh('2030-01-10T09:00')), '2030-02-02', '2030-02-09');
    expectSpan(resolveWhen('国庆假期能看门诊吗', sh('2030-09-01T09:00')), '2030-10-01', '2030-10-08');
    expectDay(resolveWhen('除夕能刷卡吗', sh('2030-01-10T09:00')), '2030-02-02');
  });

  it('a time on a holiday is that moment', () => {
    const r = resolveWhen('元旦晚上8点能刷卡吗', sh('2021-12-20T09:00'));
    expect([iso(r.from), iso(r.to)]).toEqual([iso(sh('2022-01-01T20:00')), iso(sh('2022-01-01T20:00'))]);
  });
});

/** Thursday 2021-12-16 10:00. */
const THURSDAY = sh('2021-12-16T10:00');
/** Sunday 2021-12-12 10:00. */
const SUNDAY = sh('2021-12-12T10:00');

describe('weekends and parts of days', () => {
  it('周末 is Saturday and Sunday of this week; 下周末 of the next', () => {
    expectSpan(resolveWhen('周末医保窗口上班吗', THURSDAY), '2021-12-18', '2021-12-20');
    expectSpan(resolveWhen('这个周末能刷卡吗', THURSDAY), '2021-12-18', '2021-12-20');
    expectSpan(resolveWhen('下周末能刷卡吗', THURSDAY), '2021-12-25', '2021-12-27');
    // asked on Sunday morning: what is left of this weekend
    expectSpan(resolveWhen('周末能刷卡吗', SUNDAY), '2021-12-12T10:00', '2021-12-13');
  });

  it('下班后 is from 18:00 to midnight, today unless a day is named', () => {
    expectSpan(resolveWhen('下班后去药店能用医保吗', THURSDAY), '2021-12-16T18:00', '2021-12-17');
    expectSpan(resolveWhen('明天下班以后还能交费吗', THURSDAY), '2021-12-17T18:00', '2021-12-18');
  });

  it('傍晚 is 17:00–19:00; 上午 and 下午 are the halves of the named day', () => {
    expectSpan(resolveWhen('傍晚还能去窗口吗', THURSDAY), '2021-12-16T17:00', '2021-12-16T19:00');
    expectSpan(resolveWhen('周五下午能办吗', THURSDAY), '2021-12-17T12:00', '2021-12-17T18:00');
    expectSpan(resolveWhen('后天上午能办吗', THURSDAY), '2021-12-18T00:00', '2021-12-18T12:00');
    // asked mid-afternoon: the rest of it
    expectSpan(resolveWhen('今天下午能办吗', sh('2021-12-16T15:20')), '2021-12-16T15:20', '2021-12-16T18:00');
  });

  it('a greeting names no time: 晚上好 is asked about now', () => {
    const r = resolveWhen('晚上好，医保什么时候恢复', THURSDAY);
    expect([r.explicit, iso(r.from)]).toEqual([false, iso(THURSDAY)]);
  });
});

describe('what the citizen reads', () => {
  it('the reply names the holiday and its dates, and what holds then', async () => {
    const bot = await createAssistant({ knowledgeDir: KNOWLEDGE_DIR });
    const during = firstLine((await bot.ask({ text: '武汉元旦期间去药店能刷医保卡吗', at: '2021-12-20T10:00' })).text);
    expect(during).toContain('元旦期间（2022年1月1日至2022年1月3日）已恢复');
    const weekend = firstLine((await bot.ask({ text: '长沙这个周末看门诊还能用医保吗', at: '2021-10-27T10:00' })).text);
    expect(weekend).toMatch(/10月31日18:00前仍可以正常办理；10月31日18:00起暂停/);
  });
});

describe('the holiday table', () => {
  it('is what `npm run gen:holidays` writes today (run it again after updating lunar-typescript)', () => {
    const out = join(tempDir('holidays-'), 'holiday-dates.json');
    const r = runTsx(join(ROOT, 'bin', 'gen-holidays.ts'), out);
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(join(ROOT, 'src', 'time', 'holiday-dates.json'), 'utf8'));
  });
});
