// The answer cache keeps one object for equal replies (src/conversation/same-data.ts): never one
// for replies that differ anywhere, and an equal reply asked again later is still the one kept.
import { fileURLToPath } from 'node:url';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/assistant.ts';
import { SameData } from '../../src/conversation/same-data.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';

type Reply = ReturnType<typeof reply>;
const reply = (quote: string, score: number | null = 1) => ({
  text: '武汉·医保结算：目前可以正常办理。',
  lines: [{ text: '武汉·医保结算：目前可以正常办理。' }],
  sources: [{ title: '公告', quote }],
  top: { title: '医保结算', score },
});

describe('equal data as one object', () => {
  it('gives the first of equal values to later holders, and a value that differs anywhere its own object', () => {
    const same = new SameData<Reply>((r) => r.text);
    const first = reply('停机期间先垫付');
    expect(same.hold(first)).toBe(first);
    expect(same.hold(reply('停机期间先垫付'))).toBe(first);
    const other = reply('停机期间先垫付。');
    expect(same.hold(other)).toBe(other);
    // JSON writes NaN as null: equal text, different data
    const nan = reply('停机期间先垫付', Number.NaN);
    const nul = reply('停机期间先垫付', null);
    expect(same.hold(nan)).toBe(nan);
    expect(same.hold(nul)).toBe(nul);
    // the same keys in another order are another object (as JSON they differ too)
    const reordered = { lines: first.lines, text: first.text, sources: first.sources, top: first.top };
    expect(same.hold(reordered)).toBe(reordered);
    expect(same.size).toBe(5);
  });

  it('lets a value go once every holder has, and an equal one held after that is the new one', () => {
    const same = new SameData<Reply>((r) => r.text);
    const first = reply('a');
    same.hold(first);
    same.hold(reply('a'));
    same.release(first);
    expect(same.size).toBe(1);
    same.release(first);
    expect(same.size).toBe(0);
    const again = reply('a');
    expect(same.hold(again)).toBe(again);
    same.clear();
    expect(same.size).toBe(0);
  });

  it('compares a value with a few others of its key at most, and shares nothing past them', () => {
    const same = new SameData<Reply>((r) => r.text);
    const many = Array.from({ length: 9 }, (_, i) => reply(`第${i}条`));
    for (const r of many) expect(same.hold(r)).toBe(r);
    expect(same.size).toBe(8);
    expect(same.hold(reply('第3条'))).toBe(many[3]);
    const ninth = reply('第8条');
    expect(same.hold(ninth)).toBe(ninth);
  });
});

describe('in the assistant', () => {
  it('answers a question at two minutes where nothing changes with the one reply kept, and another question with its own', async () => {
    const bot = await createAssistant({ knowledge: loadKnowledge(fileURLToPath(new URL('../../knowledge', import.meta.url))) });
    const at = DateTime.fromISO('2021-12-12T10:00:00+08:00');
    const ask = (text: string, minutes: number) => bot.ask({ text, at: at.plus({ minutes }), channel: 'api', maxBytes: 2000 });
    const a = await ask('武汉医保卡还能用吗', 0);
    const b = await ask('武汉医保卡还能用吗', 7);
    expect(b.text).toBe(a.text);
    expect(b).toBe(a);
    const c = await ask('长沙异地就医备案电话', 7);
    expect(c.text).not.toBe(a.text);
    expect(bot.cacheStats()).toMatchObject({ size: 3, hits: 0, misses: 3 });
  });
});
