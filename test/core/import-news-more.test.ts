// A news article in its own words: days given as a weekday with the date in brackets, a district
// list in prose, and a resumption that counts the kinds just stopped ("两类…均于…恢复").
import { afterAll, describe, expect, it } from 'vitest';
import { removeTempDirs } from '../support/helpers.ts';
import { draft } from '../support/import-support.ts';

afterAll(removeTempDirs);

const page = (body: string) =>
  `[首页](https://news.example.cn/) > 民生\n\n# 社保系统升级 本周五起部分业务暂停\n\n来源：溪口日报\u3000\u3000发布时间：2024-09-09 10:20\n\n---\n\n${body}\n`;
const windowsOf = (facts: Record<string, any>, part: string) =>
  (facts.businesses as any[]).filter((b) => b.name.includes(part)).map((b) => [b.windows[0]?.suspend, b.windows[0]?.resume ?? null]);

describe('a weekday with its day in brackets', () => {
  it('is the bracketed day, in the month of the article, and names no business', async () => {
    const body = '溪口讯 因系统切换，本周五（13日）18时起，全区暂停办理养老保险关系转移、退休待遇核定等业务，至23日（周一）上午9时恢复。';
    const d = await draft(page(body));
    expect(windowsOf(d.facts, '关系转移')).toEqual([['2024-09-13T18:00', '2024-09-23T09:00']]);
    expect(windowsOf(d.facts, '待遇核定')).toEqual([['2024-09-13T18:00', '2024-09-23T09:00']]);
    expect((d.facts.businesses as any[]).map((b) => b.name).join()).not.toMatch(/周|星期/);
    d.load();
  });

  it('reads "下周一（16日）起" as the 16th', async () => {
    const d = await draft(page('另据了解，城乡居民医保参保缴费自下周一（16日）起暂停。'));
    expect(windowsOf(d.facts, '缴费')[0]?.[0]).toBe('2024-09-16T00:00');
    d.load();
  });
});

describe('a district list in prose', () => {
  it('after "各县（市、区）咨询电话为：" gives each place its own district line', async () => {
    const body = '溪口讯 9月13日18时起异地就医备案暂停办理。各县（市、区）咨询电话为：临江区0576-86000011、石门县0576-86000022、青田市0576-86000033。';
    const d = await draft(page(body));
    const districts = (d.facts.contacts as any[]).filter((c) => c.level === 'district');
    expect(districts.map((c) => [c.unit, c.phones[0].number ?? c.phones[0]])).toEqual([
      ['临江区', '0576-86000011'],
      ['石门县', '0576-86000022'],
      ['青田市', '0576-86000033'],
    ]);
    d.load();
  });
});

describe('a resumption that counts the kinds just stopped', () => {
  it.each([
    ['两类业务均于', '9月20日20时起，异地就医备案和门诊慢特病待遇认定暂停办理。两类业务均于22日（周日）上午8时30分恢复。'],
    ['这两项均于', '9月20日20时起，异地就医备案、医保关系转移暂停办理。这两项均于22日上午8时30分恢复。'],
  ])('"%s…恢复" resumes both businesses of the sentence before', async (_, body) => {
    const d = await draft(page(body));
    const all = (d.facts.businesses as any[]).map((b) => [b.windows[0]?.suspend, b.windows[0]?.resume ?? null]);
    expect(all).toHaveLength(2);
    expect(all).toEqual([
      ['2024-09-20T20:00', '2024-09-22T08:30'],
      ['2024-09-20T20:00', '2024-09-22T08:30'],
    ]);
    d.load();
  });
});
