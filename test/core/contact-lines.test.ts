// Contact tables read as a citizen needs them (writes two small notices to a temp folder):
// a district name two cities share is answered for both and said so; the line a question
// names (投诉 → 监督电话) is the one given; a label that says 电话 is not followed by 电话
// again; one unit's several lines keep their labels.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAssistant, type Assistant } from '../../src/assistant.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { removeTempDirs, tempDir } from '../support/helpers.ts';

interface Row {
  unit: string;
  level: 'city' | 'district';
  label: string;
  phone?: string;
}

function notice(id: string, city: string, districts: string[], rows: Row[]): { id: string; notice: string; facts: string } {
  const line = (r: Row) => `${r.unit}${r.label}：${r.phone ?? '（空）'}`;
  const text = `# ${city}市医疗保障局关于医保系统切换的公告

2024年6月3日18:00起，暂停定点医药机构医保结算，预计2024年6月6日8:00起恢复。

附件：联系电话
${rows.map(line).join('\n')}

${city}市医疗保障局
2024年5月28日
`;
  const facts = `id: ${id}
title: ${city}市医疗保障局关于医保系统切换的公告
issuers: [${city}市医疗保障局]
published: "2024-05-28"
city:
  name: ${city}
  aliases: [${city}市]
districts:
${districts.map((d) => `  - { name: ${d}, aliases: [] }`).join('\n')}
businesses:
  - id: settlement
    name: 定点医药机构医保结算
    domain: 医保
    windows:
      - suspend: "2024-06-03T18:00"
        suspend_quote: 2024年6月3日18:00起，暂停定点医药机构医保结算
        resume: "2024-06-06T08:00"
        resume_mode: date
        resume_quote: 预计2024年6月6日8:00起恢复
contacts:
${rows
  .map(
    (r) => `  - unit: ${r.unit}
    level: ${r.level}
    topic: general
    label: ${r.label}
    phones: [${r.phone ? `{ number: "${r.phone}" }` : ''}]
    quote: ${line(r)}`,
  )
  .join('\n')}
`;
  return { id, notice: text, facts };
}

const EAST = notice(
  'dongjiang-2024-06',
  '东江',
  ['开发区', '北湖区'],
  [
    { unit: '东江市医保中心', level: 'city', label: '咨询电话', phone: '0701-1000001' },
    { unit: '东江市医保中心', level: 'city', label: '监督电话', phone: '0701-1000009' },
    { unit: '北湖区', level: 'district', label: '咨询电话' },
    { unit: '北湖区', level: 'district', label: '监督电话', phone: '0701-2000009' },
    { unit: '开发区', level: 'district', label: '咨询电话', phone: '0701-3000001' },
  ],
);
const WEST = notice(
  'xiling-2024-06',
  '西岭',
  ['开发区'],
  [
    { unit: '西岭市医保中心', level: 'city', label: '咨询电话', phone: '0702-1000001' },
    { unit: '开发区', level: 'district', label: '咨询电话', phone: '0702-3000001' },
  ],
);

const AT = '2024-06-04T10:00';
let bot: Assistant;

beforeAll(async () => {
  const dir = tempDir('cutover-contacts-');
  for (const n of [EAST, WEST]) {
    mkdirSync(join(dir, n.id));
    writeFileSync(join(dir, n.id, 'notice.md'), n.notice);
    writeFileSync(join(dir, n.id, 'facts.yaml'), n.facts);
  }
  bot = await createAssistant({ knowledge: loadKnowledge(dir) });
});
afterAll(removeTempDirs);

const ask = async (text: string, session?: string) => (await bot.ask({ text, at: AT, session })).text;

describe('a district name two cities share', () => {
  it('with no city named, both cities’ rows are given, and the reply says both have one', async () => {
    const reply = await ask('开发区医保的电话是多少');
    expect(reply).toMatch(/东江、西岭都有开发区/);
    expect(reply).toContain('0701-3000001');
    expect(reply).toContain('0702-3000001');
  });

  it('a city named, or the conversation’s city, picks that city’s row', async () => {
    const named = await ask('西岭开发区医保电话');
    expect(named).toContain('0702-3000001');
    expect(named).not.toContain('0701-3000001');
    await ask('东江医保结算哪天恢复', 'east');
    const carried = await ask('开发区的电话呢', 'east');
    expect(carried).toContain('0701-3000001');
    expect(carried).not.toContain('0702-3000001');
  });
});

describe('the line a question names', () => {
  it('a complaint number asked of a district is that district’s 监督电话, not the list of every hotline', async () => {
    for (const q of ['北湖区医保举报电话', '我想投诉，北湖区打哪个电话']) {
      const reply = await ask(q);
      expect(reply, q).toContain('0701-2000009');
      expect(reply, q).not.toContain('0702-1000001'); // another city's hotline
    }
  });

  it('a complaint number asked of the city is the centre’s 监督电话 line, labelled', async () => {
    const reply = await ask('东江医保投诉电话');
    expect(reply).toMatch(/东江市医保中心·监督电话：0701-1000009/);
    expect(reply).not.toContain('0701-1000001');
  });
});

describe('the wording of contact lines', () => {
  it('a blank cell labelled 咨询电话 points to the centre’s line without saying 电话 twice', async () => {
    const reply = await ask('北湖区医保咨询电话');
    expect(reply).toMatch(/北湖区·咨询电话：公告附件电话表中此栏为空/);
    expect(reply).toContain('东江市医保中心咨询电话 0701-1000001');
    expect(reply).not.toMatch(/电话电话/);
  });

  it('a unit with several lines shows the line’s label in the contact line of an answer, which is no line for complaints', async () => {
    const reply = await ask('东江医保结算什么时候恢复');
    expect(reply).toMatch(/咨询电话：东江市医保中心（咨询电话） 0701-1000001\n/);
    expect(reply).not.toMatch(/监督电话/);
  });

  it('a unit with one line keeps it unlabelled', async () => {
    expect(await ask('西岭医保结算什么时候恢复')).toMatch(/咨询电话：西岭市医保中心 0702-1000001/);
  });
});
