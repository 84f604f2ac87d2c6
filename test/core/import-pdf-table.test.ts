// A PDF-copied notice whose attachment lists the offices' phones in three columns (unit, address,
// phone): long unit names wrap onto a line of their own inside their cell, an address holds a space,
// a row with a long address fills the page line, a page number follows. Every row must become a
// contact a question finds. Wording of its own, not any notice's.
import { afterAll, describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/assistant.ts';
import { removeTempDirs } from '../support/helpers.ts';
import { draft } from '../support/import-support.ts';

afterAll(removeTempDirs);

const notice = [
  '邵阳市医疗保障局',
  '关于医保信息系统升级期间暂停',
  '部分业务的公告',
  '',
  '    为做好全省统一医疗保障信息平台在我市的升级工作，我市医保业',
  '务系统将于2025年3月中旬停机切换，部分医保业务暂停办理，现将有',
  '关事项公告如下：',
  '    一、暂停时间',
  '    （一）参保登记。全市各级医保经办机构于2025年3月13日17时',
  '30分起，暂停办理职工医保和城乡居民医保的参保登记、信息变更、停',
  '保和关系转移接续业务。',
  '    （二）联网结算。2025年3月16日（星期日）20时起，全市定点',
  '医疗机构和定点零售药店暂停医保联网结算，门诊、住院和刷卡购药均',
  '暂停。',
  '',
  '                              — 1 —',
  '',
  '    二、恢复时间',
  '    2025年3月21日（星期五）8时起，恢复全市定点医疗机构和定点零售',
  '药店医保联网结算；2025年3月22日（星期六）8时30分起，恢复参保登',
  '记、信息变更、停保和关系转移接续业务。',
  '    三、咨询电话',
  '    停机期间如有疑问，请拨打附件所列各经办机构的咨询电话。',
  '',
  '邵阳市医疗保障局',
  '2025年3月6日',
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
    const ask = async (text: string) => String((await bot.ask({ text, at: '2025-03-17T10:00:00+08:00' }))?.text ?? '');
    expect(await ask('城步县医保局电话')).toContain('0739-5126883');
    expect(await ask('城步医保咨询电话')).toContain('0739-5126883');
    expect(await ask('异地就医备案咨询电话')).toContain('0739-2883659');
    expect(await ask('邵阳新区医保电话多少')).toContain('0739-2685130');
  });
});
