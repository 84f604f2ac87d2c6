// The importer on a "温馨提示" forwarded in a chat group and pasted as text: stops said by what
// cannot be done (都刷不了, 办不了, 交不了), "…以后暂停", days written with 号, 【heading】 lines naming
// the business of the lines under them, emoji as noise, and the city and issuer from the closing
// signature. Wording of its own, not any notice's.
import { afterAll, describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/assistant.ts';
import { removeTempDirs } from '../support/helpers.ts';
import { draft } from '../support/import-support.ts';

afterAll(removeTempDirs);

const tip = [
  '【扩散】医保系统换新啦🎉下礼拜医保卡要停几天，大家互相转告🙏',
  '',
  '🩺【门诊住院刷医保】',
  '9月5日（周六）晚上10点到8号（周二）早上7点半，全市定点医院和定点药店都刷不了医保，医保码也用不了。',
  '👉停机期间先垫钱，单据留好‼️',
  '',
  '🚄【异地就医备案】',
  '9月4日傍晚6点到9号（周三）上午8点半，网上和窗口都办不了备案👇',
  '',
  '💰【灵活就业医保缴费】',
  '9月3日（周四）下午3点以后暂停缴费，银行也交不了，9月10号（周四）恢复。',
  '',
  '🧾【零星报销】',
  '报销窗口9月5号起暂停受理，什么时候恢复等通知。',
  '',
  '☎️不清楚的打（工作日）：市医保服务中心 0000-2223333',
  '',
  '——鹰潭市医疗保障局',
].join('\n');

const named = (facts: Record<string, any>, part: string) => (facts.businesses as any[]).find((b) => b.name.includes(part));
const windowOf = (facts: Record<string, any>, part: string) => {
  const w = named(facts, part)?.windows[0];
  return w && [w.suspend, w.resume ?? w.resume_mode ?? null];
};

describe('a tip forwarded in a chat group', () => {
  it('drafts a folder that kb:check accepts, its city and issuer from the signature, its missing year flagged', async () => {
    const d = await draft(tip, 'tip.txt');
    d.load();
    expect(d.facts.city.name).toBe('鹰潭');
    expect(d.facts.issuers).toEqual(['鹰潭市医疗保障局']);
    expect(d.result.factsYaml).toMatch(/请核对：年份未写明/);
    expect(d.result.noticeMd).not.toMatch(/\p{Extended_Pictographic}/u);
  });

  it('reads "A到B，X都刷不了/办不了" as X stopped at A and back at B, 号 as a day', async () => {
    const d = await draft(tip, 'tip.txt');
    const settled = (d.facts.businesses as any[]).filter((b) => b.facets.what?.includes('结算'));
    expect(settled.length).toBeGreaterThan(0);
    for (const b of settled) expect([b.windows[0].suspend, b.windows[0].resume]).toEqual(['2026-09-05T22:00', '2026-09-08T07:30']);
    expect(windowOf(d.facts, '备案')).toEqual(['2026-09-04T18:00', '2026-09-09T08:30']);
  });

  it('names a business by its 【heading】 when its lines name none, and reads "以后暂停" and "等通知"', async () => {
    const d = await draft(tip, 'tip.txt');
    expect(named(d.facts, '备案').name).toBe('异地就医备案');
    expect(named(d.facts, '缴费').name).toBe('灵活就业医保缴费');
    expect(windowOf(d.facts, '灵活就业医保缴费')).toEqual(['2026-09-03T15:00', '2026-09-10T00:00']);
    expect(windowOf(d.facts, '报销')).toEqual(['2026-09-05T00:00', 'tbd']);
  });

  it('answers when two businesses come back and whether they can be done now, inside their windows', async () => {
    const d = await draft(tip, 'tip.txt');
    const bot = await createAssistant({ knowledge: d.load() });
    const ask = async (text: string) => String((await bot.ask({ text, at: '2026-09-06T10:00+08:00' }))?.text);
    expect(await ask('鹰潭异地就医备案什么时候恢复')).toMatch(/9月9日/);
    expect(await ask('鹰潭异地就医备案现在能办吗')).toMatch(/暂停/);
    expect(await ask('鹰潭灵活就业医保缴费什么时候恢复')).toMatch(/9月10日/);
    expect(await ask('鹰潭灵活就业医保缴费现在能办吗')).toMatch(/暂停/);
  });
});
