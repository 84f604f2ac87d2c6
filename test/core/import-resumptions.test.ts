// The importer's rules for what a notice states apart from its stop sentence: resumptions in a
// later section or phase, steps under a guidance heading, and procedures' businesses. Each notice
// is written here in its own words (none is a seed's or a fixture's).
import { afterAll, describe, expect, it } from 'vitest';
import { removeTempDirs } from '../support/helpers.ts';
import { draft } from '../support/import-support.ts';

afterAll(removeTempDirs);

const notice = (body: string) => `# 某某市医疗保障局关于核心业务系统迁移的公告\n\n${body}\n\n某某市医疗保障局\n\n2024年4月1日\n`;
const byName = (facts: Record<string, any>) => Object.fromEntries((facts.businesses as any[]).map((b) => [b.name, b]));
const resumeOf = (facts: Record<string, any>, name: string) => {
  const w = byName(facts)[name]?.windows[0];
  return w && [w.resume ?? null, w.resume_mode ?? null];
};

describe('resumptions stated apart', () => {
  it('resumes each item of a list in a later section, and only those', async () => {
    const d = await draft(
      notice(
        '## 一、停办时间\n\n2024年4月12日17:00起，暂停办理门诊结算、住院结算、异地就医备案业务和参保登记业务。\n\n## 二、恢复\n\n自4月15日9:00起，恢复办理参保登记、住院结算、门诊结算业务。',
      ),
    );
    for (const name of ['门诊结算', '住院结算', '参保登记业务']) expect(resumeOf(d.facts, name)).toEqual(['2024-04-15T09:00', 'date']);
    expect(resumeOf(d.facts, '异地就医备案业务')).toEqual([null, null]);
    d.load();
  });

  it('splits a list joined by 和 when each side names a kind, so each phase resumes its own', async () => {
    const d = await draft(
      notice('2024年4月12日17:00起，暂停办理住院结算和异地就医备案业务。第一阶段：4月14日8:00起恢复住院结算；第二阶段：4月18日8:00起恢复异地就医备案。'),
    );
    expect(resumeOf(d.facts, '住院结算')).toEqual(['2024-04-14T08:00', 'date']);
    expect(resumeOf(d.facts, '异地就医备案业务')).toEqual(['2024-04-18T08:00', 'date']);
  });

  it('gives a resumption "上线后" the go-live date of its paragraph', async () => {
    const d = await draft(notice('2024年4月12日17:00起，暂停办理门诊结算业务。\n\n新平台计划于4月16日正式上线，上线后即恢复门诊结算业务。'));
    expect(resumeOf(d.facts, '门诊结算业务')).toEqual(['2024-04-16T00:00', 'date']);
  });

  it('reads "…业务自X起一并恢复办理" after a list', async () => {
    const d = await draft(
      notice('2024年4月12日17:00起，暂停办理门诊结算、住院结算以及异地就医备案业务。\n\n门诊结算、住院结算业务自4月15日8:30起一并恢复办理。'),
    );
    expect(resumeOf(d.facts, '门诊结算')).toEqual(['2024-04-15T08:30', 'date']);
    expect(resumeOf(d.facts, '住院结算')).toEqual(['2024-04-15T08:30', 'date']);
  });

  it('finds the object before the verb when only a manner follows it ("…等业务恢复正常办理")', async () => {
    const d = await draft(notice('2024年4月12日17:00起，暂停办理门诊结算和参保登记业务。\n\n4月15日8:30起，门诊结算、参保登记等业务恢复正常办理。'));
    expect(resumeOf(d.facts, '门诊结算')).toEqual(['2024-04-15T08:30', 'date']);
    expect(resumeOf(d.facts, '参保登记业务')).toEqual(['2024-04-15T08:30', 'date']);
  });

  it('reads "届时恢复上述业务" as a resumption of all at the go-live date', async () => {
    const d = await draft(notice('2024年4月12日17:00起，暂停办理门诊结算和参保登记业务。\n\n新系统于4月16日上线运行，届时恢复办理上述业务。'));
    expect(d.facts.resumptions).toEqual([expect.objectContaining({ at: '2024-04-16T00:00', mode: 'date', covers: '医保', except: [] })]);
    d.load();
  });

  it('reads "恢复时间为X" with the object before the verb, and never resumes at the stop’s own moment', async () => {
    const later = await draft(notice('2024年4月12日17:00起，暂停办理门诊结算和参保登记业务。\n\n上述业务的恢复时间为4月15日8:30。'));
    expect(later.facts.resumptions).toEqual([expect.objectContaining({ at: '2024-04-15T08:30', covers: '医保' })]);
    const same = await draft(notice('2024年4月12日17:00起，暂停办理门诊结算和参保登记业务，预计于4月15日8:30恢复。'));
    expect(resumeOf(same.facts, '门诊结算')).toEqual(['2024-04-15T08:30', 'date']);
    expect(same.facts.resumptions ?? []).toEqual([]);
  });

  it('takes the go-live date given in brackets after "上线后"', async () => {
    const d = await draft(notice('2024年4月12日17:00起，暂停办理门诊结算和参保登记业务。\n\n待新系统上线后（预计4月16日），恢复门诊结算业务。'));
    expect(resumeOf(d.facts, '门诊结算')).toEqual(['2024-04-16T00:00', 'date']);
  });

  it('reads "X以后，…可正常办理Y" as Y resuming at X, not as a business that goes on', async () => {
    const d = await draft(notice('2024年4月12日17:00起，暂停办理门诊结算和参保登记业务。\n\n4月15日8:30以后，参保人员可正常办理门诊结算业务。'));
    expect((d.facts.businesses as any[]).map((b) => b.name)).toEqual(['门诊结算', '参保登记业务']);
    expect(resumeOf(d.facts, '门诊结算')).toEqual(['2024-04-15T08:30', 'date']);
    expect(resumeOf(d.facts, '参保登记业务')).toEqual([null, null]);
  });

  it('never reads a label "暂停业务恢复时间：" as the time a section stops', async () => {
    const d = await draft(
      notice('2024年4月12日17:00起，暂停办理住院结算业务。\n\n## 二、门诊慢特病\n\n暂停业务恢复时间：2024年4月15日8:00。\n\n暂停办理门诊慢特病待遇认定业务。'),
    );
    for (const b of d.facts.businesses as any[]) for (const w of b.windows) expect(w.suspend_quote).not.toMatch(/恢复/);
  });

  it('gives a blanket resumption that names no domain to every domain still stopped, keeping its exception', async () => {
    const d = await draft(
      notice(
        '2024年4月12日17:00起，暂停办理住院结算、异地就医备案业务，税务部门暂停城乡居民医保费征收。\n\n4月15日8:00起，除异地就医备案外，恢复其余各项业务。',
      ),
    );
    const rs = d.facts.resumptions as any[];
    expect(rs.map((r) => r.covers).sort()).toEqual(['医保', '征收']);
    const remote = (d.facts.businesses as any[]).find((b) => b.name.startsWith('异地就医备案'));
    expect(rs.every((r) => r.at === '2024-04-15T08:00' && r.except.includes(remote.id))).toBe(true);
    d.load();
  });

  it('never takes a sentence that resumes for the quote of a stop', async () => {
    const d = await draft(notice('2024年4月12日17:00起，暂停门诊慢特病待遇认定业务。\n\n2024年4月15日8:00起，恢复此前暂停办理门诊慢特病待遇认定业务。'));
    const [b] = d.facts.businesses as any[];
    expect(d.facts.businesses).toHaveLength(1);
    expect(b.windows).toHaveLength(1);
    expect(b.windows[0].suspend_quote).not.toMatch(/恢复/);
    expect(b.windows[0].resume).toBe('2024-04-15T08:00');
  });
});

