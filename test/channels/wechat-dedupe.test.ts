// WeChat retries a message it got no answer to within 5 s (same MsgId). The answer
// must be computed once, and every copy must get the same reply — or `success`
// when it is not ready in time, never the "该公众号暂时无法提供服务" failure.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MemoryStore } from '../../src/stores/store.ts';
import { ChatClient } from '../../bin/lib/chat-client.ts';
import { dedupeKey, Deduper, RETRY_WINDOW_SECONDS } from '../../handlers/wechat/dedupe.ts';
import { answerer, RETRY_MEMORY_ENTRIES, SORRY } from '../../handlers/wechat/endpoint.ts';
import { parseXml } from '../../handlers/wechat/xml.ts';
import { KEYS, startChannels, wrappedAssistant, type Running } from '../support/wechat-support.ts';

const AT = new Date('2021-12-20T10:00:00+08:00');
const W = KEYS.wechat;
let server: Running | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const wechatClient = (url: string) =>
  new ChatClient({
    url,
    channel: 'wechat',
    token: W.WECHAT_TOKEN,
    aesKey: W.WECHAT_ENCODING_AES_KEY,
    receiverId: W.WECHAT_APPID,
    mode: 'safe',
    user: 'o_retry_user',
  });

describe('retries of one message', () => {
  it('3 concurrent copies of a MsgId → one computation, three identical replies', async () => {
    const { assistant, calls } = await wrappedAssistant({ delayMs: 300 });
    server = await startChannels(W, { assistant });
    const c = wechatClient(server.url);
    const req = c.prepare({ MsgType: 'text', Content: '武汉医保结算什么时候恢复', MsgId: '24000000000000000017' }, { at: AT });
    const replies = await Promise.all([1, 2, 3].map(() => c.post(req)));
    expect(calls).toHaveLength(1);
    expect(replies.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(replies[0]!.text).toContain('12月31日');
    // each copy is sealed afresh, yet opens to the very same message (CreateTime included)
    expect(new Set(replies.map((r) => r.raw)).size).toBe(3);
    expect(new Set(replies.map((r) => JSON.stringify(r.message))).size).toBe(1);
  });

  it('a retry after the first answer was sent gets the stored reply, not a new computation', async () => {
    const { assistant, calls } = await wrappedAssistant();
    server = await startChannels({ ...W }, { assistant });
    const c = wechatClient(server.url);
    const out = { MsgType: 'text', Content: '长沙医保结算什么时候恢复', MsgId: '24000000000000000018' };
    const first = await c.send(out, { at: AT });
    const again = await c.send(out, { at: AT });
    expect(calls).toHaveLength(1);
    expect(again.message).toEqual(first.message);
    // a new MsgId is a new question
    await c.send({ ...out, MsgId: '24000000000000000019' }, { at: AT });
    expect(calls).toHaveLength(2);
  });

  it('answers `success` when the reply is not ready by the deadline; the retry gets the answer', async () => {
    const { assistant, calls } = await wrappedAssistant({ delayMs: 400 });
    server = await startChannels(W, { assistant, deadlineMs: 150 });
    const c = wechatClient(server.url);
    const out = { MsgType: 'text', Content: '武汉医保结算什么时候恢复', MsgId: '24000000000000000020' };
    const started = Date.now();
    const first = await c.send(out, { at: AT });
    expect(first.success).toBe(true);
    expect(Date.now() - started).toBeLessThan(400);
    await new Promise((r) => setTimeout(r, 400));
    const retry = await c.send(out, { at: AT });
    expect(retry.text).toContain('12月31日');
    expect(calls).toHaveLength(1);
  });

  it('deduplicates events by sender + CreateTime + event', async () => {
    const { assistant } = await wrappedAssistant();
    server = await startChannels(W, { assistant });
    const c = wechatClient(server.url);
    const req = c.prepare({ MsgType: 'event', Event: 'subscribe' });
    const [a, b] = await Promise.all([c.post(req), c.post(req)]);
    expect(a.message).toEqual(b.message);
  });

  it('says sorry (not a 5xx) when the core fails, and computes again on the retry', async () => {
    let fail = true;
    const { assistant, calls } = await wrappedAssistant();
    const flaky = {
      ...assistant,
      ask: async (req: Parameters<typeof assistant.ask>[0]) => {
        if (fail) {
          fail = false;
          throw new Error('core hiccup on 武汉医保');
        }
        return assistant.ask(req);
      },
    };
    server = await startChannels(W, { assistant: flaky });
    const c = wechatClient(server.url);
    const req = c.prepare({ MsgType: 'text', Content: '武汉医保结算什么时候恢复', MsgId: '24000000000000000021' }, { at: AT });
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const sorry = await c.post(req);
    expect(sorry.status).toBe(200);
    expect(sorry.text).toBe(SORRY);
    expect(errors.mock.calls.join(' ')).not.toContain('hiccup');
    errors.mockRestore();
    const retried = await c.post(req);
    expect(retried.text).toContain('12月31日');
    expect(calls).toHaveLength(1);
  });
});

describe('Deduper', () => {
  it('joins copies that arrive in the same tick (before any store lookup has finished)', async () => {
    const d = new Deduper(new MemoryStore());
    let computed = 0;
    const compute = async () => {
      computed++;
      await new Promise((r) => setTimeout(r, 20));
      return 'the reply';
    };
    expect(await Promise.all([d.reply('k', compute), d.reply('k', compute), d.reply('k', compute)])).toEqual(['the reply', 'the reply', 'the reply']);
    expect(computed).toBe(1);
  });

  it('keeps replies in a bounded store, oldest out first', async () => {
    const store = new MemoryStore(2);
    const d = new Deduper(store, { ttlSeconds: 5 });
    for (const k of ['a', 'b', 'c']) await d.reply(k, async () => `reply ${k}`);
    expect(store.size).toBe(2); // the oldest went first
    let computed = 0;
    expect(await d.reply('c', async () => `again ${++computed}`)).toBe('reply c');
    expect(computed).toBe(0);
    expect(d.pending).toBe(0);
  });

  it('keys messages by sender and MsgId and events by sender, time and event, per channel and account', () => {
    const msg = { ToUserName: 'gh_a', FromUserName: 'o1', CreateTime: '1', MsgType: 'text', MsgId: '9' };
    const event = { ToUserName: 'gh_a', FromUserName: 'o1', CreateTime: '1', MsgType: 'event', Event: 'subscribe' };
    expect(dedupeKey('wechat', msg)).not.toBe(dedupeKey('wecom', msg));
    expect(dedupeKey('wechat', msg)).not.toBe(dedupeKey('wechat', { ...msg, ToUserName: 'gh_b' }));
    expect(dedupeKey('wechat', msg)).not.toBe(dedupeKey('wechat', { ...msg, FromUserName: 'o2' }));
    expect(dedupeKey('wechat', event)).toBe(dedupeKey('wechat', { ...event }));
    expect(dedupeKey('wechat', event)).not.toBe(dedupeKey('wechat', { ...event, CreateTime: '2' }));
    expect(dedupeKey('wechat', event)).not.toBe(dedupeKey('wechat', { ...event, FromUserName: 'o2' }));
  });
});

it('replies carry CreateTime in seconds', async () => {
  const { assistant } = await wrappedAssistant();
  server = await startChannels({ WECHAT_TOKEN: W.WECHAT_TOKEN }, { assistant, now: () => 1_700_000_000_500 });
  const c = new ChatClient({ url: server.url, channel: 'wechat', token: W.WECHAT_TOKEN, mode: 'plain' });
  // the clock is pinned far from real time, so the request's timestamp is checked against it too
  const reply = await c.post(c.prepare({ MsgType: 'image' }, { timestamp: '1700000000' }));
  expect(parseXml(reply.raw).CreateTime).toBe('1700000000');
});

describe('Deduper without a timer per message', () => {
  const timers = () => process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;

  it('200 messages waiting at once hold one timer, and each gets its own answer', async () => {
    const d = new Deduper(new MemoryStore(), { deadlineMs: 60_000 });
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const before = timers();
    const replies = Array.from({ length: 200 }, (_, i) => d.reply(`k${i}`, async () => (await gate, `reply ${i}`)));
    const retries = Array.from({ length: 200 }, (_, i) => d.reply(`k${i}`, async () => 'computed twice'));
    await new Promise((r) => setImmediate(r));
    expect(timers() - before).toBeLessThanOrEqual(1);
    release();
    expect(await Promise.all(replies)).toEqual(Array.from({ length: 200 }, (_, i) => `reply ${i}`));
    expect(await Promise.all(retries)).toEqual(await Promise.all(replies)); // a retry joins the answer in flight
  });

  it('answers null at the deadline to every waiter still waiting, and the answer to the rest', async () => {
    const d = new Deduper(new MemoryStore(), { deadlineMs: 40 });
    const never = d.reply('slow', () => new Promise<string>(() => {}));
    const quick = d.reply('quick', async () => 'fast');
    const later = new Promise((r) => setTimeout(r, 25)).then(() => d.reply('later', () => new Promise<string>((r) => setTimeout(() => r('in time'), 30))));
    expect(await quick).toBe('fast');
    expect(await never).toBeNull();
    expect(await later).toBe('in time');
    const failing = d.reply('fails', async () => {
      throw new Error('core failed');
    });
    await expect(failing).rejects.toThrow('core failed');
  });
});

describe('the retry window: replies kept as long as retries come, and no longer', () => {
  afterEach(() => vi.useRealTimers());
  const msg = (id: string, text = '武汉医保结算什么时候恢复') => ({
    ToUserName: 'gh_a',
    FromUserName: 'o_window',
    CreateTime: '1639274400',
    MsgType: 'text',
    Content: text,
    MsgId: id,
  });

  it('a retry within the window gets the very same reply; the same MsgId after it is answered again', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2021-12-12T10:00:00+08:00') });
    const { assistant, calls } = await wrappedAssistant();
    const answer = answerer('wechat', { assistant });
    const first = await answer(msg('7001'));
    vi.advanceTimersByTime(15_000); // WeChat's third retry
    expect(await answer(msg('7001'))).toBe(first);
    expect(calls).toHaveLength(1);
    vi.advanceTimersByTime((RETRY_WINDOW_SECONDS + 1) * 1000 - 15_000);
    await answer(msg('7001'));
    expect(calls).toHaveLength(2);
  });

  it('keeps a reply for retries as its text and time, not a copy of its XML (≈ 1–3 KB a message); the retry gets the same XML', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2021-12-12T10:00:00+08:00') });
    const { assistant } = await wrappedAssistant();
    const store = new MemoryStore();
    const answer = answerer('wechat', { assistant, store });
    const first = await answer(msg('7002'));
    const kept = JSON.stringify(await store.get(dedupeKey('wechat', msg('7002'))));
    expect(first).toContain('<xml>');
    expect(kept).not.toContain('<xml>');
    expect(kept).not.toContain('o_window'); // the sender is in the key, not in what is kept
    vi.advanceTimersByTime(10_000);
    expect(await answer(msg('7002'))).toBe(first);
  });

  it('a reply nobody asks for again is let go once the window has passed, not kept until the bound pushes it out', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: 0 });
    const store = new MemoryStore(10_000);
    const d = new Deduper(store);
    for (let i = 0; i < 100; i++) await d.reply(`dedupe:wechat:gh_a:msg:o:${i}`, async () => `reply ${i}`);
    expect(store.sizeOf('dedupe:wechat')).toBe(100);
    vi.advanceTimersByTime((RETRY_WINDOW_SECONDS + 1) * 1000);
    await d.reply('dedupe:wechat:gh_a:msg:o:next', async () => 'the next reply');
    expect(store.sizeOf('dedupe:wechat')).toBe(1);
  });

  it('holds at most RETRY_MEMORY_ENTRIES replies per channel in memory: the oldest is answered again', async () => {
    const { assistant, calls } = await wrappedAssistant();
    const answer = answerer('wechat', { assistant });
    await answer(msg('1', 'first'));
    for (let i = 2; i <= RETRY_MEMORY_ENTRIES; i++) await answer({ ...msg(String(i), 'first'), MsgType: 'image' });
    await answer(msg('1', 'first'));
    expect(calls).toHaveLength(1); // still held: RETRY_MEMORY_ENTRIES messages in all
    await answer({ ...msg('0', 'first'), MsgType: 'image' });
    await answer(msg('1', 'first'));
    expect(calls).toHaveLength(2);
  });
});
