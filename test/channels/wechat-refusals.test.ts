// Forged, broken, stale and oversize requests: each gets its 4xx (never a 5xx), says
// nothing secret, logs nothing, and the server goes on answering real users.
import { encrypt } from '@wecom/crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ChatClient, type ClientOptions, type PreparedRequest } from '../../bin/lib/chat-client.ts';
import { signature } from '../../handlers/wechat/crypto.ts';
import { KEYS, startApp, type Running } from '../support/wechat-support.ts';

const W = KEYS.wechat;
const SECRET_BITS = [W.WECHAT_TOKEN, W.WECHAT_ENCODING_AES_KEY, KEYS.wecom.WECOM_TOKEN, KEYS.wecom.WECOM_ENCODING_AES_KEY];
const AT = new Date('2021-12-20T10:00:00+08:00');

let server: Running;
const logged: string[] = [];
beforeAll(async () => {
  server = await startApp({ ...W, WECHAT_MODE: 'compatible', ...KEYS.wecom, MAX_BODY_BYTES: '4096' }); // compatible: the plain-mode refusals too
  for (const level of ['log', 'info', 'warn', 'error'] as const) {
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void logged.push(args.map(String).join(' ')));
  }
});
afterAll(async () => {
  vi.restoreAllMocks();
  await server.close();
});

const client = (over: Partial<ClientOptions> = {}) =>
  new ChatClient({
    url: server.url,
    channel: 'wechat',
    token: W.WECHAT_TOKEN,
    aesKey: W.WECHAT_ENCODING_AES_KEY,
    receiverId: W.WECHAT_APPID,
    mode: 'safe',
    ...over,
  });

const post = (req: PreparedRequest) => fetch(req.url, { method: 'POST', body: req.body });

/** The same server still answers a well-formed question afterwards. */
afterEach(async () => {
  const ok = await client().ask('武汉医保结算什么时候恢复', { at: AT });
  expect(ok.text).toContain('12月31日');
});

async function expectRefused(res: Response, status: number) {
  const body = await res.text();
  expect(res.status).toBe(status);
  for (const secret of SECRET_BITS) expect(body).not.toContain(secret);
  expect(body).not.toContain('武汉'); // no part of the message comes back
  expect(logged.filter((l) => SECRET_BITS.some((s) => l.includes(s)) || l.includes('武汉'))).toEqual([]);
  return body;
}

describe('refused with 401', () => {
  it('a plain-mode message signed with another token', async () => {
    const req = client({ token: 'not-our-token', mode: 'plain' }).prepare({ MsgType: 'text', Content: '武汉医保' });
    await expectRefused(await post(req), 401);
  });

  it('a safe-mode message whose msg_signature does not match', async () => {
    const req = client({ token: 'not-our-token' }).prepare({ MsgType: 'text', Content: '武汉医保' });
    await expectRefused(await post(req), 401);
  });

  it('a tampered ciphertext (one character of Encrypt changed, signature kept)', async () => {
    const req = client().prepare({ MsgType: 'text', Content: '武汉医保' });
    const at = req.body.indexOf('<Encrypt><![CDATA[') + 30;
    const body = `${req.body.slice(0, at)}${req.body[at] === 'A' ? 'B' : 'A'}${req.body.slice(at + 1)}`;
    await expectRefused(await fetch(req.url, { method: 'POST', body }), 401);
  });

  it('a stale timestamp (an hour old), even when correctly signed', async () => {
    const old = String(Math.floor(Date.now() / 1000) - 3600);
    await expectRefused(await post(client().prepare({ MsgType: 'text', Content: '武汉医保' }, { timestamp: old })), 401);
    await expectRefused(await post(client({ mode: 'plain' }).prepare({ MsgType: 'text', Content: '武汉医保' }, { timestamp: old })), 401);
  });

  it('URL verification with a wrong signature', async () => {
    const v = await client({ token: 'not-our-token' }).verifyUrl();
    expect(v.status).toBe(401);
    expect(v.body).not.toContain(v.expected);
  });
});

