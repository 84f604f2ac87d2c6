// With an EncodingAESKey the official account is in safe mode unless WECHAT_MODE says
// otherwise: `signature` covers only token, timestamp and nonce, so a plain message is
// anyone's (a URL seen in a proxy log replays with any body for 300 s). The attacker
// here holds such a URL, or sends plain messages with a MsgId another sender used.
import { afterEach, describe, expect, it } from 'vitest';
import { ChatClient, type Mode } from '../../bin/lib/chat-client.ts';
import { signature } from '../../handlers/wechat/crypto.ts';
import { buildXml, parseXml } from '../../handlers/wechat/xml.ts';
import { KEYS, startApp, wrappedAssistant, type Running } from '../support/wechat-support.ts';

const W = KEYS.wechat;
const AT = new Date('2021-12-20T10:00:00+08:00');
let server: Running | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const client = (mode: Mode, user?: string, keyed = true) =>
  new ChatClient({
    url: server!.url,
    channel: 'wechat',
    token: W.WECHAT_TOKEN,
    ...(keyed ? { aesKey: W.WECHAT_ENCODING_AES_KEY, receiverId: W.WECHAT_APPID } : {}),
    mode,
    user,
  });

/** A plain message from `user`, sent on the query string of a request WeChat really made. */
function replayed(url: string, query: Record<string, string>, user: string, extra: Record<string, string> = {}) {
  const params = new URLSearchParams({ signature: query.signature!, timestamp: query.timestamp!, nonce: query.nonce!, ...extra });
  const body = buildXml({
    ToUserName: 'gh_cutover0demo',
    FromUserName: user,
    CreateTime: Math.floor(Date.now() / 1000),
    MsgType: 'text',
    Content: '武汉医保结算什么时候恢复',
    MsgId: '24000000000000000777',
  });
  return fetch(`${url}/wechat?${params}`, { method: 'POST', headers: { 'content-type': 'text/xml' }, body });
}

describe('safe mode (a key, no WECHAT_MODE)', () => {
  it('refuses plain messages, with or without encrypt_type=raw, even on the URL of a genuine sealed request', async () => {
    const { assistant, calls } = await wrappedAssistant();
    server = await startApp(W, assistant);
    const genuine = client('safe', 'o_genuine');
    const req = genuine.prepare({ MsgType: 'text', Content: '长沙医保结算什么时候恢复' }, { at: AT });
    expect((await genuine.post(req)).text).toContain('长沙');
    expect(calls).toHaveLength(1);

    for (const extra of [{}, { encrypt_type: 'raw' }, { openid: 'o_genuine' }] as Record<string, string>[]) {
      const res = await replayed(server.url, req.query, 'o_attacker', extra);
      expect(res.status).toBe(401);
      expect(await res.text()).toMatch(/encrypted messages only/);
    }
    // the plain mode of the chat client is refused the same way
    expect((await client('plain', 'o_plain').post(client('plain', 'o_plain').prepare({ MsgType: 'text', Content: '你好' }))).status).toBe(401);
    expect(calls).toHaveLength(1); // no attacker message reached the core
  });

  it('still answers sealed messages and passes URL verification', async () => {
    server = await startApp(W);
    expect((await client('safe').verifyUrl()).status).toBe(200);
    expect((await client('safe').ask('武汉医保结算什么时候恢复', { at: AT })).text).toContain('12月31日');
  });

  it('the sealed reply is the envelope buildXml writes, byte for byte (its nonce too, whatever the request sent)', async () => {
    server = await startApp(W);
    for (const nonce of ['1234567890', 'a]]>b<c&']) {
      const c = client('safe');
      const req = c.prepare({ MsgType: 'text', Content: '武汉医保结算什么时候恢复' }, { at: AT });
      const url = new URL(req.url);
      url.searchParams.set('nonce', nonce);
      url.searchParams.set('msg_signature', signature(W.WECHAT_TOKEN, url.searchParams.get('timestamp')!, nonce, parseXml(req.body).Encrypt!));
      const raw = await (await fetch(url, { method: 'POST', headers: { 'content-type': 'text/xml' }, body: req.body })).text();
      const { Encrypt, MsgSignature, TimeStamp, Nonce } = parseXml(raw);
      expect(Nonce).toBe(nonce);
      expect(raw).toBe(buildXml({ Encrypt: Encrypt!, MsgSignature: MsgSignature!, TimeStamp: Number(TimeStamp), Nonce: Nonce! }));
    }
  });
});

describe('compatible mode (WECHAT_MODE=compatible)', () => {
  it('accepts plain messages beside sealed ones, as configured', async () => {
    server = await startApp({ ...W, WECHAT_MODE: 'compatible' });
    for (const mode of ['plain', 'compatible', 'safe'] as const) {
      expect((await client(mode).ask('武汉医保结算什么时候恢复', { at: AT })).text, mode).toContain('12月31日');
    }
  });
});

describe('retry deduplication is per sender', () => {
  it("a MsgId seeded by one sender does not give another sender's genuine message the first one's reply", async () => {
    const { assistant, calls } = await wrappedAssistant();
    server = await startApp({ WECHAT_TOKEN: W.WECHAT_TOKEN }, assistant); // plain mode: anyone with a logged URL can send
    const MsgId = '24000000000000000555';
    const attacker = client('plain', 'o_attacker', false);
    const seeded = await attacker.send({ MsgType: 'text', Content: '长沙医保结算什么时候恢复', MsgId }, { at: AT });
    expect(seeded.text).toContain('长沙');

    const victim = client('plain', 'o_victim', false);
    const reply = await victim.send({ MsgType: 'text', Content: '武汉医保结算什么时候恢复', MsgId }, { at: AT });
    expect(reply.message!.ToUserName).toBe('o_victim');
    expect(reply.text).toContain('武汉');
    expect(reply.text).toContain('12月31日');
    expect(calls).toHaveLength(2);

    // the victim's own retry is still answered once
    await victim.send({ MsgType: 'text', Content: '武汉医保结算什么时候恢复', MsgId }, { at: AT });
    expect(calls).toHaveLength(2);
  });
});
