// Text broken after a count of characters rather than at a page width: a line full of dates and
// times ("2024年5月8日（星期三）17:30起，暂") holds as many characters as a line of words but
// is narrower, and the break may fall inside the verb ("暂\n停"). Wording of its own.
import { afterAll, describe, expect, it } from 'vitest';
import { removeTempDirs } from '../support/helpers.ts';
import { draft } from '../support/import-support.ts';

afterAll(removeTempDirs);

/** The text cut every `n` characters, each paragraph's first line indented with two full-width spaces. */
function cutEvery(n: number, paragraphs: string[]): string {
  return paragraphs
    .flatMap((p) => {
      const chars = [...p];
      const lines: string[] = [];
      for (let i = 0; i < chars.length; i += n) lines.push(chars.slice(i, i + n).join(''));
      return lines;
    })
    .join('\n');
}

const notice = [
  '松原市医疗保障局',
  '关于医保信息系统升级期间暂停部分业务的通告',
  '',
  cutEvery(26, [
    '　　按照全省统一安排，我市医疗保障信息系统将进行升级和数据迁移，系统升级期间全市各级医保经办机构和定点医药机构部分医保业务将分阶段暂停办理，现将有关事项通告如下：',
    '　　一、暂停办理的业务及时间',
    '　　（一）2024年5月8日（星期三）17:30起，暂停办理职工医保和城乡居民医保参保登记、信息变更及关系转移接续业务。',
    '　　（二）2024年5月10日（星期五）18时起，暂停办理门诊慢特病待遇认定和零星医疗费用报销业务。',
    '　　（三）2024年5月13日（星期一）20:00起，全市定点医疗机构和定点零售药店暂停医保联网结算，包括门诊、住院和药店购药。',
    '　　二、恢复办理的时间',
    '　　医保联网结算于2024年5月16日（星期四）8时起恢复，其余业务于2024年5月20日（星期一）8时30分起恢复办理。',
  ]),
  '',
  '松原市医疗保障局',
  '2024年5月6日',
].join('\n');

const suspendOf = (facts: Record<string, any>, part: string) =>
  (facts.businesses as any[]).filter((b) => b.name.includes(part)).map((b) => b.windows[0].suspend);

describe('a notice broken after a count of characters', () => {
  it('joins the lines of dates back into their sentences, so every item is a stop of its own moment', async () => {
    const d = await draft(notice, 'songyuan.txt', { city: '松原' });
    expect(d.result.noticeMd).toContain('17:30起，暂停办理职工医保');
    expect(suspendOf(d.facts, '参保登记')).toEqual(['2024-05-08T17:30']);
    expect(suspendOf(d.facts, '零星医疗费用报销')).toEqual(['2024-05-10T18:00']);
    expect(suspendOf(d.facts, '联网结算').length).toBeGreaterThan(0);
    for (const at of suspendOf(d.facts, '联网结算')) expect(at).toBe('2024-05-13T20:00');
  });
});
