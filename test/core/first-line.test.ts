// The first line of a reply answers what was asked, and the reply fits a phone screen:
// "哪天恢复" leads with the resumption and "几号停" with the stop; a later day after a stop
// the notice left open is not claimed to be suspended still; hospitals' duties are for
// hospitals; a heading says what it is about.
import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/assistant.ts';
import { KNOWLEDGE_DIR } from '../support/helpers.ts';

const bot = await createAssistant({ knowledgeDir: KNOWLEDGE_DIR });
const ask = async (text: string, at: string) => (await bot.ask({ text, at: `${at}+08:00` })).text;
/** The first line without its "城市·业务：" subject. */
const answerOf = (reply: string) => reply.split('\n')[0]!.replace(/^[^：]*：/, '');

describe('an open-ended stop asked about for a later day', () => {
  it('says the notice gives no date to come back, not that it cannot be done then', async () => {
    for (const [q, at] of [
      ['武汉元旦前后居民医保的费用能不能缴', '2021-12-13T16:00'],
      ['武汉下个星期四能去银行交医保费了吗', '2021-12-17T11:00'],
    ]) {
      const first = (await ask(q!, at!)).split('\n')[0]!;
      expect(first, q).toMatch(/医保费缴纳/);
      expect(first, q).toContain('公告未给出恢复日期');
      expect(first, q).toMatch(/自12月14日24:00起暂停，恢复时间另行通知/);
      expect(first, q).not.toMatch(/不能办理|暂停期间/);
    }
  });

  it("a city's timetable for such a day counts them apart from what is known to be suspended", async () => {
    const state = (await ask('武汉医保12月29号那天哪些业务能办', '2021-12-13T16:00')).split('\n')[1]!;
    expect(state).toMatch(/有2项业务处于暂停期间，另有8项业务公告未给出恢复日期/);
  });

  it('still says suspended today, and on the night it stops', async () => {
    expect(answerOf(await ask('武汉今天可以交医保费吗', '2021-12-17T11:00'))).toMatch(/^今天.*暂停期间，不能办理/);
    expect(answerOf(await ask('武汉今晚12点以后还能缴医保费么', '2021-12-14T21:30'))).toMatch(/暂停期间，不能办理/);
  });
});

describe('the first line leads with what was asked', () => {
  it('"哪天恢复" leads with the resumption, before and during the stop', async () => {
    expect(answerOf(await ask('武汉看病刷医保卡哪天能恢复', '2021-12-13T16:00'))).toMatch(/^预计12月31日23:00起恢复/);
    expect(answerOf(await ask('武汉看病刷医保卡几点恢复', '2021-12-27T08:00'))).toMatch(/^预计12月31日23:00起恢复.*暂停中/);
  });

  it('"几号停" leads with the stop', async () => {
    expect(answerOf(await ask('武汉看病刷医保卡几号停', '2021-12-13T16:00'))).toMatch(/^将于12月22日18:00起暂停/);
  });

  it('a city asked "哪天恢复" leads with its resumptions, not a list of what stopped', async () => {
    const reply = await ask('长沙那边医保到底哪天能恢复正常', '2021-11-02T09:30');
    expect(reply.split('\n')[0]).toMatch(/^长沙：11月12日8:00起恢复.*11月22日8:00起恢复/);
    expect(reply).not.toMatch(/起暂停：/);
  });

  it('a day asked "几点恢复" says what comes back that day, or that nothing does', async () => {
    expect((await ask('武汉医保12月31号当天几点能恢复', '2021-12-26T09:30')).split('\n')[0]).toMatch(/^武汉：12月31日23:00起恢复医保实时联网结算/);
    expect((await ask('武汉医保12月29号几点能恢复', '2021-12-26T09:30')).split('\n')[0]).toMatch(/^武汉：12月29日（周三）没有业务恢复；下一次是12月31日23:00/);
  });

  it('a question that only mentions 停机 is answered, not given the timetable first', async () => {
    const reply = await ask('武汉医保业务的办理期限赶上停机到期了怎么处理', '2021-12-13T16:00');
    expect(reply.split('\n')[0]).toMatch(/顺延/);
    expect(reply).not.toMatch(/停机安排/);
  });

  it('asked both in one message, one answer serves both', async () => {
    const reply = await ask('武汉看病刷医保卡几号停？几号恢复？', '2021-12-13T16:00');
    expect(reply.match(/^武汉·医保实时联网结算/gm)).toHaveLength(1);
  });
});

describe('whose instructions are shown', () => {
  const HOSPITALS_DUTY = /各医疗机构于/;

  it("a citizen asking when card payment stops is not given the hospitals' duties", async () => {
    const reply = await ask('武汉在药房买药用医保卡结算几号停', '2021-12-13T16:00');
    expect(reply).toMatch(/12月22日18:00/);
    expect(reply).not.toMatch(HOSPITALS_DUTY);
  });

  it('a hospital asking, or someone asking about a discharge, is', async () => {
    expect(await ask('我们武汉的医院在停机前要给住院的人办完出院医保结算吗', '2021-12-13T16:00')).toMatch(HOSPITALS_DUTY);
    expect(await ask('我爸在武汉住着院，出院那天医保还能结吗', '2021-12-13T16:00')).toMatch(HOSPITALS_DUTY);
  });

  it('a heading of what to do after it returns says what returned', async () => {
    const reply = await ask('武汉看病刷医保卡现在能用了吗', '2022-01-03T10:00');
    expect(reply).toMatch(/^医保实时联网结算恢复后请注意：$/m);
    expect(reply).not.toMatch(/^恢复后(请注意)?：$/m);
  });

  it('a status reply fits one phone screen', async () => {
    const reply = await ask('武汉看病刷医保卡哪天能恢复', '2021-12-13T16:00');
    expect([...reply].length).toBeLessThanOrEqual(300);
  });
});
