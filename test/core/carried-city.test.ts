// A question that names its own city is read the same whatever city its conversation carries, so the
// conversation's city is not read for it (src/conversation/carried-city.ts) and the answer cache keeps
// one reply for it, not one per city carried. Proved on every question of every set, asked with every
// carried city and with none; and on names several cities share (高新区), where the carried city decides.
// Likewise a field the question keeps as it was (the question form of a question that asks in no form
// of its own) is not read: one reply is kept, and each conversation keeps its own value.
import { cpSync } from 'node:fs';
import { DateTime } from 'luxon';
import { afterAll, describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/assistant.ts';
import { understandCarrying } from '../../src/conversation/carried-city.ts';
import { buildEngine, type Engine } from '../../src/conversation/engine.ts';
import { sessionKey } from '../../src/conversation/sessions.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { MemoryStore } from '../../src/stores/store.ts';
import { normalize } from '../../src/understand/normalize.ts';
import { understand } from '../../src/understand/index.ts';
import { splitQuestions } from '../../src/understand/parts.ts';
import { writeSyntheticKnowledge } from '../../bench/synthetic.ts';
import { removeTempDirs, tempDir } from '../support/helpers.ts';
import { cases as set1 } from '../questions/cases.ts';
import { cases as set2 } from '../questions/cases-2.ts';
import { cases as set3 } from '../questions/cases-3.ts';
import { cases as set4 } from '../questions/cases-4.ts';
import { cases as set5 } from '../questions/cases-5.ts';

afterAll(removeTempDirs);

const AT = DateTime.fromISO('2021-12-12T10:00:00+08:00', { setZone: true });

/** Each question read lazily as read eagerly with each carried city and with none; how many never read the city. */
function compareReadings(e: Engine, questions: string[]): { read: number; unread: number } {
  const counts = { read: 0, unread: 0 };
  for (const question of questions)
    for (const carried of [undefined, ...e.kb.cities.map((c) => c.name)]) {
      let read = false;
      const lazily = understandCarrying(question, AT, e.understandCtx, e.sharedPlaces, () => ((read = true), carried));
      expect(lazily, `${question} (carrying ${carried})`).toEqual(understand(question, AT, e.understandCtx, carried));
      counts[read ? 'read' : 'unread']++;
    }
  return counts;
}

describe('the carried city, read only where it can matter', () => {
  it('every question of every set reads as with the hint, whichever city is carried; those naming a city never read it', () => {
    const e = buildEngine(loadKnowledge('knowledge'));
    const questions = [...new Set([set1, set2, set3, set4, set5].flat().flatMap((c) => splitQuestions(c.q).map((q) => normalize(q))))];
    const { read, unread } = compareReadings(e, questions);
    expect(unread).toBeGreaterThan(questions.length); // most questions name their city (each counted once per city carried)
    expect(read).toBeGreaterThan(0); // and some do not
  });

  it('a district name two cities share (高新区) reads the carried city; named with its city it does not', () => {
    // the seed with two synthetic cities beside it, one of which has a 高新区 too (as test/core/city-isolation.test.ts)
    const dir = tempDir();
    cpSync('knowledge', dir, { recursive: true });
    writeSyntheticKnowledge(dir, { cities: 2, includeSeed: false, secondNoticeEvery: 1, from: 150 });
    const e = buildEngine(loadKnowledge(dir));
    expect(e.sharedPlaces.has('高新区')).toBe(true);
    compareReadings(e, ['高新区医保电话', '长沙高新区医保电话', '高新区医保什么时候恢复', '长沙医保结算什么时候恢复', '那高新区呢']);
    const reads = (q: string) => {
      let read = false;
      understandCarrying(q, AT, e.understandCtx, e.sharedPlaces, () => ((read = true), '长沙'));
      return read;
    };
    expect(reads('高新区医保电话')).toBe(true);
    expect(reads('长沙高新区医保电话')).toBe(false);
  });

  it('the answer cache keeps one reply for a question naming its city, whatever city its conversation carries', async () => {
    const store = new MemoryStore();
    const bot = await createAssistant({ knowledge: loadKnowledge('knowledge'), store });
    const carrying = { none: undefined, cs: '长沙', wh: '武汉' };
    const asked = async (text: string) => {
      const replies = [];
      for (const session of Object.keys(carrying)) replies.push((await bot.ask({ text, at: AT.toISO()!, session, channel: 'api' })).text);
      return replies;
    };
    const carry = async () => {
      for (const [session, city] of Object.entries(carrying)) await store.set(sessionKey('api', session), city ? { city } : {}, 60);
    };
    await carry();
    const before = bot.cacheStats();
    const named = await asked('武汉医保结算什么时候恢复');
    expect(bot.cacheStats().misses - before.misses).toBe(1);
    expect(new Set(named).size).toBe(1);
    // a question naming no city still follows each conversation's city
    await carry(); // (the question above left each conversation in 武汉)
    const between = bot.cacheStats();
    const unnamed = await asked('医保结算什么时候恢复');
    expect(bot.cacheStats().misses - between.misses).toBe(3);
    expect(new Set(unnamed).size).toBeGreaterThan(1);
  });

  it('a question that keeps the conversation’s question form keeps one reply, and each conversation its own form', async () => {
    const store = new MemoryStore();
    const bot = await createAssistant({ knowledge: loadKnowledge('knowledge'), store });
    const forms: Record<string, string | undefined> = { none: undefined, phone: '电话', resume: '什么时候恢复' };
    for (const [session, form] of Object.entries(forms)) await store.set(sessionKey('api', session), form ? { city: '长沙', form } : {}, 60);
    const text = '长沙下周能办医保个人账户一次性支取吗'; // no question form of its own
    const before = bot.cacheStats();
    const replies = new Set<string>();
    for (const session of Object.keys(forms)) replies.add((await bot.ask({ text, at: AT.toISO()!, session, channel: 'api' })).text);
    expect(bot.cacheStats().misses - before.misses).toBe(1);
    expect(replies.size).toBe(1);
    for (const [session, form] of Object.entries(forms)) expect((await store.get<{ form?: string }>(sessionKey('api', session)))?.form, session).toBe(form);
  });
});
