// What an operator writing a notice from the README alone meets (test/fixtures/operator-city,
// copied to a temp folder): a contact row printed as the district's office is that district's
// row; a column covering two businesses is written once (topic: [a, b]) and shown once; a date
// the notice gives without a clock time is written as a date alone and replied without one;
// a quote need not copy **bold**; an impossible date is still refused.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/assistant.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { readKnowledge } from '../../src/knowledge/read.ts';
import { removeTempDirs, ROOT, tempDir } from '../support/helpers.ts';

const FIXTURE = join(ROOT, 'test/fixtures/operator-city');
const ID = 'yangli-2022-09';

/** The fixture in a temp folder, its facts.yaml edited by `edit`. */
function folder(edit: (facts: string) => string = (f) => f): string {
  const dir = tempDir('cutover-operator-');
  cpSync(FIXTURE, join(dir, ID), { recursive: true });
  const facts = join(dir, ID, 'facts.yaml');
  writeFileSync(facts, edit(readFileSync(facts, 'utf8')));
  return dir;
}

async function ask(text: string, at: string): Promise<string> {
  const bot = await createAssistant({ knowledge: loadKnowledge(folder()) });
  return (await bot.ask({ text, at })).text;
}

afterAll(removeTempDirs);

describe('a notice written by an operator from the README', () => {
  it('counts a contact printed as the district office (游仙区医疗保障事务中心) as that district’s', async () => {
    const reply = await ask('样例游仙区医保电话是多少', '2022-10-01T10:00');
    expect(reply).toContain('0000-3333333');
    expect(reply).not.toContain('没有列出');
  });

  it('warns of a district row whose unit names no district listed under districts', () => {
    expect(readKnowledge(folder()).warnings).toEqual([]);
    const warned = readKnowledge(folder((f) => f.replace('    aliases: [游仙]', '    aliases: []').replace('  - name: 游仙区', '  - name: 涪城区'))).warnings;
    expect(warned.map((w) => w.message)).toEqual([
      expect.stringMatching(/游仙区医疗保障事务中心" names no district/),
      expect.stringMatching(/names no district/),
    ]);
  });

  it('answers each business of a column written once with topic: [a, b], and shows the cell once', async () => {
    expect(await ask('样例医保缴费打什么电话', '2022-10-01T10:00')).toContain('0000-1111111');
    expect(await ask('样例参保登记打什么电话', '2022-10-01T10:00')).toContain('0000-1111111');
    const lines = (await ask('样例游仙区医保电话是多少', '2022-10-01T10:00')).split('\n');
    expect(lines.filter((l) => l.includes('参保登记及缴费'))).toHaveLength(1);
  });

  it('says a date given without a clock time without one ("10月10日起逐步恢复", never 0:00 or 24:00)', async () => {
    const now = await ask('样例现在能刷医保卡吗', '2022-10-01T10:00');
    expect(now).toContain('10月10日起逐步恢复');
    const table = await ask('样例停机时间表', '2022-09-25T10:00');
    expect(table).toContain('10月10日起恢复');
    for (const reply of [now, table]) expect(reply).not.toMatch(/10月(9|10)日\d{1,2}:\d\d/);
  });

  it('takes a date alone as the start of that day: "9月29日前" is past on the 29th', async () => {
    expect(await ask('样例参保登记还能办吗', '2022-09-28T10:00')).toContain('9月29日前办理参保登记');
    expect(await ask('样例参保登记还能办吗', '2022-09-29T10:00')).not.toContain('9月29日前办理参保登记');
  });

  it('still refuses a date that is not on the calendar, and a date alone beside a quote that gives the time', () => {
    expect(() => loadKnowledge(folder((f) => f.replace('resume: "2022-10-10"', 'resume: "2022-09-31"')))).toThrow(/not on the calendar/);
    expect(() => loadKnowledge(folder((f) => f.replace('suspend: "2022-09-30T18:00"', 'suspend: "2022-09-30"')))).toThrow(/disagrees with suspend_quote/);
  });
});
