// The WeCom app callback through a real server: Tencent's WXBizMsgCrypt sample as
// WeCom sends it, then conversations with the chat client (the real protocol).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChatClient } from '../../bin/lib/chat-client.ts';
import { MsgCrypt } from '../../handlers/wechat/crypto.ts';
import { parseXml } from '../../handlers/wechat/xml.ts';
import { KEYS, startApp, WXBIZ, type Running } from '../support/wechat-support.ts';

const AT = new Date('2021-12-20T10:00:00+08:00');

describe('the WXBizMsgCrypt sample, replayed', () => {
  let server: Running;
  beforeAll(async () => {
    // the sample's timestamps are from 2014: replaying needs the age check off
    server = await startApp({ ...KEYS.wecom, SIGNATURE_MAX_AGE_SECONDS: '0' });
  });
  afterAll(() => server.close());

  it('verifies the callback URL exactly as WeCom sends it (echostr percent-encoded)', async () => {
    const res = await fetch(`${server.url}/wecom?${WXBIZ.verify.query}`);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(new MsgCrypt(WXBIZ.token, WXBIZ.aesKey, WXBIZ.corpId).open(WXBIZ.verify.echostr));
  });

  it('verifies it too when "+" arrives unencoded in the query (Koa alone would read a space)', async () => {
    const v = WXBIZ.verify;
    const res = await fetch(
      `${server.url}/wecom?msg_signature=${v.msgSignature}&timestamp=${v.timestamp}&nonce=${v.nonce}&echostr=${v.echostr.replaceAll('/', '%2F').replaceAll('=', '%3D')}`,
    );
    expect(v.echostr).toContain('+');
    expect(res.status).toBe(200);
    expect(await res.text()).toMatch(/^\d+$/);
  });

  it('answers the sample message with a sealed reply addressed back to "mycreate"', async () => {
    const p = WXBIZ.post;
    const res = await fetch(`${server.url}/wecom?msg_signature=${p.msgSignature}&timestamp=${p.timestamp}&nonce=${p.nonce}`, { method: 'POST', body: p.body });
    expect(res.status).toBe(200);
    const outer = parseXml(await res.text());
    expect(outer.Nonce).toBe(p.nonce);
    const crypt = new MsgCrypt(WXBIZ.token, WXBIZ.aesKey, WXBIZ.corpId);
    crypt.verify(outer.MsgSignature, outer.TimeStamp!, outer.Nonce, outer.Encrypt!);
    const reply = parseXml(crypt.open(outer.Encrypt!));
    expect(reply).toMatchObject({ ToUserName: 'mycreate', FromUserName: WXBIZ.corpId, MsgType: 'text' });
    expect(reply.Content!.length).toBeGreaterThan(0);
  });

  it('refuses the sample message with a wrong signature (401), then still serves the sample', async () => {
    const p = WXBIZ.post;
    const bad = await fetch(`${server.url}/wecom?msg_signature=${'0'.repeat(40)}&timestamp=${p.timestamp}&nonce=${p.nonce}`, { method: 'POST', body: p.body });
    expect(bad.status).toBe(401);
    const good = await fetch(`${server.url}/wecom?msg_signature=${p.msgSignature}&timestamp=${p.timestamp}&nonce=${p.nonce}`, { method: 'POST', body: p.body });
    expect(good.status).toBe(200);
  });
});

describe('staff conversations on WeCom', () => {
  let server: Running;
  beforeAll(async () => {
    server = await startApp({ ...KEYS.wecom, MENU_QUESTIONS: '{"WH_RESUME":"武汉医保结算什么时候恢复"}' });
  });
  afterAll(() => server.close());

  const client = (user = 'zhangsan') =>
    new ChatClient({
      url: server.url,
      channel: 'wecom',
      token: KEYS.wecom.WECOM_TOKEN,
      aesKey: KEYS.wecom.WECOM_ENCODING_AES_KEY,
      receiverId: KEYS.wecom.WECOM_CORPID,
      user,
      agentId: '1000002',
    });

  it('passes URL verification with a fresh encrypted echostr sent with raw "+"', async () => {
    let withPlus = 0;
    for (let i = 0; i < 100 && withPlus < 3; i++) {
      const v = await client().verifyUrl({ rawPlus: true });
      expect(v.status).toBe(200);
      expect(v.body).toBe(v.expected);
      if (v.echostr.includes('+')) withPlus++;
    }
    expect(withPlus).toBe(3);
  });

  it('answers in plain text (no links), sealed, within 2048 bytes', async () => {
    const r = await client().ask('武汉医保结算什么时候恢复', { at: AT });
    expect(r.text).toContain('12月31日');
    expect(r.content).not.toContain('<a href');
    expect(Buffer.byteLength(r.content!)).toBeLessThanOrEqual(2048);
    expect(Object.keys(parseXml(r.raw)).sort()).toEqual(['Encrypt', 'MsgSignature', 'Nonce', 'TimeStamp']);
  });

  it("carries the city over within one staff member's conversation", async () => {
    const c = client('lisi');
    await c.ask('长沙医保结算什么时候恢复', { at: AT });
    const r = await c.ask('那武汉呢', { at: AT });
    expect(r.text).toContain('12月31日');
  });

  it('handles app events: subscribe welcomes, menu click asks, enter_agent says nothing', async () => {
    const c = client();
    const welcome = await c.send({ MsgType: 'event', Event: 'subscribe' });
    expect(welcome.text).toContain('武汉');
    expect(welcome.links).toEqual([]);
    expect((await c.send({ MsgType: 'event', Event: 'click', EventKey: 'WH_RESUME' }, { at: AT })).text).toContain('12月31日');
    expect((await c.send({ MsgType: 'event', Event: 'enter_agent' })).success).toBe(true);
  });

  it('refuses a stale timestamp with 401 and keeps serving', async () => {
    const c = client();
    const old = String(Math.floor(Date.now() / 1000) - 3600);
    expect((await c.post(c.prepare({ MsgType: 'text', Content: '武汉' }, { timestamp: old }))).status).toBe(401);
    expect((await c.ask('武汉医保结算什么时候恢复', { at: AT })).text).toContain('12月31日');
  });
});
