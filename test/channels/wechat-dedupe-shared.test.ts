// Two instances' dedupers over one store, as with Redis: a copy of a message that
// reaches the other instance waits for the first one's answer instead of computing.
import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../../src/stores/store.ts';
import { dedupeKey, Deduper } from '../../handlers/wechat/dedupe.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function slowCompute(ms: number, reply = 'the reply') {
  const counter = { calls: 0 };
  const compute = async () => {
    counter.calls++;
    await sleep(ms);
    return reply;
  };
  return { compute, counter };
}

describe('dedupe across instances sharing a store', () => {
  it('a copy on the other instance waits for the answer being computed, and gets it', async () => {
    const shared = new MemoryStore();
    const [a, b] = [new Deduper(shared), new Deduper(shared)];
    const { compute, counter } = slowCompute(200);
    const first = a.reply('k', compute);
    await sleep(20);
    const started = Date.now();
    const copy = await b.reply('k', compute);
    expect(copy).toBe('the reply');
    expect(await first).toBe('the reply');
    expect(counter.calls).toBe(1);
    expect(Date.now() - started).toBeLessThan(600);
  });

  it('the other instance answers `success` (null) at its deadline, and a later copy gets the stored answer', async () => {
    const shared = new MemoryStore();
    const a = new Deduper(shared);
    const b = new Deduper(shared, { deadlineMs: 100 });
    const { compute, counter } = slowCompute(300);
    void a.reply('k', compute);
    await sleep(10);
    expect(await b.reply('k', compute)).toBeNull();
    await sleep(300);
    expect(await b.reply('k', compute)).toBe('the reply');
    expect(counter.calls).toBe(1);
  });

  it('when the first instance fails, the claim is released and the other computes', async () => {
    const shared = new MemoryStore();
    const [a, b] = [new Deduper(shared), new Deduper(shared)];
    const failing = async () => {
      await sleep(50);
      throw new Error('core failed');
    };
    const first = a.reply('k', failing);
    await sleep(10);
    const { compute, counter } = slowCompute(10, 'second try');
    const copy = b.reply('k', compute);
    await expect(first).rejects.toThrow('core failed');
    expect(await copy).toBe('second try');
    expect(counter.calls).toBe(1);
  });

  it('when the instance that claimed dies, the claim lapses and a later copy computes', async () => {
    const shared = new MemoryStore();
    await shared.claim('k', { pending: true }, 0.2); // claimed by an instance that then died
    const b = new Deduper(shared, { claimTtlSeconds: 0.2, deadlineMs: 1000 });
    const { compute, counter } = slowCompute(10);
    expect(await b.reply('k', compute)).toBe('the reply');
    expect(counter.calls).toBe(1);
  });
});

describe('dedupe keys', () => {
  it('stay short however long the ids a sender puts in a message, and still tell messages apart', () => {
    const huge = 'x'.repeat(30_000);
    const msg = { ToUserName: huge, FromUserName: huge, CreateTime: '1', MsgType: 'text', MsgId: `${huge}1` };
    const event = { ToUserName: 'gh_a', FromUserName: huge, CreateTime: '1', MsgType: 'event', Event: 'subscribe' };
    for (const m of [msg, event]) expect(dedupeKey('wechat', m).length).toBeLessThanOrEqual(200);
    expect(dedupeKey('wechat', msg)).toBe(dedupeKey('wechat', { ...msg }));
    expect(dedupeKey('wechat', msg)).not.toBe(dedupeKey('wechat', { ...msg, MsgId: `${huge}2` }));
    expect(dedupeKey('wechat', msg)).not.toBe(dedupeKey('wecom', msg));
    expect(dedupeKey('wechat', { ...msg, ToUserName: 'gh_a', FromUserName: 'o1', MsgId: '24000000000000000017' })).toBe(
      'dedupe:wechat:gh_a:msg:o1:24000000000000000017',
    );
  });
});
