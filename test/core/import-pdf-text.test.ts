// A notice copied out of a PDF into a .txt: lines broken where the page was full (even inside a
// time, "17时\n30分"), page numbers on lines of their own, and its phone table flattened into
// lines of cells parted by spaces. Wording of its own, not any notice's.
import { afterAll, describe, expect, it } from 'vitest';
import { removeTempDirs } from '../support/helpers.ts';
import { draft } from '../support/import-support.ts';
import { PDF_NOTICE_BODY } from '../support/pdf-notice.ts';

afterAll(removeTempDirs);

const wrapped = [
  '青川市医疗保障局',
  '关于医保信息平台上线期间暂停',
  '部分业务的公告',
  '',
  ...PDF_NOTICE_BODY,
  '    三、咨询电话',
  '单位 参保登记电话 费用结算电话',
  '市医保中心 0839-3310001 0839-3310002',
  '利州区 0839-3320001 0839-3320002',
  '昭化区 0839-3330001 0839-3330002',
  '',
  '青川市医疗保障局',
  '2024年5月6日',
].join('\n');

const named = (facts: Record<string, any>, part: string) => (facts.businesses as any[]).find((b) => b.name.includes(part));

describe('a notice copied out of a PDF', () => {
  it('has its broken lines joined, so each stop and resumption is read with its whole time', async () => {
    const d = await draft(wrapped, 'qingchuan.txt', { city: '青川' });
    const enrol = named(d.facts, '参保登记');
    expect(enrol.windows[0].suspend).toBe('2024-05-13T17:30');
    expect(enrol.windows[0].resume).toBe('2024-05-22T08:30');
    const settle = named(d.facts, '联网结算');
    expect(settle.windows[0].suspend).toBe('2024-05-16T20:00');
    expect(settle.windows[0].resume).toBe('2024-05-21T08:00');
    expect(d.load().notices[0]?.businesses.length).toBeGreaterThanOrEqual(2);
  });

  it('keeps no page number, and leaves short lines (the title, the signature) as they were', async () => {
    const d = await draft(wrapped, 'qingchuan.txt', { city: '青川' });
    const text = d.result.noticeMd;
    expect(text).not.toMatch(/— 1 —/);
    expect(text).toContain('全市定点医疗机构和定点零售药店暂停医保联网结算，门诊、住院和刷卡购药均暂停。');
    expect(text).toMatch(/^青川市医疗保障局$/m);
  });

  it("reads the flattened phone table as a table: each district's number under its column", async () => {
    const d = await draft(wrapped, 'qingchuan.txt', { city: '青川' });
    const contacts = d.facts.contacts as any[];
    const zhaohua = contacts.filter((c) => c.unit === '昭化区');
    expect(zhaohua.map((c) => [c.label, c.phones[0].number])).toEqual(
      expect.arrayContaining([
        [expect.stringMatching(/参保登记/), '0839-3330001'],
        [expect.stringMatching(/费用结算/), '0839-3330002'],
      ]),
    );
  });

  it('a text written one line per paragraph is left as it is', async () => {
    const plain =
      '# 甲市医保停机公告\n\n2024年5月16日20时起，甲市定点医疗机构暂停医保联网结算。\n\n2024年5月21日8时起恢复。\n\n甲市医疗保障局\n\n2024年5月6日\n';
    const d = await draft(plain, 'jia.txt', { city: '甲' });
    expect(d.result.noticeMd).toContain('2024年5月16日20时起，甲市定点医疗机构暂停医保联网结算。\n\n2024年5月21日8时起恢复。');
  });
});
