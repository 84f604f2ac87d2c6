// The answer cache never serves a stale or foreign reply: every question of every set, asked at
// the moments where replies change (each boundary of the knowledge ± 1 minute, where countdowns
// change, around midnight and noon), at several instants of each minute, alone and inside
// conversations (follow-ups, picks, 更多, a caller's city, a small byte limit) in shuffled
// orders, gets byte for byte the reply of an assistant without the cache, and leaves the same
// conversation state. And a reload empties it: an edited notice changes the answer at once.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DateTime } from 'luxon';
import { afterAll, describe, expect, it } from 'vitest';
import { changeMoments } from '../../src/answer/standing.ts';
import { createAssistant, type Assistant } from '../../src/assistant.ts';
import { sessionKey, type SessionState } from '../../src/conversation/sessions.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import type { KnowledgeBase } from '../../src/knowledge/model.ts';
import { MemoryStore } from '../../src/stores/store.ts';
import { ZONE } from '../../src/time/zone.ts';
import { cases as set1 } from '../questions/cases.ts';
import { cases as set2 } from '../questions/cases-2.ts';
import { cases as set3 } from '../questions/cases-3.ts';
import { cases as set4 } from '../questions/cases-4.ts';
import { cases as set5 } from '../questions/cases-5.ts';

const KNOWLEDGE = fileURLToPath(new URL('../../knowledge', import.meta.url));
const cases = [set1, set2, set3, set4, set5].flat();
const FOLLOW_UPS = ['1', '2', '3', '更多', '那长沙呢', '那武汉呢', '那参保登记呢', '几点恢复', '5'];

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = rng(14);
const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)]!;

/** Where replies change: the knowledge's change moments ± 1 minute, countdowns starting and turning, midnights and noons of those days. */
function changeMomentsAround(kb: KnowledgeBase): DateTime[] {
  const out = new Map<number, DateTime>();
  const add = (t: DateTime) => out.set(t.toMillis(), t.setZone(ZONE));
  for (const p of changeMoments(kb)) {
    for (const m of [-1, 0, 1, -10, -11, -59, -60, -61, -70, -24 * 60, -24 * 60 - 1, -24 * 60 + 1]) add(p.plus({ minutes: m }));
    const day = p.setZone(ZONE).startOf('day');
    for (const t of [day, day.plus({ hours: 12 }), day.plus({ days: 1 })]) for (const m of [-1, 0, 1]) add(t.plus({ minutes: m }));
  }
  return [...out.values()];
}

/** Instants of one minute that share the cache's key, and the exact minute with the one just after it. */
const WITHIN_MINUTE_MS = [17_000, 59_999, 0, 1, 30_000];

interface Message {
  text: string;
  at: DateTime;
  city?: string;
  maxBytes?: number;
}

const kb = loadKnowledge(KNOWLEDGE);
const stores = { cached: new MemoryStore(), plain: new MemoryStore() };
const cached = await createAssistant({ knowledge: kb, store: stores.cached, answerCacheSize: 200_000 });
const plain = await createAssistant({ knowledge: kb, store: stores.plain, answerCacheSize: 0 });
const moments = changeMomentsAround(kb);

