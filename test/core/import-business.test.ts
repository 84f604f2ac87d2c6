// What a stop sentence's list becomes, and what is no stop or no resumption at all: a list
// keeps its bare business words with their kind ("停保" is no business alone); a period to act in
// ("征收期…至…") and a denied stop ("不会暂停") stop nothing; care elsewhere named in a bracket
// of local settlement keeps its own moments; a tip about the days after the return ("恢复初期")
// resumes nothing; a stop with no time of its own takes the moment of the stop it follows.
// Each notice is written here in its own words (none is a seed's or a fixture's).
import { afterAll, describe, expect, it } from 'vitest';
import { removeTempDirs } from '../support/helpers.ts';
import { draft } from '../support/import-support.ts';

afterAll(removeTempDirs);

const notice = (body: string) => `# 某某市医疗保障局关于医保系统迁移期间暂停部分业务的公告\n\n${body}\n\n某某市医疗保障局\n\n2025年2月20日\n`;
const businesses = (facts: Record<string, any>) => facts.businesses as any[];
const names = (facts: Record<string, any>) => businesses(facts).map((b) => b.name);
const named = (facts: Record<string, any>, part: string) => businesses(facts).find((b) => b.name.includes(part));
const windowOf = (facts: Record<string, any>, part: string) => {
  const w = named(facts, part)?.windows[0];
  return w && [w.suspend, w.resume ?? null, w.resume_mode ?? null];
};

describe('a list of businesses', () => {
  it('keeps a bare business word with the item of its kind, not as a business of its own', async () => {
    const d = await draft(notice('3月3日17:30起，全市医保服务窗口暂停办理单位参保登记、缴费基数核定、增员等业务。'));
    expect(names(d.facts)).toHaveLength(2);
    expect(named(d.facts, '增员').name).toMatch(/参保登记/);
    d.load();
  });

  it('keeps a list together when the resumption names one part of it and goes on with "等"', async () => {
    const d = await draft(notice('一、3月3日17:30起，暂停受理新参保登记、变更、停保等业务。\n\n二、新参保登记等业务于3月6日9:00起恢复受理。'));
    expect(names(d.facts)).toEqual([expect.stringMatching(/新参保登记、变更、停保/)]);
    expect(windowOf(d.facts, '停保')).toEqual(['2025-03-03T17:30', '2025-03-06T09:00', 'date']);
    d.load();
  });

  it('reads "A及B" as one item when A only says where ("省外及省内异地就医直接结算")', async () => {
    const d = await draft(notice('3月3日22:00起，暂停省外及省内异地就医直接结算。'));
    expect(names(d.facts)).toEqual(['省外及省内异地就医直接结算']);
  });

  it('lends the business word after 及 to the settings before it ("门诊、住院及药店医保结算")', async () => {
    const d = await draft(notice('3月4日0:00起，暂停门诊、住院及药店医保结算。'));
    expect(businesses(d.facts).map((b) => b.facets.what)).toEqual([['结算'], ['结算'], ['结算']]);
  });

  it('reads a one-name business of several business words as the kind of its last word', async () => {
    const d = await draft(notice('3月3日17:30起，暂停办理参保缴费查询业务。'));
    expect(named(d.facts, '查询').facets.what).toEqual(['查询']);
  });
});

describe('what is no stop', () => {
  it('reads a collection period as a time to pay, in a timetable line or in a sentence', async () => {
    const d = await draft(
      notice(
        '一、3月3日17:30起，暂停办理门诊慢特病认定。\n\n二、温馨提示\n\n居民医保年度征收期：2024年9月1日至2025年3月31日。\n\n2025年度居民医保的征收期为2024年9月1日至2025年3月31日，迁移期间征缴渠道不会暂停，请按时缴纳。',
      ),
    );
    expect(names(d.facts).filter((n) => /征收|征缴/.test(n) && named(d.facts, n).windows.length)).toEqual([]);
    expect(businesses(d.facts).flatMap((b) => b.windows.map((w: any) => w.suspend))).toEqual(['2025-03-03T17:30']);
    expect(named(d.facts, '征缴渠道')?.unaffected).toMatch(/不会暂停/);
    d.load();
  });

  it('reads "征收期自…起至…止" as a period, though a stop follows in the sentence', async () => {
    const d = await draft(notice('一、3月3日17:30起，暂停办理异地就医备案。\n\n二、2025年度职工医保费征收期自2025年1月1日起至12月31日止，迁移期间暂停征收。'));
    expect(businesses(d.facts).flatMap((b) => b.windows.map((w: any) => w.suspend))).toEqual(['2025-03-03T17:30']);
  });
});

