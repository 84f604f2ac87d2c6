// The importer on explainers of questions and answers (a news app's "N问", 问：/答：), each rule in
// wording of its own: clean names, local and 异地 settlement resumed apart, 另行通知 said in the
// sentence after the stop, 同上 and merged cells in a timetable, a prose list of lines, the hours
// the lines answer; and guidance a citizen asks about reached by the citizen's words.
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/assistant.ts';
import { buildKnowledge } from '../../src/knowledge/build.ts';
import { readKnowledge } from '../../src/knowledge/read.ts';
import { removeTempDirs, tempDir } from '../support/helpers.ts';
import { type Drafted, draft, ROOT } from '../support/import-support.ts';

afterAll(removeTempDirs);

const head = '# 湖州医保系统切换，这些问题看这里\n\n来源：湖州市医疗保障局 2024年4月2日\n\n湖州市医保信息系统将切换至浙江省医疗保障信息平台。\n\n';
const businesses = (d: Drafted) => d.facts.businesses as any[];
const named = (d: Drafted, part: string) => businesses(d).find((b) => b.name.includes(part));
const windowOf = (d: Drafted, part: string) => {
  const w = named(d, part)?.windows[0];
  return w ? [w.suspend, w.resume ?? null, w.resume_mode ?? null] : undefined;
};

/** The assistant serving the draft alone (with the shared vocabulary), as the service would. */
async function serve(d: Drafted) {
  const root = tempDir('import-explainers-');
  cpSync(join(ROOT, 'knowledge/_domain'), join(root, '_domain'), { recursive: true });
  mkdirSync(join(root, d.result.id));
  writeFileSync(join(root, d.result.id, 'notice.md'), d.result.noticeMd);
  writeFileSync(join(root, d.result.id, 'facts.yaml'), d.result.factsYaml);
  const bot = await createAssistant({ knowledge: buildKnowledge(readKnowledge(root)) });
  return async (text: string, at = '2024-04-05T10:00:00+08:00') => String((await bot.ask({ text, at }))?.text ?? '');
}

describe('an explainer of questions and answers', () => {
  const explainer = `${head}1. 哪些业务要暂停？\n\n答：2024年4月12日18:00起，全市医保经办大厅暂停参保登记。门诊慢特病资格认定同样于4月12日18:00起暂停。恢复时间另行通知。\n\n4月12日18:00前已提交的申请不需重新提交，系统恢复后接续办理。\n\n问：我爸在外省住院，直接结算还能用吗？\n\n答：跨省异地就医直接结算也于4月12日21:00起暂停，4月16日7:30恢复。暂停期间请先垫付费用，回参保地报销。\n\n2. 停机期间买药怎么办？\n\n停机期间到定点药店购药的，费用先由个人垫付，系统恢复后回药店补结算。\n`;

  it('names a business without the answer marker or the adverb of its sentence', async () => {
    const d = await draft(explainer);
    const names = businesses(d).map((b) => b.name);
    expect(names).toEqual(expect.arrayContaining(['门诊慢特病资格认定', '跨省异地就医直接结算']));
    for (const n of names) expect(n).not.toMatch(/^(答|问)|(同样|也)$/);
    const unaffected = await draft(`${explainer}\n3. 卡里的钱呢？\n\n答：个人账户余额也不受影响。\n`);
    expect(businesses(unaffected).find((b) => b.unaffected)?.name).toBe('个人账户余额');
    d.load();
  });

  it('resumes what the sentence before stopped when a sentence only says 恢复时间另行通知', async () => {
    const d = await draft(explainer);
    expect(windowOf(d, '慢特病')).toEqual(['2024-04-12T18:00', null, 'tbd']);
    expect(named(d, '慢特病').windows[0].resume_quote).toBe('恢复时间另行通知。');
    expect(windowOf(d, '参保登记')?.[2]).toBeNull(); // the sentence before that one is not resumed by it
  });

  it('makes a reassurance about what was handed in before a stop a step of what stops then, not a deadline', async () => {
    const d = await draft(explainer);
    const said = '4月12日18:00前已提交的申请不需重新提交，系统恢复后接续办理。';
    for (const part of ['参保登记', '慢特病']) expect(named(d, part).after).toContainEqual(expect.objectContaining({ quote: said }));
    expect(named(d, '跨省').after ?? []).not.toContainEqual(expect.objectContaining({ quote: said })); // stopped at another moment
    expect(d.facts.general_advice).not.toContainEqual(expect.objectContaining({ quote: said }));
  });

  it('heads each answer with its numbered question', async () => {
    const d = await draft(explainer);
    const titles = (d.facts.procedures as any[]).map((p) => p.title);
    expect(titles).toContain('我爸在外省住院，直接结算还能用吗？');
    expect(titles).toContain('停机期间买药怎么办？');
    const steps = businesses(d).flatMap((b) => [...b.before, ...b.during, ...b.after].map((x: any) => x.quote));
    expect(steps.filter((q: string) => /^\d\. /.test(q))).toEqual([]); // a question is no step
    expect(titles).not.toContain('1. 哪些业务要暂停？');
  });
});

