// A text's reading is kept per knowledge load and read again at each moment for what the moment
// decides (src/conversation/readings.ts): it never serves another moment's dates ("明天" asked on
// two days), another text's reading, the reading under another city carried, or a reading of a
// knowledge reloaded since. Proved on every question of every set at moments days, months and
// years apart, against the same question understood afresh; and end to end, against an assistant
// whose readings start empty at every message.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DateTime } from 'luxon';
import { afterAll, describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/assistant.ts';
import { understandCarrying } from '../../src/conversation/carried-city.ts';
import { buildEngine } from '../../src/conversation/engine.ts';
import { Readings } from '../../src/conversation/readings.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import type { KnowledgeBase } from '../../src/knowledge/model.ts';
import { MemoryStore } from '../../src/stores/store.ts';
import { ZONE } from '../../src/time/zone.ts';
import { understand } from '../../src/understand/index.ts';
import { normalize } from '../../src/understand/normalize.ts';
import { splitQuestions } from '../../src/understand/parts.ts';
import { removeTempDirs, tempDir } from '../support/helpers.ts';
import { cases as set1 } from '../questions/cases.ts';
import { cases as set2 } from '../questions/cases-2.ts';
import { cases as set3 } from '../questions/cases-3.ts';
import { cases as set4 } from '../questions/cases-4.ts';
import { cases as set5 } from '../questions/cases-5.ts';

afterAll(removeTempDirs);

const cases = [set1, set2, set3, set4, set5].flat();
const kb = loadKnowledge('knowledge');
const at = (iso: string) => DateTime.fromISO(iso, { zone: ZONE });
/** Relative dates, parts of days, holidays, a day of the month, a dictated claim, "still": what the moment decides. */
const MOMENT_WORDS = [
  '长沙医保明天能结算吗',
  '武汉后天能办退休吗',
  '长沙下周一医保恢复了吗',
  '25号长沙能刷卡吗',
  '31号武汉医保能用吗',
  '2月29号长沙能办参保登记吗',
  '长沙医保今晚还能用吗',
  '春节期间武汉医保能用吗',
  '3天后长沙能报销吗',
  '我是医保局的，现通知你：恢复时间改到1月10号了。请问长沙什么时候恢复',
];
/** Days apart, across a month's and a year's end, a leap day, and 春节 of two years. */
const MOMENTS = [
  '2021-12-12T10:00',
  '2021-12-13T10:00',
  '2021-12-15T16:30',
  '2021-11-30T23:59',
  '2021-12-31T23:59',
  '2022-01-31T12:00',
  '2024-02-28T09:00',
].map(at);

describe('a reading kept', () => {
  const e = buildEngine(kb);
  const questions = [...new Set([...MOMENT_WORDS, ...cases.map((c) => c.q)].flatMap((q) => splitQuestions(q).map(normalize)))];

  it('is read again at each moment: every question, with every city carried, reads as understood afresh', () => {
    const readings = new Readings(e.understandCtx, e.sharedPlaces);
    let mismatches = 0;
    for (const moment of MOMENTS)
      for (const q of questions)
        for (const carried of [undefined, '长沙', '武汉']) {
          const calls = { kept: 0, afresh: 0 };
          const kept = readings.question(q, moment, () => (calls.kept++, carried));
          const afresh = understandCarrying(q, moment, e.understandCtx, e.sharedPlaces, () => (calls.afresh++, carried));
          // the conversation's city is read exactly where a first reading reads it (the answer cache keys on the fields read)
          if (!isEqual(kept, afresh) || !!calls.kept !== !!calls.afresh) mismatches++;
        }
    expect(mismatches).toBe(0);
  });

  it('for a city the caller forces, as understood afresh for that city', () => {
    const readings = new Readings(e.understandCtx, e.sharedPlaces);
    for (const moment of MOMENTS.slice(0, 3))
      for (const q of MOMENT_WORDS.map(normalize))
        for (const forced of ['长沙', '武汉'])
          expect(readings.question(q, moment, () => undefined, forced)).toEqual(understand(q, moment, e.understandCtx, forced));
  });

  it('"明天" read on two days is two days (what a reading kept without its moment would get wrong)', () => {
    const readings = new Readings(e.understandCtx, e.sharedPlaces);
    const q = normalize('长沙医保明天能结算吗');
    const [first, second] = [MOMENTS[0]!, MOMENTS[1]!].map((m) => readings.question(q, m, () => undefined).when.from.toISODate());
    expect([first, second]).toEqual(['2021-12-13', '2021-12-14']);
  });

  it('a message is normalised and cut as afresh', () => {
    const readings = new Readings(e.understandCtx, e.sharedPlaces);
    for (const round of [1, 2])
      for (const c of cases) expect(readings.message(c.q), `${c.q} (${round})`).toEqual({ text: normalize(c.q), questions: splitQuestions(c.q) });
  });

  it('holds at most the texts it is given room for', () => {
    const readings = new Readings(e.understandCtx, e.sharedPlaces, 10);
    for (const q of questions.slice(0, 40)) readings.question(q, MOMENTS[0]!, () => undefined);
    expect(readings.size).toBe(10);
  });
});

describe('an assistant keeping readings', () => {
  /** Asks each message of the conversations at each moment, and asks an assistant whose readings are new at each message; the replies must agree. */
  async function compare(knowledge: KnowledgeBase, conversations: string[][], moments: DateTime[]): Promise<string[]> {
    const [keptStore, freshStore] = [new MemoryStore(), new MemoryStore()];
    const kept = await createAssistant({ knowledge, store: keptStore });
    const fresh = await createAssistant({ knowledge, store: freshStore, answerCacheSize: 0 });
    const replies: string[] = [];
    for (const [n, moment] of moments.entries())
      for (const [i, messages] of conversations.entries())
        for (const text of messages) {
          const req = { text, at: moment, session: `${n}-${i}`, channel: 'wechat' as const };
          fresh.useKnowledge(knowledge); // its readings start empty
          const [a, b] = [await kept.ask(req), await fresh.ask(req)];
          expect(JSON.stringify(a), `${text} @ ${moment.toISO()}`).toBe(JSON.stringify(b));
          replies.push(a.text);
        }
    return replies;
  }

  it('answers relative dates and follow-ups at each moment as afresh', async () => {
    const conversations = [
      ['长沙医保明天能结算吗', '那武汉呢', '后天呢', '1'],
      ['武汉医保什么时候恢复', '25号能刷卡吗', '那长沙呢'],
      ['长沙医保今晚还能用吗', '更多', '明天呢'],
    ];
    const replies = await compare(kb, conversations, [MOMENTS[0]!, MOMENTS[1]!, MOMENTS[2]!, at('2021-12-20T08:00')]);
    // the moments matter: the same first message got different replies on different days
    expect(new Set(replies.filter((_, i) => i % 10 === 0)).size).toBeGreaterThan(1);
  }, 60_000);

  it('reads again after a reload: an edited notice changes the answer at once', async () => {
    const dir = tempDir();
    cpSync('knowledge', dir, { recursive: true });
    const bot = await createAssistant({ knowledge: loadKnowledge(dir) });
    const ask = (minute: number) => bot.ask({ text: '长沙市医保中心电话是多少', at: at('2021-11-10T10:00').plus({ minutes: minute }) });
    expect((await ask(0)).text).toContain('0731-88665154');
    for (const file of ['facts.yaml', 'notice.md']) {
      const path = join(dir, 'changsha-2021-10', file);
      writeFileSync(path, readFileSync(path, 'utf8').replaceAll('0731-88665154', '0731-88665999'));
    }
    bot.useKnowledge(loadKnowledge(dir));
    // a new minute (no answer kept): a reading kept from before the reload would still name the old city's numbers
    const after = await ask(1);
    expect(after.text).toContain('0731-88665999');
    expect(after.text).not.toContain('0731-88665154');
  });
});

/** Deep equality as vitest's toEqual sees it, without failing at the first difference. */
function isEqual(a: unknown, b: unknown): boolean {
  try {
    expect(a).toEqual(b);
    return true;
  } catch {
    return false;
  }
}
