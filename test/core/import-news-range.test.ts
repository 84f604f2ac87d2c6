// A newspaper's web article retelling a notice: each business resumes in the same sentence that
// stops it ("…起暂停X，至13日9时恢复", "…暂停X，14日9时恢复"), with a day and no month; a range that
// ends 次日 ("11日晚9时至次日7时，X也将暂停一晚"); "A以及B将全面暂停，D日恢复" resumes both.
// Wording of its own, not any notice's.
import { afterAll, describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/assistant.ts';
import { removeTempDirs } from '../support/helpers.ts';
import { draft } from '../support/import-support.ts';

afterAll(removeTempDirs);

const paragraphs = [
  '本报讯 记者从市医疗保障局获悉，为接入全国统一的医保信息平台，青禾市将对医保信息系统进行切换，期间部分医保业务分批暂停。',
  '首先暂停的是参保缴费业务。9月6日16时起，全市医保经办大厅及网上渠道暂停办理灵活就业人员医保缴费、参保关系转移接续等业务，至13日9时恢复。',
  '随后，其他业务分批暂停：8日起，异地就医备案暂停受理，至15日恢复；10日17时起，门诊慢特病资格认定暂停办理，14日9时恢复。',
  '为配合数据迁移，11日晚9时至次日7时，“青禾医保”小程序的个人账户余额查询服务也将暂停一晚。',
  '12日晚10时起，全市定点医院的医保住院结算以及定点药店的医保购药结算将全面暂停，13日8时恢复。',
];
const article = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>青禾医保系统切换 部分业务分批暂停_青禾日报</title></head>
<body><div class="article"><h1>青禾医保系统切换 部分业务分批暂停</h1>
<div class="info">2024-09-02 08:40　来源：青禾日报　作者：林溪</div>
<div class="content">${paragraphs.map((p) => `<p>\u3000\u3000${p}</p>`).join('\n')}</div></div></body></html>`;

const windowOf = (facts: Record<string, any>, part: string) => {
  const b = (facts.businesses as any[]).find((x) => x.name.includes(part));
  const w = b?.windows[0];
  return w && [w.suspend, w.resume ?? null];
};

describe('a news article that resumes each business in the sentence that stops it', () => {
  it('drafts each business with its stop and its resumption, a monthless day in the month of the stop', async () => {
    const d = await draft(article, 'qinghe-news.html');
    expect(windowOf(d.facts, '医保缴费')).toEqual(['2024-09-06T16:00', '2024-09-13T09:00']);
    expect(windowOf(d.facts, '转移接续')).toEqual(['2024-09-06T16:00', '2024-09-13T09:00']);
    expect(windowOf(d.facts, '异地就医备案')).toEqual(['2024-09-08T00:00', '2024-09-15T00:00']);
    expect(windowOf(d.facts, '慢特病')).toEqual(['2024-09-10T17:00', '2024-09-14T09:00']);
    expect(windowOf(d.facts, '住院结算')).toEqual(['2024-09-12T22:00', '2024-09-13T08:00']);
    expect(windowOf(d.facts, '购药结算')).toEqual(['2024-09-12T22:00', '2024-09-13T08:00']);
    d.load();
  });

  it('reads "D日晚9时至次日7时" as a night ending the day after, and keeps "也将…一晚" out of the name', async () => {
    const d = await draft(article, 'qinghe-news.html');
    expect(windowOf(d.facts, '余额查询')).toEqual(['2024-09-11T21:00', '2024-09-12T07:00']);
    const names = (d.facts.businesses as any[]).map((b) => b.name as string);
    expect(names.filter((n) => /一晚|也$|将$/.test(n))).toEqual([]);
  });

  it('drafts no business out of the lead "其他业务分批暂停：8日起"', async () => {
    const d = await draft(article, 'qinghe-news.html');
    expect((d.facts.businesses as any[]).map((b) => b.name)).not.toContainEqual(expect.stringMatching(/分批|日起/));
  });

  it('answers when a business resumes', async () => {
    const d = await draft(article, 'qinghe-news.html');
    const bot = await createAssistant({ knowledge: d.load() });
    const ask = async (text: string) => String((await bot.ask({ text, at: '2024-09-11T10:00:00+08:00' }))?.text ?? '');
    expect(await ask('门诊慢特病资格认定什么时候恢复')).toMatch(/9月14日.*9:00|9月14日.*9时/);
    expect(await ask('灵活就业人员医保缴费什么时候恢复')).toMatch(/9月13日.*9:00|9月13日.*9时/);
  });
});
