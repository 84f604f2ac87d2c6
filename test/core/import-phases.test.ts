// The importer's rules for resumptions phased by date in a section of their own, and for lists
// whose items carry brackets. Each notice is written here in its own words (none is a seed's or a
// fixture's).
import { afterAll, describe, expect, it } from 'vitest';
import { removeTempDirs } from '../support/helpers.ts';
import { draft } from '../support/import-support.ts';

afterAll(removeTempDirs);

const notice = (body: string) => `# 某某市医疗保障局关于医保平台升级期间暂停服务的通告\n\n${body}\n\n某某市医疗保障局\n\n2024年6月3日\n`;
const businesses = (facts: Record<string, any>) => facts.businesses as any[];
const named = (facts: Record<string, any>, part: string) => businesses(facts).find((b) => b.name.includes(part));
const resumeOf = (facts: Record<string, any>, part: string) => {
  const w = named(facts, part)?.windows[0];
  return w && [w.resume ?? null, w.resume_mode ?? null];
};

describe('resumptions phased by date', () => {
  it('gives each setting its own phase, though a place of any care (医疗机构) is named before it', async () => {
    const d = await draft(
      notice(
        '一、6月10日20:00起，各定点医疗机构暂停门诊、住院医保结算，定点药店暂停医保购药。\n\n二、恢复时间\n\n6月13日9:00起，恢复各定点医疗机构门诊和定点药店医保购药结算。\n\n6月15日7:30起，恢复各定点医疗机构住院医保结算。',
      ),
    );
    expect(resumeOf(d.facts, '门诊')).toEqual(['2024-06-13T09:00', 'date']);
    expect(resumeOf(d.facts, '药')).toEqual(['2024-06-13T09:00', 'date']);
    expect(resumeOf(d.facts, '住院')).toEqual(['2024-06-15T07:30', 'date']);
    d.load();
  });

  it('reads the settings named before the verb ("门诊和药店恢复医保结算") as part of what resumes', async () => {
    const d = await draft(
      notice('6月10日20:00起，暂停门诊、住院医保结算和药店刷卡购药。按计划，6月12日8:00起门诊和药店恢复医保结算，6月14日9:30起恢复住院结算。'),
    );
    expect(resumeOf(d.facts, '门诊')).toEqual(['2024-06-12T08:00', 'date']);
    expect(resumeOf(d.facts, '住院')).toEqual(['2024-06-14T09:30', 'date']);
  });

  it('gives "…同步恢复" the moment of the resumption before it in the sentence', async () => {
    const d = await draft(
      notice('6月10日20:00起，暂停门诊医保结算，工伤保险定点机构直接结算同时暂停。\n\n6月12日8:00起恢复门诊医保结算，工伤就医结算同步恢复。'),
    );
    expect(resumeOf(d.facts, '工伤')).toEqual(['2024-06-12T08:00', 'date']);
  });

  it('resumes the rest of a stopped list when the resumption names two of it and "等"', async () => {
    const d = await draft(
      notice(
        '6月8日17:00起，医保服务大厅暂停办理参保登记、信息变更、生育津贴申领、异地就医备案等业务。\n\n参保登记、信息变更等业务6月13日起恢复办理。异地就医备案的恢复时间另行通知。',
      ),
    );
    expect(resumeOf(d.facts, '生育津贴')).toEqual(['2024-06-13T00:00', 'date']);
    expect(resumeOf(d.facts, '参保登记')).toEqual(['2024-06-13T00:00', 'date']);
    expect(resumeOf(d.facts, '异地就医备案')).toEqual([null, 'tbd']);
  });

  it('matches a resumption that states a condition before its verb ("需…完成…后逐步恢复")', async () => {
    const d = await draft(notice('6月10日20:00起，暂停省外异地就医直接结算。省外异地就医直接结算须待国家平台联调验收通过后逐步恢复，具体时间另行通知。'));
    expect(resumeOf(d.facts, '省外异地就医')).toEqual([null, 'tbd']); // the time of the gradual return is still to come

    expect(d.facts.general_advice.some((s: any) => /没有对上/.test(s.doubt ?? ''))).toBe(false);
  });
});

describe('lists with brackets', () => {
  it('lends the list’s head only to an item that names where or for whom ("门诊"), not to one of unknown kind', async () => {
    const d = await draft(notice('6月8日17:00起，暂停办理参保登记、单位人员增减、门诊、住院结算业务。'));
    const names = businesses(d.facts).map((b) => b.name);
    expect(names.some((n) => /人员增减.*结算/.test(n))).toBe(false);
    expect(names).toEqual(expect.arrayContaining(['门诊结算业务', '住院结算业务']));
  });

  it('never lends an item the bracket of its neighbour ("门诊、住院结算（含入院、出院办理）")', async () => {
    const d = await draft(notice('6月10日20:00起，各定点医疗机构暂停门诊、住院结算（含入院、出院办理）。'));
    const names = businesses(d.facts).map((b) => b.name);
    expect(names.find((n) => n.includes('门诊'))).not.toMatch(/入院|出院/);
    expect(names.find((n) => n.includes('住院'))).toMatch(/含入院、出院办理/);
  });
});

