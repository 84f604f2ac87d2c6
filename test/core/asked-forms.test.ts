// Questions that name things as citizens do, on fictional notices (written to a temp folder): a unit in
// short form (医保中心 for 医疗保障服务中心 / 医疗保险管理中心), a development zone named with the city
// (经开区) that no places list has, a channel (去窗口, 线上) that must not hide the business asked about.
import { afterAll, describe, expect, it } from 'vitest';
import { createAssistant, type Assistant } from '../../src/assistant.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { buildEngine } from '../../src/conversation/engine.ts';
import { understand } from '../../src/understand/index.ts';
import { removeTempDirs, sh } from '../support/helpers.ts';
import { qinglanKnowledge } from '../support/qinglan-notice.ts';

/** before every stop */
const BEFORE = '2024-05-08T10:00';

afterAll(removeTempDirs);

let bot: Assistant;
const ask = async (text: string, at = BEFORE, session?: string) => {
  bot ??= await createAssistant({ knowledge: loadKnowledge(qinglanKnowledge()) });
  return (await bot.ask({ text, at, session })).text;
};

describe('a unit named in short form', () => {
  it('医保 is 医疗保障 / 医疗保险 in a unit’s name: the unit’s line, not another line that shares a word (政务服务便民)', async () => {
    for (const q of ['青岚市医保服务中心电话', '青岚医保中心电话多少', '青岚市医疗保障服务中心的号码']) {
      const reply = await ask(q);
      expect(reply, q).toMatch(/青岚市医疗保障服务中心：0931-6100001/);
      expect(reply, q).not.toMatch(/12345|6100002|6100009/);
    }
    for (const q of ['松源市医保中心电话', '松源医保中心咨询电话']) {
      const reply = await ask(q, '2024-05-30T10:00');
      expect(reply, q).toMatch(/松源市医疗保险管理中心：0932-7100001/);
      expect(reply, q).not.toMatch(/12393/);
    }
  });

  it('a unit named by the domain alone names none in particular: every line of the city', async () => {
    expect(await ask('松源医保电话', '2024-05-30T10:00')).toMatch(/0932-7100001[\s\S]*12393/);
  });

  it('a development zone written with the city’s name, which no places list holds, is found by its own name', async () => {
    for (const q of ['青岚经开区医保电话', '青岚经开区电话']) {
      const reply = await ask(q);
      expect(reply, q).toMatch(/青岚经开区：0931-6100002/);
      expect(reply, q).not.toMatch(/6100001/);
    }
    // 高新区 is a district of another city (松源): named with its own city, it is that city's unit
    const zone = await ask('青岚高新区医保电话');
    expect(zone).toMatch(/青岚高新区：0931-6100003/);
    expect(zone).not.toMatch(/松源|7100005/);
    expect(await ask('松源高新区医保电话')).toMatch(/7100005/);
    await ask('青岚医保什么时候停', BEFORE, 'zone');
    expect(await ask('经开区电话', BEFORE, 'zone')).toMatch(/青岚经开区：0931-6100002/);
  });
});

describe('a hospital named by its own name', () => {
  it('is where care is had, read as its kind (医院): its own words are no part of the topic (they would match unrelated items)', () => {
    const engine = buildEngine(loadKnowledge(qinglanKnowledge()));
    const topic = (q: string) => understand(q, sh(BEFORE), engine.understandCtx).topicTokens;
    expect(topic('孕妇在白鹭湾妇幼保健院住院生孩子，青岚医保入院手续咋办')).toEqual(topic('孕妇在医院住院生孩子，青岚医保入院手续咋办'));
    const tokens = topic('我爸去白鹭湾第三人民医院住院了怎么结算');
    expect(tokens).toEqual(expect.arrayContaining(['@inpatient', '@settle']));
    expect(tokens.filter((t) => /[白鹭湾第三人民]/.test(t))).toEqual([]);
    // a name that says what (外地医院, 工伤协议医院) is kept
    expect(topic('在外地医院住院怎么结算')).toContain('@remote');
    expect(topic('在工伤协议医院住院怎么结算')).toContain('@injury');
  });
});

describe('停保, ending one’s insurance', () => {
  it('is a business of enrolment (参保登记, 变更), not a question of when things stop', async () => {
    for (const q of ['松源医保停保什么时候能办', '松源停保现在能办吗']) expect(await ask(q, '2024-06-03T10:00'), q).toMatch(/^松源·参保登记：目前暂停中/);
  });
});

describe('a line for complaints (举报, 监督)', () => {
  it('is no business’s contact, nor an answer to a question that asks for no complaint', async () => {
    for (const q of ['青岚手工报销打哪个电话', '青岚手工报销什么时候停']) expect(await ask(q), q).not.toMatch(/6100009/);
    expect(await ask('青岚医保投诉电话')).toMatch(/医保基金监督[^\n]*0931-6100009/);
  });
});

describe('a channel named in a question about a business', () => {
  it('去窗口 / 线上 does not hide the business: answered as the question without it is', async () => {
    const plain = await ask('青岚报销医药费可以吗');
    expect(plain).toMatch(/^青岚·医疗费用零星报销：目前可以正常办理/);
    for (const q of ['青岚去窗口报销医药费可以吗', '青岚线上报销医药费可以吗']) expect((await ask(q)).split('\n')[0], q).toBe(plain.split('\n')[0]);
  });
});

describe('care in another city', () => {
  /** local inpatient settlement and care elsewhere are both stopped, with different resumptions */
  const DURING = '2024-05-13T10:00';

  it('is 异地就医: its own business and window, not local settlement', async () => {
    const reply = await ask('我是青岚医保，在成都住院，出院能直接结算吗', DURING);
    expect(reply).toMatch(/^青岚·异地就医直接结算：/);
    expect(reply).toMatch(/5月19日8:00/);
    expect(reply).not.toMatch(/住院医保结算/);
    const filing = await ask('青岚医保，要去上海看病怎么备案', DURING);
    expect(filing).toMatch(/^青岚·异地就医备案：[^\n]*5月18日9:00/);
  });

  it('is not where the asker is insured: insured elsewhere, treated here, is local care', async () => {
    const reply = await ask('我是上海参保的，在青岚住院，停机期间出院怎么结算', DURING);
    expect(reply).toMatch(/^青岚·定点医院住院医保结算：/);
  });

  it('named in a conversation about a city, the place of care is not the city asked about', async () => {
    await ask('青岚医保什么时候停', DURING, 'elsewhere');
    const reply = await ask('要去上海看病怎么备案', DURING, 'elsewhere');
    expect(reply).toMatch(/^青岚·异地就医备案：/);
    expect(reply).not.toMatch(/暂未收录上海/);
  });
});
