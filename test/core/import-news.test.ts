// Stops as a local news report retells a notice: the date before the business and the verb at
// the end, a day named relative to the sentence before (同一天, 次日), and a subject introduced at
// length before "将从…起暂停". Each report is written here in its own words.
import { afterAll, describe, expect, it } from 'vitest';
import { removeTempDirs } from '../support/helpers.ts';
import { draft } from '../support/import-support.ts';

afterAll(removeTempDirs);

const report = (body: string) => `# 青禾市医保系统下月升级 部分业务暂停办理\n\n${body}\n\n青禾日报记者 林晓\n\n2026年4月2日\n`;
const named = (facts: Record<string, any>, part: string) => (facts.businesses as any[]).find((b) => b.name.includes(part));
const windowOf = (facts: Record<string, any>, part: string) => {
  const w = named(facts, part)?.windows[0];
  return w && [w.suspend, w.resume ?? null];
};

describe('a stop whose date comes first and whose verb comes last', () => {
  it('gives the business between them that stop and the resumption after it', async () => {
    const d = await draft(report('随后，4月10日（周五）下午4点，灵活就业人员医保缴费的登记和变更业务暂停，4月20日（周一）上午9点恢复。'));
    expect(windowOf(d.facts, '缴费')).toEqual(['2026-04-10T16:00', '2026-04-20T09:00']);
    d.load();
  });
});

describe('a day named by the moment before it', () => {
  it('reads 同一天 as the day of the sentence before', async () => {
    const d = await draft(
      report(
        '随后，4月10日（周五）下午4点，灵活就业人员医保缴费业务暂停，4月20日（周一）上午9点恢复。\n\n同一天下午5点半，门诊慢特病的资格申请和认定业务也将暂停，4月19日上午8点半恢复。',
      ),
    );
    expect(windowOf(d.facts, '慢特病')).toEqual(['2026-04-10T17:30', '2026-04-19T08:30']);
    d.load();
  });

  it('reads 次日 as the day after the date just named', async () => {
    const d = await draft(
      report('4月10日（周五）晚上8点起，定点医院和定点药店的联网结算暂停。\n\n系统将在4月12日（周日）完成切换验证，次日零时起恢复联网结算。'),
    );
    expect(windowOf(d.facts, '结算')).toEqual(['2026-04-10T20:00', '2026-04-13T00:00']);
    d.load();
  });
});

describe('a subject introduced at length before "将从…起暂停"', () => {
  it('stops what the clause before the verb names, split by where care happens', async () => {
    const d = await draft(report('大家最常用的看病买药刷医保，也就是定点医院和定点药店的联网结算，将从4月10日（周五）晚上8点起暂停。'));
    const settled = (d.facts.businesses as any[]).filter((b) => b.facets.what?.includes('结算'));
    expect(settled.flatMap((b) => b.facets.setting).sort()).toEqual(['住院', '药店', '门诊'].sort());
    for (const b of settled) expect(b.windows[0].suspend).toBe('2026-04-10T20:00');
    d.load();
  });
});
