// The importer's rules for what people ask after the dates: a question-and-answer notice's
// questions as procedures, a 恢复安排 paragraph as no step, contact tables by column, and the
// emergency line in prose. Each notice is written here in its own words (none is a fixture's).
import { afterAll, describe, expect, it } from 'vitest';
import { removeTempDirs } from '../support/helpers.ts';
import { draft } from '../support/import-support.ts';

afterAll(removeTempDirs);

const notice = (body: string) => `# 某某市医保局关于医保系统迁移的说明\n\n${body}\n\n某某市医疗保障局\n\n2024年9月2日\n`;
const procedures = (facts: Record<string, any>) => (facts.procedures as any[]).filter((p) => p.id !== 'cutover-reason');

describe('a question-and-answer notice', () => {
  const qa = notice(
    [
      '**问1：哪些业务暂停？**',
      '答：9月9日19:00起，全市定点医疗机构暂停住院医保结算。',
      '**问2：住院跨过停机的，自付起点要算两次吗？**',
      '答：不会。恢复后医院将停机前后的费用并作一次住院结算，只算一次起付线。',
    ].join('\n\n'),
  );

  it('makes each answer a procedure titled by its question, without the 答 label', async () => {
    const d = await draft(qa);
    const p = procedures(d.facts).find((x) => /起付线/.test(x.answer));
    expect(p).toEqual(expect.objectContaining({ title: '住院跨过停机的，自付起点要算两次吗？', business: d.facts.businesses[0].id }));
    expect(p.answer).not.toMatch(/^答/);
    expect(p.questions).toContain('住院跨过停机的，自付起点要算两次吗？');
    expect(procedures(d.facts).some((x) => /问\d/.test(x.title + x.answer))).toBe(false);
    d.load();
  });
});

describe('a resumption section', () => {
  it('leaves 恢复安排 paragraphs to the windows: no step or procedure quotes them', async () => {
    const d = await draft(
      notice(
        '## 一、暂停安排\n\n9月9日19:00起，暂停门诊、住院医保结算。\n\n## 二、恢复安排\n\n9月11日8:00起，恢复门诊医保结算。\n\n9月12日8:00起，恢复住院医保结算。\n\n## 三、注意事项\n\n停机期间住院的费用先行垫付，恢复后回医院补录结算。',
      ),
    );
    const steps = (d.facts.businesses as any[]).flatMap((b) => [...b.before, ...b.during, ...b.after].map((s) => s.quote));
    expect(steps.some((q) => /起，恢复/.test(q))).toBe(false);
    expect(procedures(d.facts).map((p) => p.quote)).toEqual(['停机期间住院的费用先行垫付，恢复后回医院补录结算。']);
  });
});

describe('contacts', () => {
  const table = [
    '9月9日19:00起，暂停异地就医备案、门诊慢特病认定、参保登记业务。',
    '## 四、联系电话',
    '停机期间应急值班电话：0571-86001234',
    [
      '| 区县 | 异地就医 | 慢特病 | 参保 |',
      '|---|---|---|---|',
      '| 东城区 | 0571-86100001 | 0571-86100002 | 0571-86100003 |',
      '| 南湖区 | 0571-86200001 | | 0571-86200003 |',
    ].join('\n'),
  ].join('\n\n');

  it('keeps every column of a district table, labelled by its column, beside the prose lines', async () => {
    const d = await draft(notice(table));
    const cells = (d.facts.contacts as any[]).filter((c) => c.unit === '东城区').map((c) => [c.label, c.phones[0]?.number]);
    expect(cells).toEqual([
      ['异地就医', '0571-86100001'],
      ['慢特病', '0571-86100002'],
      ['参保', '0571-86100003'],
    ]);
    expect((d.facts.contacts as any[]).find((c) => c.unit === '南湖区' && c.label === '慢特病')?.phones).toEqual([]);
    const emergency = (d.facts.contacts as any[]).find((c) => c.phones[0]?.number === '0571-86001234');
    expect(`${emergency.unit}${emergency.label}`).toMatch(/应急值班/);
  });

  it('ties no column to a business when the table has no city-wide row: each column is found by its label', async () => {
    const d = await draft(notice(table));
    expect(new Set((d.facts.contacts as any[]).map((c) => c.topic))).toEqual(new Set(['general']));
  });
});

describe('which business a guidance paragraph is about', () => {
  it('ties it to the business whose own words it names, among several of one kind', async () => {
    const d = await draft(
      notice(
        '9月9日19:00起，经办大厅暂停办理异地就医备案、门诊慢特病认定、零星报销等业务。\n\n## 三、温馨提示\n\n（一）期限。停机期间到期的零星报销申请期限相应顺延。\n\n（二）住院跨停机。跨停机住院的，恢复后合并为一次住院结算，起付线只收一次。',
      ),
    );
    const p = procedures(d.facts).find((x) => /期限/.test(x.answer));
    const owner = (d.facts.businesses as any[]).find((b) => b.id === p.business);
    expect(owner.name).toMatch(/零星报销/);
    expect(p.questions).toEqual(expect.arrayContaining(['顺延']));
    // a paragraph in the notice's words is found by them: 起付线, 一次住院结算
    const inpatient = procedures(d.facts).find((x) => /起付线/.test(x.answer));
    expect(inpatient.questions).toEqual(expect.arrayContaining(['起付线', '一次住院结算']));
  });
});

describe('lines dialled in prose', () => {
  it('keeps the words of a line named for what it is in its label (应急值班, 医保服务热线)', async () => {
    const d = await draft(notice('9月9日19:00起，暂停住院医保结算。停机期间如遇紧急情况，请拨打应急值班电话0571-86009999，或拨打医保服务热线12393。'));
    const labels = (d.facts.contacts as any[]).map((c) => [c.label, c.phones[0].number]);
    expect(labels).toEqual(
      expect.arrayContaining([
        [expect.stringMatching(/应急值班/), '0571-86009999'],
        [expect.stringMatching(/医保服务热线/), '12393'],
      ]),
    );
    d.load();
  });
});

describe('advice in a news article', () => {
  it('makes each piece of advice of a prose paragraph a procedure of its own, titled without the reporter’s words', async () => {
    const d = await draft(
      notice(
        '9月9日19:00起，暂停住院和门诊医保结算。\n\n记者了解到，9月9日前可以出院的住院患者，建议在停机前办好出院手续。慢特病患者可在停机前多备药，单次最多开两个月。',
      ),
    );
    const titles = procedures(d.facts).map((p) => p.title);
    expect(titles).toHaveLength(2);
    expect(titles.some((t) => /记者/.test(t))).toBe(false);
    expect(procedures(d.facts).map((p) => p.quote)).toEqual([
      '记者了解到，9月9日前可以出院的住院患者，建议在停机前办好出院手续。',
      '慢特病患者可在停机前多备药，单次最多开两个月。',
    ]);
    d.load();
  });
});