describe('business names', () => {
  it('keeps a bracket whole and shares no qualifier cut inside it', async () => {
    const d = await draft(notice('2024年4月12日17:00起，暂停办理职工普通门诊统筹（含“两病”用药保障、慢特病门诊结算）、住院结算业务。'));
    const names = (d.facts.businesses as any[]).map((b) => b.name);
    expect(names).toEqual(['职工普通门诊统筹（含“两病”用药保障、慢特病门诊结算）', '住院结算业务']);
  });

  it('reads each line of a list that "以下业务：" introduces as a business of the same window, and no line after it', async () => {
    const d = await draft(
      notice(
        '2024年4月12日17:00起，暂停办理以下业务：\n\n1. 城乡居民参保登记（含新生儿参保）；\n\n2. 门诊慢特病待遇认定；\n\n3. 异地就医备案。\n\n## 二、注意事项\n\n1. 请参保人员提前备足药品。',
      ),
    );
    const names = (d.facts.businesses as any[]).map((b) => b.name);
    expect(names).toEqual(['城乡居民参保登记（含新生儿参保）', '门诊慢特病待遇认定', '异地就医备案']);
    expect(new Set((d.facts.businesses as any[]).map((b) => b.windows[0].suspend))).toEqual(new Set(['2024-04-12T17:00']));
    d.load();
  });

  it('names the items of "包括A、B在内的…", and drops a closing bracket that opens nowhere', async () => {
    const d = await draft(
      notice('2024年4月12日17:00起，暂停办理包括门诊结算、住院结算在内的各项医保业务。2024年4月13日8:00起，暂停办理医疗费用零星报销（含异地急诊）结算）业务。'),
    );
    expect((d.facts.businesses as any[]).map((b) => b.name)).toEqual(['门诊结算', '住院结算', '医疗费用零星报销（含异地急诊）结算业务']);
  });

  it('borrows no head word for an item that ends in a business word of its own', async () => {
    const d = await draft(notice('2024年4月12日17:00起，暂停办理门诊慢特病待遇认定和异地就医备案业务。'));
    expect((d.facts.businesses as any[]).map((b) => b.name)).toEqual(['门诊慢特病待遇认定', '异地就医备案业务']);
  });
});

