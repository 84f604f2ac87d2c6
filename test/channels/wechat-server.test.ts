// The official account webhook through a real server on a loopback port, driven by
// the chat client (the same code as `npm run chat`) in plain, compatible and safe modes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_WECHAT_TOKEN } from '../../server/config.ts';
import { ChatClient, type Mode } from '../../bin/lib/chat-client.ts';
import { parseXml } from '../../handlers/wechat/xml.ts';
import { numbered, replyOfLines } from '../../src/contract/reply-text.ts';
import { KEYS, keyedClient, PUSH_DOC, startApp, wrappedAssistant, type Running } from '../support/wechat-support.ts';

const WUHAN_DAY = new Date('2021-12-20T10:00:00+08:00'); // before Wuhan's 12-22 stop
const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

describe('official account, every mode', () => {
  let server: Running;
  beforeAll(async () => {
    server = await startApp({ ...KEYS.wechat, WECHAT_MODE: 'compatible', MENU_QUESTIONS: JSON.stringify({ WH_RESUME: '武汉医保结算什么时候恢复' }) });
  });
  afterAll(() => server.close());

  const client = (mode: Mode, user?: string) => keyedClient(server.url, 'wechat', { mode, user });

  for (const mode of ['plain', 'compatible', 'safe'] as const) {
    describe(mode, () => {
      it('passes URL verification (the echostr comes back as is)', async () => {
        const v = await client(mode).verifyUrl();
        expect(v.status).toBe(200);
        expect(v.body).toBe(v.expected);
      });

      it('answers a question for the moment it was sent, sealed when the request was', async () => {
        const c = client(mode);
        const req = c.prepare({ MsgType: 'text', Content: '武汉医保结算什么时候恢复' }, { at: WUHAN_DAY });
        const reply = await c.post(req);
        expect(reply.status).toBe(200);
        expect(reply.text).toContain('12月31日');
        expect(bytes(reply.content!)).toBeLessThanOrEqual(2000);
        const outer = parseXml(reply.raw);
        if (mode === 'plain') expect(outer.Encrypt).toBeUndefined();
        else expect(Object.keys(outer).sort()).toEqual(['Encrypt', 'MsgSignature', 'Nonce', 'TimeStamp']); // nothing readable outside
        expect(Number(reply.message!.CreateTime)).toBeCloseTo(Date.now() / 1000, -1); // seconds, not ms
      });
    });
  }

  it('keeps the conversation per sender: a follow-up without a city uses the last one', async () => {
    const c = client('safe');
    await c.ask('长沙医保结算什么时候恢复', { at: WUHAN_DAY });
    const followUp = await c.ask('那武汉呢', { at: WUHAN_DAY });
    expect(followUp.text).toContain('武汉');
    expect(followUp.text).toContain('12月31日');
    const stranger = await client('safe').ask('那武汉呢', { at: WUHAN_DAY });
    expect(stranger.text).not.toBe(followUp.text);
  });

  it('welcomes a new follower with the covered cities and three tappable example questions', async () => {
    const c = client('safe');
    const welcome = await c.send({ MsgType: 'event', Event: 'subscribe' });
    expect(welcome.text).toContain('武汉');
    expect(welcome.text).toContain('长沙');
    expect(welcome.links).toHaveLength(3);
    const tapped = await c.follow(1, { at: WUHAN_DAY });
    expect(tapped.success).toBe(false);
    expect(tapped.text!.length).toBeGreaterThan(20);
  });

  it('says nothing to an unfollow and to events it has no use for', async () => {
    const c = client('plain');
    expect((await c.send({ MsgType: 'event', Event: 'unsubscribe' })).success).toBe(true);
    expect((await c.send({ MsgType: 'event', Event: 'VIEW', EventKey: 'https://example.org' })).success).toBe(true);
    expect((await c.send({ MsgType: 'miniprogrampage' })).success).toBe(true);
  });

  it('answers a menu CLICK with the question mapped to its EventKey, and an unmapped one with a prompt', async () => {
    const c = client('safe');
    const clicked = await c.send({ MsgType: 'event', Event: 'CLICK', EventKey: 'WH_RESUME' }, { at: WUHAN_DAY });
    expect(clicked.text).toContain('12月31日');
    const unknown = await c.send({ MsgType: 'event', Event: 'CLICK', EventKey: 'NOPE' });
    expect(unknown.text).toMatch(/输入/);
  });

  it('treats recognised voice as text and asks to type otherwise', async () => {
    const c = client('compatible');
    const heard = await c.send({ MsgType: 'voice', Recognition: '武汉医保结算什么时候恢复？' }, { at: WUHAN_DAY });
    expect(heard.text).toContain('12月31日');
    const unheard = await c.send({ MsgType: 'voice', Recognition: '' });
    expect(unheard.text).toMatch(/文字/);
  });

  it('answers images, videos, locations and links with "text questions only"', async () => {
    const c = client('plain');
    for (const MsgType of ['image', 'video', 'shortvideo', 'location', 'link']) {
      expect((await c.send({ MsgType })).text, MsgType).toMatch(/文字问题/);
    }
  });
});

