// Our crypto and XML against Tencent's own samples, byte for byte, plus the ways
// a forged or broken message must be refused.
import { decrypt } from '@wecom/crypto';
import { describe, expect, it } from 'vitest';
import { statusOf } from '../support/wechat-support.ts';
import { checkTimestamp, isValidAesKey, MsgCrypt, sameSignature, signature } from '../../handlers/wechat/crypto.ts';
import { buildXml, parseXml, textReply } from '../../handlers/wechat/xml.ts';
import { PUSH_DOC, WXBIZ } from '../support/wechat-samples.ts';

describe('WXBizMsgCrypt sample (token QDG6eK, corpid wx5823bf96d3bd56c7)', () => {
  const crypt = new MsgCrypt(WXBIZ.token, WXBIZ.aesKey, WXBIZ.corpId);

  it('verifies the callback URL and opens its echostr', () => {
    const v = WXBIZ.verify;
    expect(signature(WXBIZ.token, v.timestamp, v.nonce, v.echostr)).toBe(v.msgSignature);
    expect(() => crypt.verify(v.msgSignature, v.timestamp, v.nonce, v.echostr)).not.toThrow();
    expect(crypt.open(v.echostr)).toMatch(/^\d+$/);
  });

  it('verifies and decrypts the sample message, keeping MsgId (> 2^53) and AgentID as strings', () => {
    const p = WXBIZ.post;
    const outer = parseXml(p.body);
    expect(outer.ToUserName).toBe(WXBIZ.corpId);
    expect(outer.AgentID).toBe('218');
    crypt.verify(p.msgSignature, p.timestamp, p.nonce, outer.Encrypt!);
    const msg = parseXml(crypt.open(outer.Encrypt!));
    expect(msg).toMatchObject({
      ToUserName: WXBIZ.corpId,
      FromUserName: 'mycreate',
      CreateTime: '1409659813',
      MsgType: 'text',
      Content: 'hello',
      MsgId: '4561255354251345929',
      AgentID: '218',
    });
    expect(Number(msg.MsgId).toString()).not.toBe(msg.MsgId); // what a number-typed parse would have lost
  });

  it('refuses the sample under another corpid (403) and a re-signed foreign ciphertext (403)', () => {
    const other = new MsgCrypt(WXBIZ.token, WXBIZ.aesKey, 'wx0000000000000000');
    expect(statusOf(() => other.open(WXBIZ.verify.echostr))).toBe(403);
    const wrongKey = new MsgCrypt(WXBIZ.token, 'B'.repeat(43), WXBIZ.corpId);
    expect(statusOf(() => wrongKey.open(WXBIZ.verify.echostr))).toBe(403);
  });
});

describe("message-push documentation's worked example (Token AAAAA)", () => {
  it('computes the URL-verification and plain-mode signatures', () => {
    const v = PUSH_DOC.verify;
    expect(signature(PUSH_DOC.token, v.timestamp, v.nonce)).toBe(v.signature);
    const p = PUSH_DOC.plainPost;
    expect(signature(PUSH_DOC.token, p.timestamp, p.nonce)).toBe(p.signature);
  });

  it('verifies and decrypts the safe-mode push: random, message and appid exactly', () => {
    const s = PUSH_DOC.safe;
    const crypt = new MsgCrypt(PUSH_DOC.token, s.aesKey, s.appId);
    expect(() => crypt.verify(s.msgSignature, s.timestamp, s.nonce, s.encrypt)).not.toThrow();
    expect(crypt.open(s.encrypt)).toBe(s.message);
    const raw = decrypt(s.aesKey, s.encrypt);
    expect(raw.random.toString()).toBe(s.random);
    expect(raw.id).toBe(s.appId);
  });

  it('seals the reply to the same Encrypt and MsgSignature', () => {
    const r = PUSH_DOC.reply;
    const crypt = new MsgCrypt(PUSH_DOC.token, PUSH_DOC.safe.aesKey, PUSH_DOC.safe.appId);
    expect(crypt.seal(r.message, r.nonce, r.timestamp, Buffer.from(r.random))).toEqual({
      Encrypt: r.encrypt,
      MsgSignature: r.msgSignature,
      TimeStamp: r.timestamp,
      Nonce: r.nonce,
    });
  });
});