describe('the answer cache', () => {
  const mismatches: string[] = [];

  /** Asks both assistants; notes any reply or saved state that differs. */
  async function both(m: Message, session: string): Promise<void> {
    const req = { text: m.text, at: m.at, city: m.city, maxBytes: m.maxBytes, session, channel: 'wechat' as const };
    const [a, b] = [await cached.ask(req), await plain.ask(req)];
    const key = sessionKey('wechat', session);
    const [sa, sb] = [await stores.cached.get<SessionState>(key), await stores.plain.get<SessionState>(key)];
    const where = `${m.text} @ ${m.at.toISO()} (${m.city ?? ''}, ${m.maxBytes ?? ''})`;
    if (JSON.stringify(a) !== JSON.stringify(b)) mismatches.push(`reply: ${where}\n${a.text}\n≠\n${b.text}`);
    if (JSON.stringify(sa) !== JSON.stringify(sb)) mismatches.push(`state: ${where}\n${JSON.stringify(sa)}\n≠\n${JSON.stringify(sb)}`);
  }

  it('gives every question of every set the reply and state it gets without the cache, at the moments where replies change', async () => {
    let sessions = 0;
    // each case at its own moment and at 4 moments where replies change, every time at several instants of the minute
    for (const c of cases) {
      const own = DateTime.fromISO(c.at, { zone: ZONE });
      for (const base of [own, pick(moments), pick(moments), pick(moments), pick(moments)]) {
        const minute = base.startOf('minute');
        for (const ms of WITHIN_MINUTE_MS) await both({ text: c.q, at: minute.plus(ms) }, `alone-${sessions++}`);
      }
    }
    expect(mismatches.slice(0, 5)).toEqual([]);
    expect(cached.cacheStats().hits).toBeGreaterThan(cases.length * 5 * 2);
  }, 600_000);

  it('keeps conversations as they are without it: the sets’ own conversations, and shuffled ones with follow-ups, picks and 更多', async () => {
    const conversations = new Map<string, typeof cases>();
    for (const c of cases) if (c.session) conversations.set(c.session, [...(conversations.get(c.session) ?? []), c]);
    // the sets' conversations as written, at their own moments, three times over (hits on the 2nd and 3rd)
    for (let round = 0; round < 3; round++) {
      for (const [id, turns] of conversations)
        for (const c of turns) await both({ text: c.q, at: DateTime.fromISO(c.at, { zone: ZONE }).plus(round * 7_000) }, `set-${round}-${id}`);
    }
    // made-up conversations: questions in a shuffled order, follow-ups between them, some with a caller's city or a small limit
    const standalone = cases.filter((c) => !c.session);
    for (let n = 0; n < 400; n++) {
      const minute = pick(moments).startOf('minute');
      const city = n % 7 === 0 ? pick(['长沙', '武汉']) : undefined;
      const maxBytes = n % 3 === 0 ? 400 : undefined;
      for (let turn = 0; turn < 6; turn++) {
        const text = turn > 0 && rand() < 0.5 ? pick(FOLLOW_UPS) : pick(standalone).q;
        await both({ text, at: minute.plus(pick(WITHIN_MINUTE_MS)), city, maxBytes }, `made-up-${n % 150}`);
      }
    }
    expect(mismatches.slice(0, 5)).toEqual([]);
  }, 600_000);
});

describe('its memory', () => {
  it('holds at most the replies it is given room for, the least recently used going first', async () => {
    const small = await createAssistant({ knowledge: kb, answerCacheSize: 20 });
    const start = DateTime.fromISO('2021-12-20T10:00', { zone: ZONE });
    for (let i = 0; i < 60; i++) await small.ask({ text: '武汉医保什么时候恢复', at: start.plus({ minutes: i }) });
    expect(small.cacheStats().size).toBe(20);
    await small.ask({ text: '武汉医保什么时候恢复', at: start.plus({ minutes: 59 }) });
    await small.ask({ text: '武汉医保什么时候恢复', at: start.plus({ minutes: 10 }) });
    expect(small.cacheStats()).toMatchObject({ size: 20, hits: 1, misses: 61 });
  });

  it('keeps a reply asked again while newer ones push older ones out', async () => {
    const small = await createAssistant({ knowledge: kb, answerCacheSize: 5 });
    const start = DateTime.fromISO('2021-12-20T10:00', { zone: ZONE });
    const ask = (minute: number) => small.ask({ text: '长沙医保结算什么时候恢复', at: start.plus({ minutes: minute }) });
    await ask(0);
    // minute 0 is asked again after each new minute: always the most recently used, never dropped
    for (let i = 1; i <= 12; i++) {
      await ask(i);
      await ask(0);
    }
    expect(small.cacheStats()).toMatchObject({ size: 5, hits: 12, misses: 13 });
    await ask(1); // long dropped
    expect(small.cacheStats()).toMatchObject({ hits: 12, misses: 14 });
  });
});

