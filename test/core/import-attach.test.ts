// The importer's rules for which business a resumption belongs to, and for what is no business:
// a resumption whose subject comes before its moment, one "同步" with the sentence before it, a
// blanket one with exceptions (named or by item number), facets never crossed, and lines that
// only name a way of doing business or say something goes on. Each notice is written here in
// its own words (none is a seed's or a fixture's).
import { afterAll, describe, expect, it } from 'vitest';
import { removeTempDirs } from '../support/helpers.ts';
import { draft } from '../support/import-support.ts';

afterAll(removeTempDirs);

const notice = (body: string) => `# 某某市医疗保障局关于医保核心系统割接的通告\n\n${body}\n\n某某市医疗保障局\n\n2025年2月20日\n`;
const businesses = (facts: Record<string, any>) => facts.businesses as any[];
const named = (facts: Record<string, any>, part: string) => businesses(facts).find((b) => b.name.includes(part));
const resumeOf = (facts: Record<string, any>, part: string) => {
  const w = named(facts, part)?.windows[0];
  return w && [w.resume ?? null, w.resume_mode ?? null];
};
/** the resumption the service will give a business: its own, else the notice-level one covering it */
const servedResumeOf = (d: { load: () => any }, part: string) => {
  const b = d.load().notices[0].businesses.find((x: any) => x.name.includes(part));
  const w = b.windows[0];
  return [w.resumeAsWritten ?? null, w.resumeMode ?? null];
};

/** a resumption kept for the reviewer, matched to no business */
const toReview = (d: { result: { uncertain: { why: string; quote?: string }[] } }, quote: RegExp) =>
  d.result.uncertain.some((u) => /没有对上任何业务/.test(u.why) && quote.test(u.quote ?? ''));

describe('a resumption whose subject comes before its moment', () => {
  const stops = '一、自2025年3月3日20:00起，全市定点医院暂停门诊、住院医保直接结算，定点药店暂停医保购药，省内异地就医直接结算同时暂停。';

  it('gives the main clause to the businesses it names, and "…同步恢复" to its own subject only', async () => {
    const d = await draft(
      notice(
        `${stops}\n\n二、恢复安排\n\n（一）全市定点医院门诊、住院医保直接结算和定点药店医保购药，计划于2025年3月5日（星期三）9:00恢复；省内异地就医直接结算同步恢复。`,
      ),
    );
    expect(resumeOf(d.facts, '门诊')).toEqual(['2025-03-05T09:00', 'date']);
    expect(resumeOf(d.facts, '住院')).toEqual(['2025-03-05T09:00', 'date']);
    expect(resumeOf(d.facts, '购药')).toEqual(['2025-03-05T09:00', 'date']);
    expect(resumeOf(d.facts, '异地')).toEqual(['2025-03-05T09:00', 'date']);
    for (const part of ['门诊', '住院', '购药']) expect(named(d.facts, part).windows[0].resume_quote).toMatch(/^（一）全市定点医院/);
    d.load();
  });

  it('never gives a 异地 resumption to a local setting: with no 异地 business it stays to review', async () => {
    const d = await draft(
      notice(
        '一、自2025年3月3日20:00起，全市定点医院暂停门诊、住院医保直接结算。\n\n二、全市定点医院门诊、住院医保直接结算，计划于2025年3月5日9:00恢复；跨省异地就医直接结算同步恢复。',
      ),
    );
    expect(resumeOf(d.facts, '门诊')).toEqual(['2025-03-05T09:00', 'date']);
    expect(named(d.facts, '门诊').windows[0].resume_quote).not.toMatch(/^跨省/);
    expect(toReview(d, /跨省异地就医直接结算同步恢复/)).toBe(true);
  });
});

describe('facets a resumption never crosses', () => {
  it('keeps a settlement resumption off a registration business, flagged for review', async () => {
    const d = await draft(
      notice('一、自2025年3月3日20:00起，暂停通过微信公众号办理异地就医备案和门诊结算业务。\n\n二、2025年3月6日8:00起，恢复跨省及省内异地就医直接结算。'),
    );
    expect(resumeOf(d.facts, '备案')).toEqual([null, null]);
    expect(toReview(d, /恢复跨省及省内异地就医直接结算/)).toBe(true);
  });
});

