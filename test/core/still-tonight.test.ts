// "今晚就不能用了吧" asked in the afternoon, before a stop at the end of the working day:
// the reply says it works now, until when, and that it stops this evening — for every
// stop moment of the two notices. Asked without "still", tonight alone is answered.
import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/assistant.ts';
import { KNOWLEDGE_DIR, firstLine } from '../support/helpers.ts';

const bot = await createAssistant({ knowledgeDir: KNOWLEDGE_DIR });
const verdictOf = async (text: string, at: string) => firstLine((await bot.ask({ text, at })).text);

describe('still / already, asked at 16:30 about this evening', () => {
  // [question, asked at, the business, the stop's clock time, the stop as the reply dates it]
  const cases: [string, string, RegExp, string, string][] = [
    ['长沙医保参保登记今天晚上就办不了了吧', '2021-10-22T16:30', /参保登记及异动/, '18:00', '10月22日18:00'],
    ['长沙今晚去药店买药，医保卡还刷得了吗', '2021-10-31T16:30', /定点医药机构医保结算/, '18:00', '10月31日18:00'],
    ['武汉居民医保参保登记，今晚还可以办吗', '2021-12-14T16:30', /城乡居民医保.*参保登记/, '17:30', '12月14日17:30'],
    ['武汉职工医保参保登记今晚是不是已经停了', '2021-12-15T16:30', /城镇职工医保.*参保登记/, '17:30', '12月15日17:30'],
    ['武汉今天晚上去医院，医保是不是就用不了了', '2021-12-22T16:30', /实时联网结算/, '18:00', '12月22日18:00'],
    ['武汉下班后去药店，医保卡还能刷吗', '2021-12-22T16:30', /实时联网结算/, '18:00', '12月22日18:00'],
  ];

  it.each(cases)('%s (%s)', async (q, at, business, clock, stop) => {
    const v = await verdictOf(q, at);
    expect(v).toMatch(business);
    expect(v).toContain(`现在可以正常办理，${clock}前仍可以`);
    expect(v).toContain(`${stop}起暂停`);
    expect(v).not.toMatch(/不能办理|暂停期间/);
  });

  it('a payment that stops at midnight works all evening', async () => {
    const v = await verdictOf('武汉的医保费今天晚上还能交吗', '2021-12-14T16:30');
    expect(v).toMatch(/医保费缴纳.*可以正常办理/);
    expect(v).toContain('12月14日24:00起暂停');
  });

  it('still suspended now, resuming later this evening', async () => {
    const v = await verdictOf('武汉今晚医保卡还没恢复吧', '2021-12-31T16:30');
    expect(v).toContain('现在仍暂停，23:00前不能办理');
    expect(v).toContain('12月31日23:00起恢复');
  });

  it('without still / already, the evening alone is answered', async () => {
    const v = await verdictOf('长沙今晚去药店买药能刷医保吗', '2021-10-31T16:30');
    expect(v).toMatch(/暂停期间，不能办理/);
  });
});