describe('local and 异地 settlement resumed apart in one sentence', () => {
  it('drafts both, each with its own moment', async () => {
    const d = await draft(
      `${head}2. 看病买药能刷卡吗？\n\n4月12日21:00起，全市定点医院和定点药店暂停医保刷卡结算。本市就医购药刷卡结算4月15日7:30恢复，跨省异地就医直接结算4月16日7:30恢复。\n`,
    );
    const local = businesses(d).find((b) => b.facets?.setting?.includes('药店'));
    expect(local.windows[0]).toMatchObject({ suspend: '2024-04-12T21:00', resume: '2024-04-15T07:30', resume_mode: 'date' });
    expect(windowOf(d, '异地')).toEqual(['2024-04-12T21:00', '2024-04-16T07:30', 'date']);
    d.load();
  });

  it('reads "本地就医…，异地就医…" as settlement too, and never makes 异地 settlement of a 备案 resumption', async () => {
    const d = await draft(`${head}4月12日21:00起，全市定点医药机构暂停医保结算。本地就医4月15日7:30恢复，异地就医4月16日7:30恢复。\n`);
    expect(windowOf(d, '异地就医')).toEqual(['2024-04-12T21:00', '2024-04-16T07:30', 'date']);
    const filing = await draft(`${head}4月12日21:00起，全市定点医药机构暂停医保结算。本地就医4月15日7:30恢复，异地就医备案4月16日7:30恢复。\n`);
    expect(businesses(filing).map((b) => b.name)).toEqual(['定点医药机构医保结算']);
  });
});

describe('a timetable that says 同上, or leaves a cell blank under a merged one', () => {
  it('reads such a row as the row above says', async () => {
    const d = await draft(
      `${head}3. 经办业务怎么安排？\n\n| 事项 | 暂停时间 | 恢复时间 |\n|---|---|---|\n| 参保登记 | 4月12日18:00 | 4月15日8:30 |\n| 医保关系转移 | 同上 | 同上 |\n| 生育津贴申领 |  | 4月17日8:30 |\n`,
    );
    expect(windowOf(d, '关系转移')).toEqual(['2024-04-12T18:00', '2024-04-15T08:30', 'date']);
    expect(windowOf(d, '生育津贴')).toEqual(['2024-04-12T18:00', '2024-04-17T08:30', 'date']);
    // the quote runs from the row that states the moment
    expect(named(d, '生育津贴').windows[0].suspend_quote).toMatch(/^\| 参保登记 \|[\s\S]*\| 生育津贴申领 \|/);
    d.load();
  });
});