describe('refused with 403', () => {
  it('a message sealed for another appid', async () => {
    const req = client({ receiverId: 'wx00000000000000ff' }).prepare({ MsgType: 'text', Content: '武汉医保' });
    await expectRefused(await post(req), 403);
  });

  it('a message sealed with another key (signed with our token: garbage after decryption)', async () => {
    const req = client({ aesKey: 'B'.repeat(43) }).prepare({ MsgType: 'text', Content: '武汉医保' });
    await expectRefused(await post(req), 403);
  });

  it('a WeCom message sealed for another corpid', async () => {
    const c = new ChatClient({
      url: server.url,
      channel: 'wecom',
      token: KEYS.wecom.WECOM_TOKEN,
      aesKey: KEYS.wecom.WECOM_ENCODING_AES_KEY,
      receiverId: 'ww0000000000000000',
    });
    await expectRefused(await post(c.prepare({ MsgType: 'text', Content: '武汉医保' })), 403);
  });
});

describe('refused with 400', () => {
  // a correctly signed plain-mode URL (the signature does not cover the body) with our own body
  const signedPlain = (body: string) => fetch(client({ mode: 'plain' }).prepare({ MsgType: 'text', Content: 'x' }).url, { method: 'POST', body });

  it('malformed XML', async () => {
    await expectRefused(await signedPlain('<xml><Content><![CDATA[武汉]]></Content>'), 400);
    await expectRefused(await signedPlain('{"MsgType":"text"}'), 400);
  });

  it('a message missing its sender, type or time', async () => {
    await expectRefused(await signedPlain('<xml><ToUserName><![CDATA[gh_x]]></ToUserName><Content><![CDATA[武汉]]></Content></xml>'), 400);
  });

  it('a sealed message whose plaintext is not XML', async () => {
    const c = client();
    const req = c.prepare({ MsgType: 'text', Content: 'x' });
    const q = new URL(req.url).searchParams;
    const sealed = encrypt(W.WECHAT_ENCODING_AES_KEY, 'definitely not xml', W.WECHAT_APPID);
    const url = new URL(req.url);
    url.searchParams.set('msg_signature', signature(W.WECHAT_TOKEN, q.get('timestamp')!, q.get('nonce')!, sealed));
    await expectRefused(
      await fetch(url, { method: 'POST', body: `<xml><ToUserName><![CDATA[gh_x]]></ToUserName><Encrypt><![CDATA[${sealed}]]></Encrypt></xml>` }),
      400,
    );
  });

  it('an Encrypt that is not a ciphertext at all, correctly signed', async () => {
    const req = client().prepare({ MsgType: 'text', Content: 'x' });
    const url = new URL(req.url);
    const junk = 'AAAA+/==';
    url.searchParams.set('msg_signature', signature(W.WECHAT_TOKEN, url.searchParams.get('timestamp')!, url.searchParams.get('nonce')!, junk));
    await expectRefused(await fetch(url, { method: 'POST', body: `<xml><Encrypt><![CDATA[${junk}]]></Encrypt></xml>` }), 400);
  });
});

describe('refused with 413', () => {
  const big = `<xml><ToUserName><![CDATA[gh_x]]></ToUserName><Content><![CDATA[${'武'.repeat(3000)}]]></Content></xml>`;

  it('a body over MAX_BODY_BYTES with its Content-Length', async () => {
    const req = client({ mode: 'plain' }).prepare({ MsgType: 'text', Content: 'x' });
    await expectRefused(await fetch(req.url, { method: 'POST', body: big }), 413);
  });

  it('a body over MAX_BODY_BYTES sent in chunks without a length', async () => {
    const req = client({ mode: 'plain' }).prepare({ MsgType: 'text', Content: 'x' });
    const chunks = [Buffer.from(big.slice(0, 2000)), Buffer.from(big.slice(2000))];
    const body = new ReadableStream({
      pull(ctrl) {
        const next = chunks.shift();
        if (next) ctrl.enqueue(next);
        else ctrl.close();
      },
    });
    await expectRefused(await fetch(req.url, { method: 'POST', body, duplex: 'half' } as RequestInit), 413);
  });
});