describe('guidance on the businesses it concerns', () => {
  const stops = '## 一、停办时间\n\n2024年4月12日17:00起，全市定点医药机构暂停门诊结算、住院结算、药店购药结算和异地就医备案业务。';
  const guide =
    '## 二、停办期间看病买药\n\n（一）停办期间办理出院的，先行垫付住院费用，待系统恢复后由医院补录结算。\n\n（二）到定点药店买药的，个人先垫付，恢复后凭发票手工报销。\n\n（三）看门诊的，医疗机构暂缓结算，系统恢复后补办结算手续。';

  it('puts each step, with its quote, on the business of the setting it names, during and after', async () => {
    const d = await draft(notice(`${stops}\n\n${guide}`));
    const b = byName(d.facts);
    const quotes = (name: string, phase: string) => (b[name][phase] as any[]).map((s) => s.quote);
    expect(quotes('住院结算', 'during')).toEqual([expect.stringContaining('住院费用')]);
    expect(quotes('住院结算', 'after')).toEqual([expect.stringContaining('补录结算')]);
    expect(quotes('药店购药结算', 'during')).toEqual([expect.stringContaining('定点药店')]);
    expect(quotes('门诊结算', 'during')).toEqual([expect.stringContaining('看门诊')]);
    expect(quotes('异地就医备案业务', 'during')).toEqual([]);
    d.load();
  });

  it('makes steps of the sentences of a paragraph too long to be one step', async () => {
    const filler = '本次系统迁移涉及全市各级经办机构和定点医药机构，相关单位将提前做好数据核对、人员培训和应急值守等准备工作。'.repeat(3);
    const d = await draft(
      notice(`${stops}\n\n## 二、停办期间看病买药\n\n${filler}停办期间办理出院的，先行垫付住院费用，待系统恢复后由医院补录结算。${filler}`),
    );
    const during = (byName(d.facts).住院结算.during as any[]).map((s) => s.quote);
    expect(during).toEqual(['停办期间办理出院的，先行垫付住院费用，待系统恢复后由医院补录结算。']);
  });

  it('ties a procedure to the business its heading names, not to one its time line mentions', async () => {
    const d = await draft(
      notice(
        '## 一、停办时间\n\n2024年4月12日17:00起，暂停办理住院结算和异地就医备案业务。\n\n## 二、办理指南\n\n### （一）住院结算\n\n办理时间：停办期间请先办理异地就医备案咨询，出院费用先行垫付。',
      ),
    );
    const ids = Object.fromEntries((d.facts.businesses as any[]).map((b) => [b.name, b.id]));
    const proc = (d.facts.procedures as any[]).find((p) => /住院结算/.test(p.title));
    expect(proc.business).toBe(ids.住院结算);
  });
});
