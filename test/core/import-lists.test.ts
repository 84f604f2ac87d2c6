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