describe('settlement elsewhere named in a bracket of local settlement', () => {
  it('gives 异地 direct settlement its own stop and resumption, and the local settings theirs', async () => {
    const d = await draft(
      notice(
        '一、3月4日0:00起，全市定点医药机构暂停门诊、住院联网结算（含省内异地就医直接结算）。其中，省内异地就医直接结算于3月3日18:00起提前暂停。\n\n二、3月6日8:00起恢复本地门诊、住院联网结算。省内异地就医直接结算须待全省联调结束后恢复，具体时间另行通知。',
      ),
    );
    expect(windowOf(d.facts, '省内异地就医直接结算')).toEqual(['2025-03-03T18:00', null, 'tbd']);
    expect(named(d.facts, '省内异地就医直接结算').windows).toHaveLength(1);
    expect(windowOf(d.facts, '住院')).toEqual(['2025-03-04T00:00', '2025-03-06T08:00', 'date']);
    expect(named(d.facts, '住院').facets.where).toBeUndefined();
    d.load();
  });
});

describe('settlement elsewhere, restated in other words', () => {
  it('lets a stop of its own ("…于…提前暂停") replace the bracket it was first named in', async () => {
    const d = await draft(notice('3月4日0:00起，全市定点医疗机构暂停门诊联网结算（含异地就医直接结算）。省外异地就医直接结算于3月3日20:00提前暂停。'));
    expect(
      businesses(d.facts)
        .filter((b) => b.facets.where?.includes('异地'))
        .map((b) => [b.name, b.windows[0].suspend]),
    ).toEqual([['省外异地就医直接结算', '2025-03-03T20:00']]);
    d.load();
  });
});

describe('settlement elsewhere left out of a stop', () => {
  it('keeps local settlement free of 异地 when a bracket excludes it, and reads the one that goes on', async () => {
    const d = await draft(notice('3月4日0:00起，全市定点医疗机构暂停本市参保人员住院联网结算（不含省外异地就医直接结算），省外异地就医直接结算照常进行。'));
    expect(named(d.facts, '住院').facets.where ?? []).not.toContain('异地');
    expect(named(d.facts, '住院').name).not.toMatch(/省外/);
    expect(named(d.facts, '省外异地就医直接结算')).toMatchObject({ windows: [], unaffected: expect.stringMatching(/照常进行/) });
    d.load();
  });
});

describe('what is no resumption', () => {
  it('reads a tip about the first days after the return as no resumption of anything', async () => {
    const d = await draft(
      notice('一、3月3日17:30起，暂停办理异地就医备案，恢复时间另行通知。\n\n二、业务恢复初期，窗口可能出现排队，请错峰前往；系统恢复正常后请及时补办。'),
    );
    expect(d.facts.resumptions ?? []).toEqual([]);
    expect(windowOf(d.facts, '异地就医备案')).toEqual(['2025-03-03T17:30', null, 'tbd']);
    const after = await draft(notice('一、3月3日17:30起，暂停办理异地就医备案。\n\n二、恢复各项业务后，预计办理量较大，请合理安排时间。'));
    expect(after.facts.resumptions ?? []).toEqual([]);
  });
});

describe('a 补充通知 that moves a resumption', () => {
  it('gives the business the new moment, flagged with the old, and leaves the others', async () => {
    const d = await draft(
      notice(
        '一、3月3日17:30起，暂停受理生育津贴申领、零星报销等业务，3月6日9:00起恢复。\n\n补充通知：受数据核对影响，生育津贴申领的恢复时间推迟至3月10日9:00，其他业务恢复时间不变。',
      ),
    );
    expect(windowOf(d.facts, '生育津贴')).toEqual(['2025-03-03T17:30', '2025-03-10T09:00', 'date']);
    expect(windowOf(d.facts, '零星报销')).toEqual(['2025-03-03T17:30', '2025-03-06T09:00', 'date']);
    expect(d.result.uncertain.some((u) => /调整/.test(u.why))).toBe(true);
    d.load();
  });
});

describe('a stop with no time of its own', () => {
  it('takes the moment of the stop before it in the paragraph, quoted with it, and resumes with what it follows', async () => {
    const d = await draft(
      notice(
        '一、（二）3月3日17:30起，各经办窗口暂停办理异地就医备案。“某某医保”小程序的备案信息查询功能同步暂停。\n\n二、异地就医备案于3月7日9:00起恢复，备案信息查询功能随备案业务一并恢复。',
      ),
    );
    const query = named(d.facts, '信息查询');
    expect(windowOf(d.facts, '信息查询')).toEqual(['2025-03-03T17:30', '2025-03-07T09:00', 'date']);
    expect(query.windows[0].suspend_quote).toMatch(/3月3日17:30起.*同步暂停。$/);
    d.load();
    const closed = await draft(notice('3月3日17:30起，暂停办理异地就医备案。网上备案查询功能也将同步关闭。'));
    expect(windowOf(closed.facts, '查询')).toEqual(['2025-03-03T17:30', null, null]);
    const apart = await draft(
      notice(
        '一、暂停安排\n\n（一）3月3日17:30起，暂停办理异地就医备案。\n\n（二）上述业务暂停期间，网上备案查询功能同步暂停。\n\n二、咨询方式\n\n请关注官方网站。',
      ),
    );
    expect(windowOf(apart.facts, '查询')).toEqual(['2025-03-03T17:30', null, null]);
  });
});