describe('refusals at the crypto layer', () => {
  const crypt = new MsgCrypt(PUSH_DOC.token, PUSH_DOC.safe.aesKey, PUSH_DOC.safe.appId);
  const s = PUSH_DOC.safe;

  it('401 for a wrong, truncated, missing or tampered signature', () => {
    expect(statusOf(() => crypt.verify('0'.repeat(40), s.timestamp, s.nonce, s.encrypt))).toBe(401);
    expect(statusOf(() => crypt.verify(s.msgSignature.slice(0, 39), s.timestamp, s.nonce, s.encrypt))).toBe(401);
    expect(statusOf(() => crypt.verify(undefined, s.timestamp, s.nonce, s.encrypt))).toBe(401);
    const tampered = `${s.encrypt.slice(0, 40)}${s.encrypt[40] === 'A' ? 'B' : 'A'}${s.encrypt.slice(41)}`;
    expect(statusOf(() => crypt.verify(s.msgSignature, s.timestamp, s.nonce, tampered))).toBe(401);
  });

  it('400 for ciphertext that is not whole AES blocks of base64, instead of a raw crash', () => {
    for (const bad of ['', 'not base64!', s.encrypt.slice(0, -8), 'AAAA', `${s.encrypt}\u0000`]) {
      expect(
        statusOf(() => crypt.open(bad)),
        JSON.stringify(bad.slice(0, 12)),
      ).toBe(400);
    }
  });

  it('compares signatures case-insensitively but exactly', () => {
    expect(sameSignature(s.msgSignature, s.msgSignature.toUpperCase())).toBe(true);
    expect(sameSignature(s.msgSignature, `${s.msgSignature} `)).toBe(false);
  });

  it('refuses stale, future and malformed timestamps; 0 turns the age check off', () => {
    const now = 1_714_112_445_000;
    expect(checkTimestamp('1714112445', 300, now)).toBe('1714112445');
    expect(statusOf(() => checkTimestamp('1714112045', 300, now))).toBe(401);
    expect(statusOf(() => checkTimestamp('1714112845', 300, now))).toBe(401);
    expect(statusOf(() => checkTimestamp('17141x', 300, now))).toBe(401);
    expect(statusOf(() => checkTimestamp(undefined, 0, now))).toBe(401);
    expect(checkTimestamp('1409659589', 0, now)).toBe('1409659589');
  });

  it('accepts only 43-character keys that decode to 32 bytes', () => {
    expect(isValidAesKey(WXBIZ.aesKey)).toBe(true);
    expect(isValidAesKey(WXBIZ.aesKey.slice(1))).toBe(false);
    expect(isValidAesKey(`${WXBIZ.aesKey.slice(0, 42)}=`)).toBe(false);
    expect(isValidAesKey(`${WXBIZ.aesKey.slice(0, 42)}!`)).toBe(false);
  });
});

describe('XML', () => {
  it('keeps every value a string and expands no entities', () => {
    const f = parseXml('<xml><MsgId>4561255354251345929</MsgId><Content><![CDATA[0731]]></Content><Code>007</Code><Amp>a &amp; b</Amp></xml>');
    expect(f).toMatchObject({ MsgId: '4561255354251345929', Content: '0731', Code: '007', Amp: 'a &amp; b' });
  });

  it('refuses what is not a WeChat <xml> document with 400', () => {
    for (const bad of ['', 'hello', '<xml><a>1</a>', '<root><a>1</a></root>', '<xml><__proto__>1</__proto__></xml>']) {
      expect(
        statusOf(() => parseXml(bad)),
        bad,
      ).toBe(400);
    }
  });

  it('builds replies whose CDATA survives "]]>" and swaps sender and receiver', () => {
    const xml = textReply({ ToUserName: 'gh_account', FromUserName: 'o_user' }, 'a]]>b]]>c', 1_700_000_000_999);
    expect(xml).toBe(
      '<xml><ToUserName><![CDATA[o_user]]></ToUserName><FromUserName><![CDATA[gh_account]]></FromUserName>' +
        '<CreateTime>1700000000</CreateTime><MsgType><![CDATA[text]]></MsgType>' +
        '<Content><![CDATA[a]]]]><![CDATA[>b]]]]><![CDATA[>c]]></Content></xml>',
    );
    expect(parseXml(xml).Content).toBe('a]]>b]]>c');
    expect(parseXml(buildXml({ Content: '\u0001ok\u0008' })).Content).toBe('ok');
  });
});
