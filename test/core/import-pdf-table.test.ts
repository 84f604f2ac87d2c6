// A PDF-copied notice whose attachment lists the offices' phones in three columns (unit, address,
// phone): long unit names wrap onto a line of their own inside their cell, an address holds a space,
// a row with a long address fills the page line, a page number follows. Every row must become a
// contact a question finds. Wording of its own, not any notice's.
import { afterAll, describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/assistant.ts';
import { removeTempDirs } from '../support/helpers.ts';
import { draft } from '../support/import-support.ts';
import { PDF_NOTICE_BODY } from '../support/pdf-notice.ts';

afterAll(removeTempDirs);

const notice = [
  '邵阳市医疗保障局',
  '关于医保信息系统升级期间暂停',
  '部分业务的公告',
  '',
  ...PDF_NOTICE_BODY,
  '    三、咨询电话',
  '    停机期间如有疑问，请拨打附件所列各经办机构的咨询电话。',
  '',
  '邵阳市医疗保障局',
  '2024年5月6日',
  '',
  '附件',
  '邵阳市医疗保障经办机构咨询电话',
  '单位名称 办公地址 咨询电话',
  '邵阳市医疗保障事业管理 双清区宝庆东路民主巷口112号 0739-2883651',
  '中心',
  '市医保中心异地就医备案 双清区宝庆东路112号 0739-2883659',
  '双清区医疗保障局 双清区 中华路8号 0739-2821367',
  '城步苗族自治县医疗 儒林镇新华路3号 0739-5126883',
  '保障局',
  '邵阳新区社会事务局 邵阳新区创业大道6号 0739-2685130',
  '',
  '— 4 —',
].join('\n');

const contactsOf = async () => (await draft(notice, 'shaoyang.txt')).facts.contacts as any[];

describe('a PDF-copied attachment table of units, addresses and phones', () => {
  it('makes every row a contact, the wrapped unit joined whole and the address left out', async () => {
    const rows = (await contactsOf()).filter((c) => c.quote.startsWith('|')).map((c) => [c.unit, c.level, c.phones.map((p: any) => p.number).join()]);
    expect(rows).toEqual([
      ['邵阳市医疗保障事业管理中心', 'city', '0739-2883651'],
      ['市医保中心', 'city', '0739-2883659'],
      ['双清区医疗保障局', 'district', '0739-2821367'],
      ['城步苗族自治县医疗保障局', 'district', '0739-5126883'],
      ['邵阳新区社会事务局', 'district', '0739-2685130'],
    ]);
    for (const c of await contactsOf()) expect(`${c.unit}${c.label}`).not.toMatch(/路|号/);
  });

  it('labels a line the table names by its business with that business', async () => {
    const line = (await contactsOf()).find((c) => c.phones[0]?.number === '0739-2883659');
    expect(line.label).toBe('异地就医备案咨询电话');
  });

  it('answers by the county short names and by the business of a line', async () => {
    const d = await draft(notice, 'shaoyang.txt');
    const bot = await createAssistant({ knowledge: d.load() });
    const ask = async (text: string) => String((await bot.ask({ text, at: '2024-05-17T10:00:00+08:00' }))?.text ?? '');
    expect(await ask('城步县医保局电话')).toContain('0739-5126883');
    expect(await ask('城步医保咨询电话')).toContain('0739-5126883');
    expect(await ask('异地就医备案咨询电话')).toContain('0739-2883659');
    expect(await ask('邵阳新区医保电话多少')).toContain('0739-2685130');
  });
});
