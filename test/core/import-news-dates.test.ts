// A TV station's news page saved as Markdown: the date on the page's info line (shared with the
// source and the editor), and ranges whose second day leaves out the month. Written here in its own words.
import { afterAll, describe, expect, it } from 'vitest';
import { removeTempDirs } from '../support/helpers.ts';
import { draft } from '../support/import-support.ts';

afterAll(removeTempDirs);

const page = (infoLine: string, body: string) =>
  `[首页](https://tv.example.cn/) > [资讯](https://tv.example.cn/news/) > 民生\n\n# 社保系统迁移 下周起青禾部分医保业务暂停\n\n${infoLine}\n\n---\n\n${body}\n`;
const INFO = '来源：青禾广电融媒体中心\u3000\u3000发布时间：2023-03-06 09:15\u3000\u3000责任编辑：周岚';
const windowOf = (facts: Record<string, any>, part: string) => {
  const w = (facts.businesses as any[]).find((b) => b.name.includes(part))?.windows[0];
  return w && [w.suspend, w.resume ?? null];
};

describe('the date on a news page info line', () => {
  it('is the publication date, and gives its year to days written without one', async () => {
    const d = await draft(page(INFO, '青禾台讯（记者 周岚）记者从市医保局了解到，3月11日9时起异地就医备案暂停办理。'));
    expect(d.facts.published).toBe('2023-03-06');
    expect(windowOf(d.facts, '备案')).toEqual(['2023-03-11T09:00', null]);
    d.load();
  });

  it('without a publication date, takes the year of a full date in the text', async () => {
    const d = await draft(page('来源：青禾广电融媒体中心', '市医保局2023年3月6日发布通知，3月11日9时起异地就医备案暂停办理。'));
    expect(windowOf(d.facts, '备案')?.[0]).toBe('2023-03-11T09:00');
    d.load();
  });

  it('with no full date anywhere, flags the year it had to guess', async () => {
    const d = await draft(page('来源：青禾广电融媒体中心', '记者从市医保局了解到，3月11日9时起异地就医备案暂停办理。'));
    expect(d.result.factsYaml).toMatch(/# 请核对：年份未写明，公告也无日期/);
  });
});

describe('a range whose second day leaves out the month', () => {
  it('reads "从A暂停至B" as a stop at A and a resumption at B, in the month of A', async () => {
    const body = '青禾台讯 记者获悉，其中影响最大的定点药店医保结算，将从3月11日晚8点暂停至13日早上8点。';
    const d = await draft(page(INFO, body));
    expect(windowOf(d.facts, '药店')).toEqual(['2023-03-11T20:00', '2023-03-13T08:00']);
    d.load();
  });

  it('gives a day with no month the month of the date before it, across sentences', async () => {
    const body = '异地就医备案3月10日17时起暂停，12日上午8点半恢复。灵活就业人员医保缴费10日晚12点（11日零点）起暂停，16日上午9点恢复。';
    const d = await draft(page(INFO, body));
    expect(windowOf(d.facts, '备案')).toEqual(['2023-03-10T17:00', '2023-03-12T08:30']);
    expect(windowOf(d.facts, '缴费')).toEqual(['2023-03-10T24:00', '2023-03-16T09:00']);
    expect((d.facts.businesses as any[]).map((b) => b.name)).not.toContainEqual(expect.stringContaining('零点'));
    d.load();
  });
});
