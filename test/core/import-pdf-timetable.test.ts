// A PDF-copied notice whose whole schedule is a timetable flattened into lines of space-parted
// cells: a header of column names, numbered rows, a business name wrapped onto the next line(s),
// time cells that are a date with a clock time, a date only or 另行通知, a page number between
// rows, and a sentence after the table saying the online channels stop too. Each row must become
// a business with its stop and its resumption. Wording of its own, not any notice's.
import { afterAll, describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/assistant.ts';
import { removeTempDirs } from '../support/helpers.ts';
import { draft } from '../support/import-support.ts';

afterAll(removeTempDirs);

const notice = [
  '青禾市医疗保障局',
  '关于医保信息系统升级期间暂停部分业务的通告',
  '',
  '    按照全省统一部署，我市医疗保障信息系统将于2024年9月中旬进行升',
  '级切换。切换期间部分医保业务暂停办理，现将有关安排通告如下：',
  '    一、暂停及恢复业务时间安排',
  '序号 业务名称 暂停时间 恢复时间',
  '1 参保登记、参保信息变更 9月10日17:30 9月20日8:30',
  '2 门诊慢特病待遇 9月10日17:30 另行通知',
  '认定',
  '3 异地就医备案（含转外就 9月11日18:00 9月17日8:30',
  '医备案）',
  '',
  '— 1 —',
  '',
  '4 零星医疗费用报销（手工报 9月11日18:00 9月26日',
  '销）受理',
  '5 定点医疗机构门诊、住院医 9月15日20:00 9月19日8:00',
  '保结算',
  '以上业务在青禾医保APP、“青禾医保”微信公众号等线上渠道同步暂',
  '停。',
  '    二、有关事项',
  '    暂停期间，参保群众在定点医疗机构就医购药发生的医疗费用，可先',
  '行垫付，待系统恢复后持相关票据到参保地医保经办机构办理报销。请',
  '广大参保群众提前做好安排，合理规划业务办理时间，由此带来的不便',
  '敬请谅解。',
  '    咨询电话：0571-12345678',
  '',
  '青禾市医疗保障局',
  '2024年9月2日',
].join('\n');

const windowsOf = (facts: Record<string, any>) =>
  (facts.businesses as any[]).flatMap((b) => (b.windows as any[]).map((w) => ({ name: b.name as string, ...w })));

describe('a PDF-copied timetable flattened into lines', () => {
  it('drafts a folder that passes kb:check, the timetable rebuilt with its wrapped names whole', async () => {
    const d = await draft(notice, 'qinghe.txt');
    expect(() => d.load()).not.toThrow();
    expect(d.result.noticeMd).toContain('| 3 | 异地就医备案（含转外就医备案） | 9月11日18:00 | 9月17日8:30 |');
    expect(d.result.noticeMd).toContain('| 4 | 零星医疗费用报销（手工报销）受理 | 9月11日18:00 | 9月26日 |');
    expect(d.result.noticeMd).not.toMatch(/— 1 —/);
  });

  it('gives every row its stop and its resumption', async () => {
    const windows = windowsOf((await draft(notice, 'qinghe.txt')).facts);
    const rowOf = (quote: RegExp) => windows.filter((w) => quote.test(w.suspend_quote));
    const expected: [RegExp, string, string | undefined, string][] = [
      [/参保登记/, '2024-09-10T17:30', '2024-09-20T08:30', 'date'],
      [/门诊慢特病/, '2024-09-10T17:30', undefined, 'tbd'],
      [/异地就医备案/, '2024-09-11T18:00', '2024-09-17T08:30', 'date'],
      [/零星医疗费用/, '2024-09-11T18:00', '2024-09-26', 'date'],
      [/定点医疗机构/, '2024-09-15T20:00', '2024-09-19T08:00', 'date'],
    ];
    for (const [quote, suspend, resume, mode] of expected) {
      const found = rowOf(quote);
      expect(found.length, String(quote)).toBeGreaterThan(0);
      for (const w of found) {
        expect(String(w.suspend)).toContain(suspend);
        expect(w.resume_mode).toBe(mode);
        if (resume) expect(String(w.resume)).toContain(resume);
      }
    }
  });

  it('takes the year from the body ("将于2024年9月中旬") when the notice is not signed with a date', async () => {
    const unsigned = notice.split('\n').slice(0, -2).join('\n');
    const windows = windowsOf((await draft(unsigned, 'qinghe.txt')).facts);
    expect(windows.find((w) => /异地就医备案/.test(w.suspend_quote))).toMatchObject({ suspend: '2024-09-11T18:00', resume: '2024-09-17T08:30' });
  });

  it('answers when a row resumes', async () => {
    const d = await draft(notice, 'qinghe.txt');
    const bot = await createAssistant({ knowledge: d.load() });
    const ask = async (text: string) => String((await bot.ask({ text, at: '2024-09-12T10:00:00+08:00' }))?.text ?? '');
    expect(await ask('异地就医备案什么时候恢复')).toMatch(/9月17日.*8:30|9月17日.*8时30/);
    expect(await ask('参保登记什么时候恢复')).toMatch(/9月20日.*8:30|9月20日.*8时30/);
  });
});