describe('follow-ups', () => {
  const at = '2021-12-12T10:00';
  const standalone = [...new Set(cases.filter((c) => !c.session).map((c) => c.q))];

  it('are answered from it in as many conversations as it has room for, not only the last few dozen of a message', async () => {
    const store = new MemoryStore();
    const bot = await createAssistant({ knowledge: kb, store });
    // 200 conversations, each after its own question: "1" picks from 200 different lists, once each
    const round = async (r: number) => {
      for (const [i, q] of standalone.slice(0, 200).entries()) {
        await bot.ask({ text: q, at, session: `${r}-${i}`, channel: 'wechat' });
        await bot.ask({ text: '1', at, session: `${r}-${i}`, channel: 'wechat' });
      }
    };
    await round(1);
    const first = bot.cacheStats();
    await round(2); // the same conversations again, with other senders: every reply was seen
    expect(bot.cacheStats().misses).toBe(first.misses);
  });

  it('a pick reuses the answer to the question it picks, whichever list showed it', async () => {
    const store = new MemoryStore();
    const bot = await createAssistant({ knowledge: kb, store });
    const plainStore = new MemoryStore();
    const plainBot = await createAssistant({ knowledge: kb, store: plainStore, answerCacheSize: 0 });
    const picked = '长沙医保结算什么时候恢复';
    const lists = [
      [picked, '长沙异地就医备案电话'],
      [picked, '武汉医保什么时候恢复', '停机期间住院怎么办'],
    ];
    const replies: string[] = [];
    for (const [i, suggestions] of lists.entries()) {
      await store.set(sessionKey('wechat', `list-${i}`), { suggestions }, 600);
      replies.push((await bot.ask({ text: '1', at, session: `list-${i}`, channel: 'wechat' })).text);
    }
    // the second list is new, the question it picks is not
    expect(bot.cacheStats().hits).toBe(1);
    expect(replies[1]).toBe(replies[0]);
    for (const [i, suggestions] of lists.entries()) {
      await plainStore.set(sessionKey('wechat', `list-${i}`), { suggestions }, 600);
      expect(replies[i]).toBe((await plainBot.ask({ text: '1', at, session: `list-${i}`, channel: 'wechat' })).text);
    }
  });
});

describe('knowledge with a moment off the minute', () => {
  it('is answered without the cache: such a moment would fall inside a key', async () => {
    const odd = loadKnowledge(KNOWLEDGE);
    const w = odd.notices[0]!.businesses[0]!.windows[0]!;
    w.suspend = w.suspend.plus({ seconds: 30 });
    const bot = await createAssistant({ knowledge: odd });
    for (let i = 0; i < 2; i++) await bot.ask({ text: '长沙医保什么时候恢复', at: '2021-11-10T10:00' });
    expect(bot.cacheStats()).toEqual({ size: 0, hits: 0, misses: 0 });
  });
});

describe('a reload', () => {
  const dir = mkdtempSync(join(tmpdir(), 'answer-cache-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('empties the cache: an edited notice changes the answer at once', async () => {
    cpSync(KNOWLEDGE, dir, { recursive: true });
    const bot: Assistant = await createAssistant({ knowledge: loadKnowledge(dir) });
    const ask = () => bot.ask({ text: '长沙市医保中心电话是多少', at: '2021-11-10T10:00' });
    expect((await ask()).text).toContain('0731-88665154');
    expect((await ask()).text).toContain('0731-88665154');
    expect(bot.cacheStats().hits).toBe(1);
    for (const file of ['facts.yaml', 'notice.md']) {
      const path = join(dir, 'changsha-2021-10', file);
      writeFileSync(path, readFileSync(path, 'utf8').replaceAll('0731-88665154', '0731-88665999'));
    }
    bot.useKnowledge(loadKnowledge(dir));
    expect(bot.cacheStats().size).toBe(0);
    const after = await ask();
    expect(after.text).toContain('0731-88665999');
    expect(after.text).not.toContain('0731-88665154');
  });
});
