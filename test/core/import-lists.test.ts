// The importer on an article written in Markdown: a list under a question answers it item by
// item (markers and emphasis dropped), and a phone line in the prose is asked for by the words
// before its number. Wording of its own, not any notice's.
import { afterAll, describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/assistant.ts';
import { removeTempDirs } from '../support/helpers.ts';
import { draft } from '../support/import-support.ts';

afterAll(removeTempDirs);

const article = [
  '# 医保系统升级，停机这几天看病怎么办？',
  '滨江市医疗保障局 2024-03-11',
  '2024年3月15日20:00起，滨江市定点医疗机构暂停门诊、住院医保结算，3月18日8:00起恢复。',
  '### 住院的病人怎么结账？',
  '- 可以出院的，医院会在**3月15日中午12点前**帮您办好出院结算。',
  '- 停机后还要继续住院的，先安心治疗，**等系统恢复后**到住院处补办医保结算。',
  '- 也可以先出院、押金暂不结清，恢复后再回医院结算。',
  '### 找谁咨询？',
  '- **跨省就医备案咨询**：0571-83001111',
  '清明假期值班电话：0571-83002222',
  '市医保服务中心（跨省备案）电话0571-83003333',
  '| 区县 | 跨省备案 | 费用结算 |\n|---|---|---|\n| 东湖区 | 0571-83100001 | 0571-83100002 |',
  '滨江市医疗保障局',
].join('\n\n');

const steps = (b: any) => [...b.before, ...b.during, ...b.after];

describe('a list under a question', () => {
  it('is one procedure titled by the question, each item a step of the business it asks about, without list markers or **', async () => {
    const d = await draft(article, 'binjiang.md', { city: '滨江' });
    const inpatient = (d.facts.businesses as any[]).find((b) => /住院/.test(b.name));
    const p = (d.facts.procedures as any[]).find((x) => x.title === '住院的病人怎么结账？');
    expect(p.business).toBe(inpatient.id);
    expect(p.answer.split('\n')).toEqual([
      '可以出院的，医院会在3月15日中午12点前帮您办好出院结算。',
      '停机后还要继续住院的，先安心治疗，等系统恢复后到住院处补办医保结算。',
      '也可以先出院、押金暂不结清，恢复后再回医院结算。',
    ]);
    const quotes = steps(inpatient).map((s: any) => s.quote);
    for (const item of [/中午12点前/, /补办医保结算/, /押金暂不结清/]) expect(quotes.some((q: string) => item.test(q))).toBe(true);
    const words = [...(d.facts.procedures as any[]).map((x) => `${x.title}${x.answer}`), ...steps(inpatient).map((s: any) => s.text ?? s.quote)];
    expect(words.filter((w) => /^-|\*\*/.test(w) || /：-/.test(w))).toEqual([]);
    d.load();
  });
});

describe('an ordered list under a question, and a list broken by a resumption', () => {
  it('is one procedure for the numbered items, and never quotes lines that are not next to each other', async () => {
    const d = await draft(
      [
        '# 医保系统升级问答',
        '2024年3月15日20:00起，滨江市定点医疗机构暂停门诊、住院医保结算，3月18日8:00起恢复。',
        '### 住院的病人怎么结账？',
        '1. 可以出院的，医院会在3月15日中午12点前帮您办好出院结算。',
        '2. 停机后还要继续住院的，等系统恢复后到住院处补办医保结算。',
        '### 停机了门诊怎么办？',
        '- 停机期间看门诊的先垫付，恢复后回医院补录结算。',
        '- 门诊医保结算：3月18日8:00起恢复。',
        '- 门诊的押金先不退，恢复后再结算。',
      ].join('\n\n'),
      'binjiang.md',
      { city: '滨江' },
    );
    const titled = (t: string) => (d.facts.procedures as any[]).filter((p) => p.title.startsWith(t));
    expect(titled('住院的病人怎么结账？').map((p) => p.answer.split('\n').length)).toEqual([2]);
    expect(titled('停机了门诊怎么办？').map((p) => p.answer)).toEqual(['停机期间看门诊的先垫付，恢复后回医院补录结算。', '门诊的押金先不退，恢复后再结算。']);
    d.load();
  });
});

describe('phone lines in the prose of an article', () => {
  it('are city lines labelled by the words before the number, found when asked for by them', async () => {
    const d = await draft(article, 'binjiang.md', { city: '滨江' });
    const line = (n: string) => (d.facts.contacts as any[]).find((c) => c.phones[0]?.number === n);
    expect(line('0571-83001111')).toEqual(expect.objectContaining({ level: 'city', label: '跨省就医备案咨询' }));
    expect(line('0571-83002222')).toEqual(expect.objectContaining({ level: 'city', label: expect.stringMatching(/^清明假期值班/) }));
    expect(line('0571-83003333')).toEqual(expect.objectContaining({ level: 'city', label: expect.stringMatching(/跨省备案/) }));
    const bot = await createAssistant({ knowledge: d.load() });
    const reply = String((await bot.ask({ text: '滨江跨省就医备案咨询电话是多少', at: '2024-03-16T10:00+08:00' }))?.text);
    expect(reply).toContain('0571-83001111');
  });
});

describe('a page whose numbered items state the stops', () => {
  const page = `<html><head><title>关于医保系统切换暂停业务的通告</title></head><body><div class="main">
    <h1>关于医保系统切换暂停业务的通告</h1><p>发布时间：2023-06-01　来源：汉川市医疗保障局</p>
    <p><strong>一、暂停业务安排</strong></p>
    <p>1. 待遇经办业务。自2023年6月5日（星期一）17:30起，暂停办理门诊慢特病认定、零星报销等经办业务。</p>
    <p>2. 联网结算业务。自2023年6月9日（星期五）20:00起，全市定点医疗机构暂停门诊、住院医保结算，定点零售药店暂停医保刷卡购药。</p>
    <p><strong>二、暂停期间看病买药</strong></p>
    <p>暂停期间到定点药店买药或看门诊的，请先用现金全额支付。</p>
    <p>暂停期间住院的，可先行垫付，或与医院商定暂缓结算，系统恢复后补办医保结算。</p>
    <p>汉川市医疗保障局</p><p>2023年6月1日</p></div></body></html>`;

  it('makes no step or procedure of a stop item, and gives each settlement the advice of its setting as its during step', async () => {
    const d = await draft(page, 'hanchuan.html', { city: '汉川' });
    const all = d.facts.businesses as any[];
    const quotes = [...all.flatMap((b) => steps(b)), ...(d.facts.procedures as any[])].map((x) => x.quote);
    expect(quotes.filter((q: string) => /^\d\.\s*\S+业务。自/.test(q))).toEqual([]);
    const during = (setting: string) =>
      all.find((b) => b.facets?.what?.includes('结算') && b.facets?.setting?.includes(setting))?.during.map((s: any) => s.quote);
    expect(during('药店')).toEqual(['暂停期间到定点药店买药或看门诊的，请先用现金全额支付。']);
    expect(during('门诊')).toEqual(['暂停期间到定点药店买药或看门诊的，请先用现金全额支付。']);
    expect(during('住院')).toEqual(['暂停期间住院的，可先行垫付，或与医院商定暂缓结算，系统恢复后补办医保结算。']);
    d.load();
  });
});

describe('several phone lines in one paragraph', () => {
  it('makes each part between semicolons a line of its own, labelled by its words', async () => {
    const d = await draft(
      '# 某某市医保局关于医保系统迁移的说明\n\n9月9日19:00起，暂停住院医保结算。\n\n## 咨询电话\n\n跨省备案咨询：0571-86011111；中秋假期值班电话：0571-86012222。\n\n某某市医疗保障局\n\n2024年9月2日\n',
    );
    const lines = (d.facts.contacts as any[]).map((c) => [c.label, c.phones[0]?.number]);
    expect(lines).toEqual(
      expect.arrayContaining([
        ['跨省备案咨询', '0571-86011111'],
        [expect.stringMatching(/^中秋假期值班/), '0571-86012222'],
      ]),
    );
    d.load();
  });
});

describe('a guidance item that fits two businesses alike', () => {
  it('goes to the one whose name shares its words (医保待遇 → 待遇类经办业务), not the first listed', async () => {
    const d = await draft(
      [
        '# 某某市医保局关于医保系统迁移的说明',
        '9月9日19:00起，税务部门暂停职工医疗保险（含生育）征收业务。',
        '9月10日18:00起，停止职工医疗保险（含生育）所有待遇类经办业务。',
        '## 二、停机期间受影响业务处理',
        '1.因停机未能享受医保待遇的（如生育就医），系统上线后可到经办机构申请追溯报销。',
        '某某市医疗保障局',
        '2024年9月2日',
      ].join('\n\n'),
    );
    const owner = (d.facts.businesses as any[]).find((b) => b.during.some((s: any) => /追溯报销/.test(s.quote)));
    expect(owner.name).toMatch(/待遇类经办业务/);
    expect((d.facts.procedures as any[]).find((p) => /追溯报销/.test(p.answer)).business).toBe(owner.id);
  });
});