describe('a list of lines in the prose, and the hours they answer', () => {
  const lines = `${head}4. 暂停的是什么？\n\n2024年4月12日18:00起，全市医保经办大厅暂停参保登记和城乡居民医保缴费。\n\n5. 有疑问找谁？\n\n可拨打以下电话咨询：湖州市医保中心：0572-2110001；吴兴区：0572-2110002；南浔区：0572-2110003；高新区：0572-2110004。居民医保缴费问题可拨打12366咨询。以上电话接听时间为工作日上午8:30—11:30、下午13:30—17:00。\n`;

  it('keeps every entry: the unit first, each district labelled 电话, 高新区 a district, 12366 labelled by what it answers', async () => {
    const d = await draft(lines);
    const contacts = (d.facts.contacts as any[]).map((c) => [c.unit, c.label, c.level, c.phones[0]?.number]);
    expect(contacts).toEqual(
      expect.arrayContaining([
        ['湖州市医保中心', '咨询电话', 'city', '0572-2110001'],
        ['吴兴区', '电话', 'district', '0572-2110002'],
        ['高新区', '电话', 'district', '0572-2110004'],
      ]),
    );
    const dialled = (d.facts.contacts as any[]).find((c) => c.phones[0]?.number === '12366');
    expect(dialled).toMatchObject({ label: '居民医保缴费', topic: named(d, '缴费').id });
    expect((d.facts.districts as any[]).map((x) => x.name)).toContain('高新区');
    d.load();
    const ask = await serve(d);
    expect(await ask('湖州医保咨询电话')).not.toMatch(/吴兴区吴兴区/);
    expect(await ask('湖州高新区医保电话')).toMatch(/2110004/);
  });

  it('drafts the hours as contact_hours, and quotes them to a question about when the lines answer', async () => {
    const d = await draft(lines);
    expect(d.facts.contact_hours).toEqual([{ quote: '以上电话接听时间为工作日上午8:30—11:30、下午13:30—17:00。' }]);
    const ask = await serve(d);
    expect(await ask('湖州医保电话周六能打吗')).toMatch(/工作日上午8:30—11:30/);
    expect(await ask('湖州医保中心电话几点有人接')).toMatch(/工作日上午8:30—11:30[\s\S]*2110001/);
    expect(await ask('湖州医保中心电话')).not.toMatch(/接听时间/); // asked for the number only
  });

  it('holds contact_hours to kb:check: a quote the notice does not have is refused', async () => {
    const d = await draft(lines);
    const root = tempDir('import-explainers-');
    writeFileSync(join(root, 'notice.md'), d.result.noticeMd);
    writeFileSync(join(root, 'facts.yaml'), d.result.factsYaml.replace('接听时间为工作日', '接听时间为每天'));
    expect(() => buildKnowledge(readKnowledge(root))).toThrow(/contact_hours/);
  });

  it('says the notice gives no hours when it gives none', async () => {
    const d = await draft(lines.replace(/以上电话接听时间为[^。]*。/, ''));
    expect(d.facts.contact_hours).toBeUndefined();
    expect(await (await serve(d))('湖州医保电话几点有人接')).toMatch(/没有写明[\s\S]*接听时间/);
  });
});

describe('guidance a citizen asks about', () => {
  const guide = `${head}6. 刷卡怎么安排？\n\n4月12日21:00起，全市定点医院和定点药店暂停医保刷卡结算，4月15日7:30恢复。\n\n7. 慢性病人要常年吃药怎么办？\n\n门诊慢特病患者可在停机前开具不超过12周的长处方。\n\n8. 突发急病去医院会被拒吗？\n\n不会。各定点医院不得推诿拒收，急诊照常接诊，费用先由个人垫付。\n\n9. 停机时还在住院怎么办？\n\n在院患者可于4月12日19:00前办理中途结算。\n\n10. 垫付后怎么报？\n\n系统恢复后，请携带医保卡、发票原件和费用明细清单回医院补结算。请于2024年5月31日前回医院补结算。\n\n11. 医保卡里的钱会没吗？\n\n不会。个人账户余额不受影响。\n`;

  it('makes them steps of the business they concern, a deadline after the resumption an after step and a dated general one', async () => {
    const d = await draft(guide);
    const settle = businesses(d).find((b) => b.facets?.what?.includes('结算'));
    const quotes = (phase: string) => settle[phase].map((s: any) => s.quote).join('\n');
    expect(quotes('before')).toMatch(/长处方/);
    expect(quotes('during')).toMatch(/推诿拒收/);
    expect(quotes('after')).toMatch(/发票原件/);
    expect(settle.after).toContainEqual(expect.objectContaining({ at: '2024-05-31T00:00', quote: '请于2024年5月31日前回医院补结算。' }));
    expect(settle.before).not.toContainEqual(expect.objectContaining({ quote: '请于2024年5月31日前回医院补结算。' }));
    expect(d.facts.general_advice).toContainEqual(expect.objectContaining({ at: '2024-05-31T00:00' }));
    d.load();
  });

  it('reaches each of them by the words citizens ask with', async () => {
    const ask = await serve(await draft(guide));
    expect(await ask('湖州慢病怎么备药')).toMatch(/12周/);
    expect(await ask('湖州急诊医院会不会不收')).toMatch(/推诿拒收/);
    expect(await ask('湖州住院跨过停机怎么办')).toMatch(/中途结算/);
    expect(await ask('湖州补结算要带什么材料')).toMatch(/发票原件/);
    expect(await ask('湖州医保账户余额会清零吗')).toMatch(/不受影响/);
  });
});
