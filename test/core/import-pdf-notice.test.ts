// A formal 通告 copied out of a PDF as .txt: indented items "  （一）…", lines broken where the
// page was full (even between a date's weekday bracket and its clock time), and page numbers
// "- 1 -" with blank lines around them in mid-sentence. Wording of its own, not any notice's.
import { afterAll, describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/assistant.ts';
import { removeTempDirs } from '../support/helpers.ts';
import { draft } from '../support/import-support.ts';

afterAll(removeTempDirs);

const notice = [
  '梧桐市医疗保障局',
  '关于医保信息系统切换期间暂停部分医保业务的通告',
  '',
  '  为做好全省医疗保障信息平台在我市上线的切换工作，我市医保信息系统将于2025',
  '年3月中旬停机切换，部分医保业务暂停办理。现将有关事项通告如下：',
  '一、暂停办理的时间及业务',
  '  （一）参保登记类业务。自2025年3月10日（星期一）起，暂停办理职工医保和城乡居',
  '民医保的参保登记、信息变更和关系转移接续业务。',
  '  （二）待遇审核类业务。自2025年3月11日（星期二）起，暂停受理异地就医备案登记（含',
  '',
  '                             - 1 -',
  '',
  '网上备案）和门诊慢特病待遇认定业务。',
  '  （三）医疗费用结算类业务。自2025年3月14日（星期五）',
  '21:00起，全市定点医疗机构暂停普通门诊、门诊慢特病及住院医疗费用医保联网结算，全',
  '市定点零售药店暂停医保刷卡购药结算，“梧桐医保”微信公众号等线上渠道同步暂停个',
  '人账户查询服务；同时暂停跨省和省内异地就医直接结算。',
  '二、恢复办理的时间',
  '  （一）参保登记、信息变更和关系转移接续业务，于2025年3月20日（星期四）9时起恢',
  '复办理。',
  '  （二）全市定点医疗机构门诊、住院医保联网结算和定点零售药店医保刷卡购药结算，以及',
  '个人账户查询服务，于2025年3月19日（星期三）8时起恢复。',
  '  （三）异地就医备案登记、门诊慢特病待遇认定及跨省、省内异地就医直接结算的恢复时间',
  '另行通知。',
  '',
  '                             - 2 -',
  '',
  '梧桐市医疗保障局',
  '2025年3月3日',
].join('\n');

const named = (facts: Record<string, any>, part: string) => (facts.businesses as any[]).filter((b) => b.name.includes(part));
const windowOf = (b: any) => [b.windows[0].suspend, b.windows[0].resume ?? b.windows[0].resume_mode];

describe('a formal notice copied out of a PDF as text', () => {
  it('reads a date and its clock time broken over two lines as one moment, and joins a sentence around a page number', async () => {
    const d = await draft(notice, 'wutong.txt', { city: '梧桐' });
    expect(d.result.noticeMd).toContain('自2025年3月14日（星期五）21:00起');
    expect(d.result.noticeMd).toContain('暂停受理异地就医备案登记（含网上备案）');
    expect(d.result.noticeMd).not.toMatch(/- 1 -/);
  });

  it('drafts the settlement window, and 跨省 settlement stopped at the same moment with its resumption to be announced', async () => {
    const d = await draft(notice, 'wutong.txt', { city: '梧桐' });
    const settle = named(d.facts, '联网结算');
    expect(settle.length).toBeGreaterThan(0);
    for (const b of settle) expect(windowOf(b)).toEqual(['2025-03-14T21:00', '2025-03-19T08:00']);
    const pharmacy = named(d.facts, '刷卡购药');
    expect(pharmacy.length).toBeGreaterThan(0);
    for (const b of pharmacy) expect(windowOf(b)).toEqual(['2025-03-14T21:00', '2025-03-19T08:00']);
    // each business the resumption names in other words (门诊 for 普通门诊 and 门诊慢特病, 个人账户查询服务) resumes
    const stoppedThen = (d.facts.businesses as any[]).filter((b) => b.windows[0].suspend === '2025-03-14T21:00' && !b.name.includes('直接结算'));
    expect(stoppedThen.length).toBeGreaterThanOrEqual(4);
    for (const b of stoppedThen) expect(windowOf(b)).toEqual(['2025-03-14T21:00', '2025-03-19T08:00']);
    const remote = named(d.facts, '直接结算');
    expect(remote.length).toBeGreaterThan(0);
    for (const b of remote) expect(windowOf(b)).toEqual(['2025-03-14T21:00', 'tbd']);
  });

  it('answers when pharmacy card payment comes back and whether the card works, inside the window', async () => {
    const d = await draft(notice, 'wutong.txt', { city: '梧桐' });
    const bot = await createAssistant({ knowledge: d.load() });
    const ask = async (text: string) => String((await bot.ask({ text, at: '2025-03-16T10:00+08:00' }))?.text);
    expect(await ask('药店刷卡什么时候恢复')).toMatch(/3月19日/);
    expect(await ask('现在能刷卡吗')).toMatch(/暂停/);
  });

  it('joins a date and its time, and a sentence around a page number, even in a short text not wrapped at one width', async () => {
    const short = [
      '桐乡市医疗保障局关于暂停医保结算的通告',
      '  （一）自2025年4月11日（星期五）起，暂停受理生育津贴申领（含',
      '',
      '                             - 1 -',
      '',
      '网上申领）业务；',
      '  （二）自2025年4月12日（星期六）',
      '22:00起，全市定点医疗机构暂停医保联网结算；同时暂停跨省异地就医直接结算。',
      '  （三）全市定点医疗机构医保联网结算于2025年4月15日（星期二）8时起恢复，跨省异地就医直接结算的恢复时间另行通知。',
      '',
      '桐乡市医疗保障局',
      '2025年4月7日',
    ].join('\n');
    const d = await draft(short, 'tongxiang.txt', { city: '桐乡' });
    expect(d.result.noticeMd).toContain('暂停受理生育津贴申领（含网上申领）业务');
    expect(windowOf(named(d.facts, '联网结算')[0])).toEqual(['2025-04-12T22:00', '2025-04-15T08:00']);
    expect(windowOf(named(d.facts, '直接结算')[0])).toEqual(['2025-04-12T22:00', 'tbd']);
  });

  it("never gives an item's 同时暂停 the moment of the item before, when its own moment cannot be read", async () => {
    const items = [
      '梓潼市医疗保障局关于暂停医保业务的通告',
      '一、暂停时间',
      '  （一）自2025年4月11日（星期五）起，暂停受理生育津贴申领业务。',
      '  （二）医疗费用结算类业务暂停时间另行公布，同时暂停跨省异地就医直接结算。',
      '',
      '梓潼市医疗保障局',
      '2025年4月7日',
    ].join('\n');
    const d = await draft(items, 'zitong.txt', { city: '梓潼' });
    for (const b of named(d.facts, '直接结算')) expect(b.windows[0].suspend).not.toBe('2025-04-11T00:00');
  });
});
