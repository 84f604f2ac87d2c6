// Which line of a contacts table a question gets: the column of what the citizen is doing
// (paying a hospital bill is 费用结算's, a chronic illness 慢特病's), a line by its label
// (值班, 热线), every subject of a question that asks for two, and a district that lacks
// the column asked says so and gives the city's line of that column, never another column.
// test/fixtures/river-city is a notice the project never grew up with.
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAssistant, type Assistant } from '../../src/assistant.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { KNOWLEDGE_DIR, removeTempDirs, ROOT, tempDir } from '../support/helpers.ts';

const AT = '2024-06-02T10:00';
let river: Assistant;
let seeds: Assistant;

beforeAll(async () => {
  const dir = tempDir('cutover-river-');
  cpSync(join(ROOT, 'test', 'fixtures', 'river-city'), join(dir, 'hechuan-2024-06'), { recursive: true });
  river = await createAssistant({ knowledge: loadKnowledge(dir) });
  seeds = await createAssistant({ knowledge: loadKnowledge(KNOWLEDGE_DIR) });
});
afterAll(removeTempDirs);

const ask = async (text: string, at = AT) => (await river.ask({ text, at })).text;

describe('the column of what the citizen is doing', () => {
  it('settling a hospital bill or a claim is the 费用结算 column, not 异地备案', async () => {
    for (const q of ['东湖区出院结账的电话', '东湖区住院结账的号码', '东湖区报销打哪个电话']) {
      const reply = await ask(q);
      expect(reply, q).toContain('0800-2000001');
      expect(reply, q).not.toContain('0800-2000002');
    }
  });

  it('in a seed city too: a discharge bill in a district is its 费用结算 cell', async () => {
    const reply = (await seeds.ask({ text: '芙蓉区出院结账打什么电话', at: '2021-10-28T10:00' })).text;
    expect(reply).toContain('费用结算：0731-84683805');
    expect(reply).not.toContain('0731-84683816'); // 芙蓉区's 医疗异地备案 cell
  });

  it('a chronic illness is the 慢特病 column', async () => {
    expect(await ask('东湖区慢性病问题找哪个电话')).toMatch(/东湖区·慢特病：0800-2000003/);
  });

  it('a district whose row lacks the column asked says so and gives the city’s line of that column only', async () => {
    const reply = await ask('西山区慢病的联系电话');
    expect(reply).toMatch(/西山区没有列出慢特病电话/);
    expect(reply).toContain('0800-1000003');
    expect(reply).not.toMatch(/0800-3000001|0800-3000002/); // the row's other columns
  });
});

describe('a line by its label', () => {
  it.each([
    ['河川停机的时候应急值班打哪个', '0800-1009999'],
    ['河川的医保服务热线', '0800-12345'],
    ['河川有没有咨询热线', '0800-12345'],
  ])('%s → %s alone', async (q, phone) => {
    const reply = await ask(q);
    expect(reply).toContain(phone);
    expect(reply).not.toContain('0800-1000001'); // the first column of the table
  });
});

describe('the line of the domain asked', () => {
  it('a city with a 医保 and a 社保 line gives the one the question names', async () => {
    const social = (await seeds.ask({ text: '武汉社保那边的服务热线是多少', at: '2021-12-20T10:00' })).text;
    expect(social).toContain('12333');
    expect(social).not.toContain('87812393');
    const medical = (await seeds.ask({ text: '武汉医保的咨询热线', at: '2021-12-20T10:00' })).text;
    expect(medical).toContain('87812393');
    expect(medical).not.toContain('12333');
  });
});

describe('two subjects in one question', () => {
  it.each([
    ['河川慢特病的电话跟异地备案的电话各是多少', ['0800-1000003', '0800-1000002']],
    ['东湖区费用结算、慢特病电话分别多少', ['0800-2000001', '0800-2000003']],
    ['河川值班电话和服务热线', ['0800-1009999', '0800-12345']],
    ['东湖区的费用结算和慢特病分别多少', ['0800-2000001', '0800-2000003']],
    ['东湖区跟西山区的结算电话', ['0800-2000001', '0800-3000001']],
  ])('%s answers both', async (q, phones) => {
    const reply = await ask(q);
    for (const p of phones) expect(reply, q).toContain(p);
    expect(reply.match(/河川咨询电话：/g)?.length ?? 0, q).toBeLessThanOrEqual(1);
  });
});

describe('a follow-up in a conversation about phone numbers', () => {
  it('naming another column gets that column alone, and a district after it keeps the column', async () => {
    const session = 'columns-follow-up';
    const say = async (text: string) => (await river.ask({ text, at: AT, session })).text;
    await say('东湖区费用结算的电话');
    const chronic = await say('那慢病的呢');
    expect(chronic).toContain('0800-2000003');
    expect(chronic).not.toContain('0800-2000001');
    const west = await say('西山区呢');
    expect(west).toMatch(/西山区没有列出慢特病电话/);
    expect(west).not.toContain('0800-3000001');
  });
});