describe('suggestions on the official account', () => {
  let server: Running;
  const questions = ['武汉医保实时联网结算什么时候暂停、恢复', '武汉医保费缴纳什么时候暂停、恢复', '长沙医保结算什么时候恢复'];
  const clarify = { ...replyOfLines(['您想问的是哪一项？请回复数字：', ...numbered(questions)], 'clarify'), city: '武汉' };
  beforeAll(async () => {
    const { assistant } = await wrappedAssistant({ answer: (req) => (req.text === '武汉医保那个' ? clarify : undefined) });
    server = await startApp(KEYS.wechat, assistant);
  });
  afterAll(() => server.close());

  it('turns the numbered suggestions into links, and tapping one asks that question', async () => {
    const c = new ChatClient({
      url: server.url,
      channel: 'wechat',
      token: KEYS.wechat.WECHAT_TOKEN,
      aesKey: KEYS.wechat.WECHAT_ENCODING_AES_KEY,
      receiverId: KEYS.wechat.WECHAT_APPID,
    });
    const reply = await c.ask('武汉医保那个', { at: WUHAN_DAY });
    expect(reply.links.map((l) => [l.id, l.content])).toEqual(clarify.suggestions.map((s, i) => [String(i + 1), s]));
    expect(reply.text).toBe(clarify.text); // as displayed, the links read like the plain lines
    expect(reply.content).toContain('<a href="weixin://bizmsgmenu?msgmenucontent=武汉医保实时联网结算什么时候暂停、恢复&msgmenuid=1">');
    const picked = await c.follow(1, { at: WUHAN_DAY });
    expect(picked.text).toContain('12月31日');
  });
});

describe('first run with nothing configured', () => {
  let server: Running;
  beforeAll(async () => {
    server = await startApp({});
  });
  afterAll(() => server.close());

  it('serves /wechat in plain mode with the demo token, and no /wecom', async () => {
    const c = new ChatClient({ url: server.url, channel: 'wechat', token: DEMO_WECHAT_TOKEN });
    expect(c.mode).toBe('plain');
    expect((await c.ask('武汉医保结算什么时候恢复', { at: WUHAN_DAY })).text).toContain('12月31日');
    expect((await fetch(`${server.url}/wecom`, { method: 'POST', body: '<xml/>' })).status).toBe(404);
  });

  it('refuses an encrypted message with 400 when no EncodingAESKey is configured', async () => {
    const sealedSender = new ChatClient({
      url: server.url,
      channel: 'wechat',
      token: DEMO_WECHAT_TOKEN,
      aesKey: KEYS.wechat.WECHAT_ENCODING_AES_KEY,
      receiverId: KEYS.wechat.WECHAT_APPID,
    });
    const res = await sealedSender.post(sealedSender.prepare({ MsgType: 'text', Content: '武汉医保' }));
    expect(res.status).toBe(400);
    expect(res.raw).toMatch(/WECHAT_ENCODING_AES_KEY/);
  });
});

describe("the documentation's URL verification through the server", () => {
  let server: Running;
  beforeAll(async () => {
    server = await startApp({ WECHAT_TOKEN: PUSH_DOC.token, SIGNATURE_MAX_AGE_SECONDS: '0' });
  });
  afterAll(() => server.close());

  it('echoes 4375120948345356249 for the sample request', async () => {
    const v = PUSH_DOC.verify;
    const res = await fetch(`${server.url}/wechat?signature=${v.signature}&echostr=${v.echostr}&timestamp=${v.timestamp}&nonce=${v.nonce}`);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('4375120948345356249');
  });
});