describe('gradual returns', () => {
  it('keeps a gradual return gradual when the 另行通知 after it is about another business', async () => {
    const d = await draft(
      notice('6月10日20:00起，暂停门诊结算和参保登记业务。6月12日8:00起恢复门诊结算，其他经办业务视情况逐步恢复，居民医保征收业务的具体时间另行通知。'),
    );
    expect(resumeOf(d.facts, '参保登记')?.[1] ?? d.facts.resumptions?.[0]?.mode).toBe('gradual');
  });
});

describe('what stops along with others', () => {
  it('resumes a business stopped "同步" in a sentence with the others of that sentence, when none names it', async () => {
    const d = await draft(
      notice('6月10日20:00起，全市定点医疗机构暂停门诊医保结算，省外就医直接结算同步暂停。\n\n据介绍，定点医疗机构门诊结算将于6月13日9时起恢复。'),
    );
    expect(resumeOf(d.facts, '省外就医')).toEqual(['2024-06-13T09:00', 'date']);
    expect(d.result.factsYaml).toMatch(/按同一句一起暂停的业务的恢复时间/);
  });
});

describe('channels stopped along with a business', () => {
  it('makes the ways of paying that stop with the payment its channels, not a business of their own', async () => {
    const d = await draft(notice('6月5日17:00起，税务部门暂停城乡居民医保费征收，银行柜台、“某省税务”APP等各缴费渠道同步暂停。'));
    expect(businesses(d.facts)).toHaveLength(1);
    expect(businesses(d.facts)[0].channels).toEqual(expect.arrayContaining([expect.stringMatching(/银行柜台/)]));
    expect(businesses(d.facts)[0].synonyms).toContain('某省税务');
    d.load();
  });
});

describe('a timetable written as a table', () => {
  it('stops and resumes each business of a row as its cells say, the row as the quote', async () => {
    const table = [
      '| 暂停业务 | 停办时间 | 恢复时间 |',
      '|---|---|---|',
      '| 单位参保登记 | 7月1日18:00 | 7月4日9:00 |',
      '| 门诊、住院结算 | 7月2日0:00 | 另行通知 |',
    ].join('\n');
    const d = await draft(notice(`根据省局统一安排，我市医保系统切换期间业务安排如下：\n\n${table}`));
    expect(resumeOf(d.facts, '参保登记')).toEqual(['2024-07-04T09:00', 'date']);
    expect(resumeOf(d.facts, '门诊')).toEqual([null, 'tbd']);
    expect(resumeOf(d.facts, '住院')).toEqual([null, 'tbd']);
    expect(named(d.facts, '住院').windows[0].suspend_quote).toBe('| 门诊、住院结算 | 7月2日0:00 | 另行通知 |');
    d.load();
  });
});

describe('one stop, resumed in phases by setting', () => {
  it('splits a business of several settings when each setting resumes at its own moment', async () => {
    const d = await draft(
      notice('6月10日20:00起，暂停全市定点医疗机构和定点零售药店医保联网结算。\n\n6月12日8:00起恢复门诊和药店结算；6月14日8:30起恢复住院结算。'),
    );
    expect(resumeOf(d.facts, '门诊')).toEqual(['2024-06-12T08:00', 'date']);
    expect(resumeOf(d.facts, '住院')).toEqual(['2024-06-14T08:30', 'date']);
    expect(resumeOf(d.facts, '药店')).toEqual(['2024-06-12T08:00', 'date']);
    d.load();
  });
});

describe('a list whose parts resume apart', () => {
  it('splits a list kept as one business when a resumption names one part at another moment', async () => {
    const d = await draft(
      notice('6月8日18:00起，暂停办理医疗费用零星报销、生育津贴申领业务。\n\n6月13日9:00起，手工报销恢复办理。生育津贴、居民参保6月14日起恢复。'),
    );
    expect(resumeOf(d.facts, '零星报销')).toEqual(['2024-06-13T09:00', 'date']);
    expect(resumeOf(d.facts, '生育津贴')).toEqual(['2024-06-14T00:00', 'date']);
    expect(named(d.facts, '零星报销').name).not.toMatch(/生育/);
  });
});
