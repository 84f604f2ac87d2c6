// Dates and times in a question, resolved against the moment of asking
// (Asia/Shanghai): the period the citizen is asking about.
import type { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { resolveWhen, statedMoments, type TimeRef } from '../../src/time/when.ts';
import { sh } from '../support/helpers.ts';

/** Sunday 2021-12-12 10:00, the example moment. */
const SUNDAY = sh('2021-12-12T10:00');
/** Thursday 2021-12-16 10:00. */
const THURSDAY = sh('2021-12-16T10:00');

const iso = (t: DateTime) => t.toISO();

/** A whole day (or what is left of it) named by the question. */
function expectPeriod(r: TimeRef, from: string, to: string) {
  expect(r.explicit).toBe(true);
  expect(iso(r.from)).toBe(iso(sh(from)));
  expect(iso(r.to)).toBe(iso(sh(to)));
}

/** A single moment named by the question. */
function expectMoment(r: TimeRef, at: string) {
  expectPeriod(r, at, at);
}

describe('resolveWhen: dates', () => {
  it.each(['12月25日', '12月25号', '十二月二十五日', '十二月二十五号', '2021-12-25', '2021年12月25日'])('%s → all of 2021-12-25', (q) => {
    expectPeriod(resolveWhen(`${q}在武汉看门诊能用医保吗`, SUNDAY), '2021-12-25T00:00', '2021-12-26T00:00');
  });

  it('今天 is the rest of today', () => {
    expectPeriod(resolveWhen('今天能刷医保卡吗', SUNDAY), '2021-12-12T10:00', '2021-12-13T00:00');
  });

  it('明天 and 后天 are the next days, whole', () => {
    expectPeriod(resolveWhen('明天能办吗', SUNDAY), '2021-12-13T00:00', '2021-12-14T00:00');
    expectPeriod(resolveWhen('后天能办吗', SUNDAY), '2021-12-14T00:00', '2021-12-15T00:00');
  });

  it('今晚 is 18:00–24:00 today (from now when asked in the evening)', () => {
    expectPeriod(resolveWhen('今晚还能刷卡吗', SUNDAY), '2021-12-12T18:00', '2021-12-13T00:00');
    expectPeriod(resolveWhen('今晚还能刷卡吗', sh('2021-12-12T20:15')), '2021-12-12T20:15', '2021-12-13T00:00');
  });

  it('下周一 is Monday of next week', () => {
    expectPeriod(resolveWhen('下周一能办吗', THURSDAY), '2021-12-20T00:00', '2021-12-21T00:00');
    expectPeriod(resolveWhen('下星期一能办吗', THURSDAY), '2021-12-20T00:00', '2021-12-21T00:00');
  });

  it('a bare 周五 is the coming Friday, never a past one', () => {
    expectPeriod(resolveWhen('周五能办吗', THURSDAY), '2021-12-17T00:00', '2021-12-18T00:00');
    // asked on Sunday: this week's Friday (12-10) is past, so the next one
    expectPeriod(resolveWhen('周五能办吗', SUNDAY), '2021-12-17T00:00', '2021-12-18T00:00');
  });

  it('a year-less date takes the year nearest the moment of asking', () => {
    expectPeriod(resolveWhen('12月25号能刷卡吗', sh('2022-01-03T10:00')), '2021-12-25T00:00', '2021-12-26T00:00');
    expectPeriod(resolveWhen('1月5日能刷卡吗', SUNDAY), '2022-01-05T00:00', '2022-01-06T00:00');
  });
});

describe('resolveWhen: times', () => {
  it('晚上8点, 下午三点 and 17:30 are moments today', () => {
    expectMoment(resolveWhen('晚上8点还能刷卡吗', SUNDAY), '2021-12-12T20:00');
    expectMoment(resolveWhen('下午三点还能办吗', SUNDAY), '2021-12-12T15:00');
    expectMoment(resolveWhen('17:30以后还能办吗', SUNDAY), '2021-12-12T17:30');
  });

  it('"12月14日24:00" is 12-15 00:00, as the notice means it', () => {
    expectMoment(resolveWhen('12月14日24:00以后还能交医保吗', SUNDAY), '2021-12-15T00:00');
    expectMoment(resolveWhen('12月14日24时以后还能交医保吗', SUNDAY), '2021-12-15T00:00');
  });

  it('a date with a time is that moment', () => {
    expectMoment(resolveWhen('12月25号晚上8点能刷卡吗', SUNDAY), '2021-12-25T20:00');
    expectMoment(resolveWhen('十二月三十一日晚上十一点能刷卡吗', SUNDAY), '2021-12-31T23:00');
    expectMoment(resolveWhen('明天上午10点能办吗', SUNDAY), '2021-12-13T10:00');
  });

  it('今晚8点 / 明晚8点 are 20:00, not 08:00', () => {
    expectMoment(resolveWhen('今晚8点还能刷医保卡吗', sh('2021-12-22T10:00')), '2021-12-22T20:00');
    expectMoment(resolveWhen('明晚8点还能刷医保卡吗', sh('2021-12-22T10:00')), '2021-12-23T20:00');
  });
});

describe('resolveWhen: no false positives', () => {
  it.each(['快一点', '打12333问一下', '恢复后3个月内补办', '027-87812393', '0731-84683816', '2022年度城乡居民医保', '武汉医保什么时候恢复'])(
    '%s names no date or time',
    (q) => {
      const r = resolveWhen(q, SUNDAY);
      expect(r.explicit).toBe(false);
      expect(r.matched).toEqual([]);
      expect(iso(r.from)).toBe(iso(SUNDAY));
      expect(iso(r.to)).toBe(iso(SUNDAY));
    },
  );

  it('a numbered counter or building (1号窗口) is not a date', () => {
    expect(resolveWhen('去医保中心1号窗口办吗', SUNDAY).explicit).toBe(false);
  });
});

describe('statedMoments: what a notice says, without a moment of asking', () => {
  const said = (text: string) => statedMoments(text).map(({ year, month, day, hour, minute }) => [year, month, day, hour, minute]);

  it.each([
    ['2021年12月14日17:30起', [2021, 12, 14, 17, 30]],
    ['2021年12月14日17时30分起', [2021, 12, 14, 17, 30]],
    ['12月14日下午5点半起', [undefined, 12, 14, 17, 30]],
    ['2021年12月14日24:00前', [2021, 12, 14, 24, 0]],
    ['12月14日24时起', [undefined, 12, 14, 24, 0]],
    ['12月15日0时起', [undefined, 12, 15, 0, 0]],
    ['12月14日中午12点', [undefined, 12, 14, 12, 0]],
    ['2021年10月22日（星期五）18时', [2021, 10, 22, 18, 0]],
    ['十二月三十一日晚上十一点', [undefined, 12, 31, 23, 0]],
    ['2021年12月14日起', [2021, 12, 14, undefined, undefined]],
  ])('%s', (text, moment) => {
    expect(said(text)).toEqual([moment]);
  });

  it('reads every date of a range', () => {
    expect(said('12月1日中午12点至12月3日17时30分')).toEqual([
      [undefined, 12, 1, 12, 0],
      [undefined, 12, 3, 17, 30],
    ]);
    expect(said('12月14日至16日')).toEqual([
      [undefined, 12, 14, undefined, undefined],
      [undefined, 12, 16, undefined, undefined],
    ]);
  });

  it('a time that does not follow its date belongs to no date', () => {
    expect(said('12月14日起，每天17:30后')).toEqual([[undefined, 12, 14, undefined, undefined]]);
  });

  it.each(['明天17:30', '周五下午', '17:30前办理', '2022年度城乡居民医保', '027-87812393', '12月32日'])('%s states no date', (text) => {
    expect(statedMoments(text)).toEqual([]);
  });
});
