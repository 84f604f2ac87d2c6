// A weekday of this or next week with a part of the day ("这礼拜五晚上", "下礼拜一上午"): the
// period is that part of that day, the reply names both, and when the stop falls earlier that
// day the citizen reads that it is too late then and until when it is still possible.
import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/assistant.ts';
import { resolveWhen } from '../../src/time/when.ts';
import { KNOWLEDGE_DIR, firstLine, sh } from '../support/helpers.ts';

const bot = await createAssistant({ knowledgeDir: KNOWLEDGE_DIR });
const ask = async (text: string, at: string) => firstLine((await bot.ask({ text, at })).text);
/** A Wednesday: Changsha's enrolment stops on Friday 10-22 at 18:00. */
const WEDNESDAY = '2021-10-20T09:00';

describe('a weekday with a part of the day', () => {
  it('is that part of that day', () => {
    const at = sh(WEDNESDAY);
    const span = (text: string) => {
      const r = resolveWhen(text, at);
      return [r.from.toISO(), r.to.toISO()];
    };
    expect(span('这礼拜五晚上')).toEqual([sh('2021-10-22T18:00').toISO(), sh('2021-10-23T00:00').toISO()]);
    expect(span('下礼拜一上午')).toEqual([sh('2021-10-25T00:00').toISO(), sh('2021-10-25T12:00').toISO()]);
    expect(span('本星期六')).toEqual([sh('2021-10-23T00:00').toISO(), sh('2021-10-24T00:00').toISO()]);
  });

  it('after a stop earlier that day: too late then, and possible until the stop', async () => {
    const line = await ask('长沙这礼拜五晚上过去办理参保登记赶得上吗', WEDNESDAY);
    expect(line).toMatch(/这礼拜五晚上（10月22日，周五）处于暂停期间，不能办理/);
    expect(line).toContain('当天18:00前仍可以办理');
  });

  it('"赶得上不" is how it is asked, not what: its words do not count against the match', async () => {
    const line = await ask('长沙参保登记这礼拜五晚上去窗口办赶得上不', WEDNESDAY);
    expect(line).toMatch(/^长沙·医保参保登记[^：]*：这礼拜五晚上（10月22日，周五）处于暂停期间/);
  });

  it('before the stop that day: possible then, and the stop after it', async () => {
    const line = await ask('长沙这礼拜五上午过去办理参保登记赶得上吗', WEDNESDAY);
    expect(line).toMatch(/这礼拜五上午（10月22日，周五）可以正常办理/);
    expect(line).toContain('10月22日18:00起暂停');
  });

  it('"赶得上吗" about this evening, asked that morning, is about now too', async () => {
    const line = await ask('长沙今天晚上去办参保登记赶得上吗', '2021-10-22T10:00');
    expect(line).toContain('现在可以正常办理，18:00前仍可以');
  });
});