describe('a blanket resumption with exceptions', () => {
  it('reads "X的恢复时间，由…另行公告" as X to be announced, and leaves the exceptions out of the blanket', async () => {
    const d = await draft(
      notice(
        '一、自2025年3月3日20:00起，暂停办理门诊结算、住院结算、参保登记、缴费核定和生育津贴申领业务。\n\n二、（一）3月5日9:00起恢复门诊结算。\n\n（二）除缴费核定业务外，此次暂停的其余医保业务最迟于2025年3月8日全部恢复。缴费核定业务的恢复时间，由市医保局会同市税务局另行公告。',
      ),
    );
    expect(resumeOf(d.facts, '缴费核定')).toEqual([null, 'tbd']);
    expect(servedResumeOf(d, '门诊')).toEqual(['2025-03-05T09:00', 'date']);
    for (const part of ['住院', '参保登记', '生育津贴']) expect(servedResumeOf(d, part)).toEqual(['2025-03-08T00:00', 'date']);
  });

  it('reads an exception by item number as the businesses those items resume', async () => {
    const d = await draft(
      notice(
        '一、自2025年3月3日20:00起，暂停办理门诊结算、住院结算、异地就医备案、参保登记业务。\n\n二、恢复安排\n\n（一）门诊结算的恢复时间另行通知。\n\n（二）住院结算业务3月6日8:00起恢复。\n\n（三）除第（一）、（二）项所列业务外，其余暂停的经办业务自2025年3月7日起逐步恢复。',
      ),
    );
    const remote = named(d.facts, '备案');
    const outpatient = named(d.facts, '门诊');
    const blanket = (d.facts.resumptions as any[]).find((r) => r.mode === 'gradual');
    expect(blanket.except).toContain(outpatient.id);
    expect(blanket.except).not.toContain(remote.id);
    expect(servedResumeOf(d, '门诊')).toEqual([null, 'tbd']);
    expect(servedResumeOf(d, '备案')).toEqual(['2025-03-07T00:00', 'gradual']);
    expect(servedResumeOf(d, '参保登记')).toEqual(['2025-03-07T00:00', 'gradual']);
  });
});

describe('what is no business', () => {
  it('makes no stopped business of a list line saying something goes on, nor of a way of doing business', async () => {
    const d = await draft(
      notice(
        '一、自2025年3月3日20:00起，暂停办理以下业务：\n\n1. 参保登记；\n\n2. 职工养老保险、失业保险待遇按月发放不受影响。\n\n二、2025年3月3日20:00起暂停网上经办大厅业务办理，以及在经办窗口。',
      ),
    );
    const stopped = businesses(d.facts).filter((b) => b.windows.length);
    expect(stopped.map((b) => b.name)).toEqual(['参保登记', '网上经办大厅业务办理']);
    for (const b of businesses(d.facts)) expect(b.name).not.toMatch(/^(在|\d|二、|起)|不受影响/);
  });
});

describe('the ways a stop names', () => {
  it('gives the channels "涉及…渠道" to the businesses its sentence stopped', async () => {
    const d = await draft(
      notice(
        '2025年3月3日20:00起，暂停办理职工医保参保登记业务，上述业务涉及“某某通”APP、网上服务大厅等线上办理渠道。2025年3月4日8:00起，暂停办理异地就医备案。',
      ),
    );
    expect(named(d.facts, '参保登记').channels).toEqual(['“某某通”APP、网上服务大厅等线上办理渠道']);
    expect(named(d.facts, '备案').channels).toEqual([]);
  });
});

describe('kinds read from a notice’s words', () => {
  it('reads "待遇类经办业务" as claims (待遇申报), which questions about 报销 reach', async () => {
    const d = await draft(notice('2025年3月3日20:00起，停止职工医疗保险（含生育）所有待遇类经办业务。'));
    expect(businesses(d.facts)[0].facets.what).toEqual(['待遇申报']);
  });
});
