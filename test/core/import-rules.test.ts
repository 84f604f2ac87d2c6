// The importer's reading rules, each on a notice of its own wording (not the seeds').
import { afterAll, describe, expect, it } from 'vitest';
import { removeTempDirs } from '../support/helpers.ts';
import { draft } from '../support/import-support.ts';

afterAll(removeTempDirs);

const notice = (body: string, signed = '2023年3月1日') => `# 某某市医疗保障局关于医保信息系统升级的公告\n\n${body}\n\n南宁市医疗保障局\n\n${signed}\n`;
const windowsOf = (facts: Record<string, any>) => (facts.businesses as any[]).flatMap((b) => (b.windows ?? []).map((w: any) => ({ name: b.name, ...w })));

describe('moments', () => {
  it('gives a date without a year the notice date’s year, and flags it', async () => {
    const d = await draft(notice('3月5日18:00起，暂停办理门诊结算业务。'));
    expect(windowsOf(d.facts)[0].suspend).toBe('2023-03-05T18:00');
    expect(d.result.factsYaml).toMatch(/# 请核对：年份未写明，按公告日期取 2023 年/);
    expect(d.result.uncertain.some((u) => /年份未写明/.test(u.why) && u.quote?.includes('3月5日18:00起'))).toBe(true);
    d.load();
  });

  it('takes the next year for a January date in a December notice', async () => {
    const d = await draft(notice('12月28日17时起，暂停办理住院结算业务。1月4日8时起，恢复住院结算业务。', '2023年12月20日'));
    const w = windowsOf(d.facts)[0];
    expect([w.suspend, w.resume, w.resume_mode]).toEqual(['2023-12-28T17:00', '2024-01-04T08:00', 'date']);
    d.load();
  });

  it('keeps 24:00 and 0:00 as written', async () => {
    const d = await draft(notice('2023年6月30日24:00起，暂停办理药店刷卡购药业务；2023年7月3日0:00起，暂停办理异地就医备案业务。'));
    expect(windowsOf(d.facts).map((w) => w.suspend)).toEqual(['2023-06-30T24:00', '2023-07-03T00:00']);
    d.load();
  });

  it('reads 下午3点半 and a weekday in brackets', async () => {
    const d = await draft(notice('2023年4月7日（星期五）下午3点半起，暂停办理职工参保登记业务。2023年4月10日（周一）上午9时起，恢复办理职工参保登记业务。'));
    const w = windowsOf(d.facts)[0];
    expect([w.suspend, w.resume]).toEqual(['2023-04-07T15:30', '2023-04-10T09:00']);
    d.load();
  });
});

describe('businesses', () => {
  it('makes several businesses, with one quote, of a sentence that names several kinds', async () => {
    const d = await draft(notice('2023年5月6日20时起，全市定点医药机构暂停门诊结算、住院结算及异地就医备案业务。'));
    const ws = windowsOf(d.facts);
    expect(ws.map((w) => w.name)).toEqual(['门诊结算', '住院结算', '异地就医备案业务']);
    expect(new Set(ws.map((w) => w.suspend_quote)).size).toBe(1);
    const kinds = (d.facts.businesses as any[]).map((b) => b.facets);
    expect(kinds[0]).toMatchObject({ what: ['结算'], setting: ['门诊'] });
    expect(kinds[2]).toMatchObject({ where: ['异地'] });
    d.load();
  });

  it('gives a list its shared head word and its shared qualifier', async () => {
    const d = await draft(notice('2023年5月6日20时起，暂停办理灵活就业人员参保登记、核定业务。'));
    expect((d.facts.businesses as any[]).map((b) => b.name)).toEqual(['灵活就业人员参保登记', '灵活就业人员核定业务']);
  });

  it('attaches a blanket resumption to its whole domain and keeps 除…外 as an exception', async () => {
    const d = await draft(
      notice(
        '2023年8月1日18时起，暂停办理异地就医备案业务。2023年8月1日18时起，暂停办理门诊结算业务。2023年8月9日8时起，除异地就医备案业务外，恢复办理各项医保业务。',
      ),
    );
    const remote = (d.facts.businesses as any[]).find((b) => b.name.includes('异地'));
    expect(d.facts.resumptions).toEqual([expect.objectContaining({ covers: '医保', at: '2023-08-09T08:00', mode: 'date', except: [remote.id] })]);
    const kb = d.load();
    const resumed = kb.notices[0]!.businesses.map((b) => [b.name, b.windows[0]!.resumeMode]);
    expect(resumed).toEqual([
      ['异地就医备案业务', 'unstated'],
      ['门诊结算业务', 'date'],
    ]);
  });

  it('reads a business the notice says goes on', async () => {
    const d = await draft(notice('2023年8月1日18时起，暂停办理门诊结算业务。停机期间，退休人员养老金发放不受影响。'));
    const on = (d.facts.businesses as any[]).find((b) => b.unaffected);
    expect(on).toMatchObject({ name: '退休人员养老金发放', unaffected: '停机期间，退休人员养老金发放不受影响。' });
  });
});

describe('contacts', () => {
  const table = [
    '2023年9月1日18时起，暂停办理门诊结算业务。',
    '',
    '附件：咨询电话',
    '',
    '| 单位 | 门诊结算 | 投诉电话 |',
    '|---|---|---|',
    '| 市医保中心 | 0771-5551234 | 0771-5550000 |',
    '| 青秀区 |  | 0771-5556789（工作日） |',
  ].join('\n');

  it('makes one contact per unit and column, a blank cell without a phone, the area code kept', async () => {
    const d = await draft(notice(table), 'notice.md', { city: '南宁' });
    const c = d.facts.contacts as any[];
    expect(c.map((x) => [x.unit, x.level, x.label, x.phones])).toEqual([
      ['市医保中心', 'city', '门诊结算', [{ number: '0771-5551234' }]],
      ['市医保中心', 'city', '投诉电话', [{ number: '0771-5550000' }]],
      ['青秀区', 'district', '门诊结算', []],
      ['青秀区', 'district', '投诉电话', [{ number: '0771-5556789', note: '工作日' }]],
    ]);
    expect(c[0].topic).toBe((d.facts.businesses as any[])[0].id);
    expect(d.result.factsYaml).toMatch(/# 请核对：这一格是空的/);
    expect(d.facts.districts).toEqual([{ name: '青秀区', aliases: ['青秀'] }]);
    d.load();
  });

  it('reads a phone number in the prose, with the area code given apart', async () => {
    const d = await draft(notice('2023年9月1日18时起，暂停办理门诊结算业务。\n\n医保服务热线（区号0771）：5558888'));
    expect(d.facts.contacts).toEqual([expect.objectContaining({ label: '医保服务热线', area_code: '0771', phones: [{ number: '0771-5558888' }] })]);
    d.load();
  });
});

describe('places and guidance', () => {
  it('answers why the systems stop from the notice’s reason sentence', async () => {
    const d = await draft(notice('根据省医疗保障局统一部署，我市医保系统将切换至省医疗保障信息平台。2023年9月1日18时起，暂停办理门诊结算业务。'));
    expect(d.facts.reason).toEqual({ quote: '根据省医疗保障局统一部署，我市医保系统将切换至省医疗保障信息平台。' });
    expect(d.facts.procedures[0]).toMatchObject({ id: 'cutover-reason', answer: '根据省医疗保障局统一部署，我市医保系统将切换至省医疗保障信息平台。' });
    d.load();
  });

  it('words a numbered deadline step without its number, and keeps its moment', async () => {
    const d = await draft(notice('2023年9月1日18时起，暂停办理住院结算业务。\n\n2.各医院请于2023年9月1日17时前为在院病人办理住院结算。'));
    expect(d.facts.businesses[0].before).toEqual([
      { text: '各医院请于2023年9月1日17时前为在院病人办理住院结算', at: '2023-09-01T17:00', quote: '2.各医院请于2023年9月1日17时前为在院病人办理住院结算。' },
    ]);
    d.load();
  });

  it('finds the city in the issuer, with its province', async () => {
    const d = await draft(notice('2023年9月1日18时起，暂停办理门诊结算业务。'));
    expect(d.facts.city).toMatchObject({ name: '南宁', province: '广西' });
  });

  it('makes procedures of a guidance section, each with its quote', async () => {
    const d = await draft(
      notice(
        '一、暂停时间\n\n2023年9月1日18时起，暂停办理门诊结算业务。\n\n二、暂停期间办理指南\n\n（一）门诊就医\n\n暂停期间门诊费用由参保人先行垫付，系统恢复后回就诊医院补办结算。',
      ),
    );
    expect(d.facts.procedures).toEqual([
      expect.objectContaining({
        title: '门诊就医',
        phase: 'during',
        quote: '暂停期间门诊费用由参保人先行垫付，系统恢复后回就诊医院补办结算。',
        business: (d.facts.businesses as any[])[0].id,
      }),
    ]);
    d.load();
  });
});
