// Our AES envelope against @wecom/crypto, both ways, for many random messages: what
// we seal, @wecom/crypto opens; what it seals, we open. A wrong key or a tampered
// ciphertext is still refused with a 4xx, never a crash.
import { randomBytes } from 'node:crypto';
import { decrypt, encrypt } from '@wecom/crypto';
import { describe, expect, it } from 'vitest';
import { statusOf } from '../support/wechat-support.ts';
import { AesEnvelope } from '../../handlers/wechat/aes-envelope.ts';
import { MsgCrypt, randomNonce } from '../../handlers/wechat/crypto.ts';
import { fillRandom } from '../../handlers/wechat/random-pool.ts';
import { Gen } from '../support/fuzz-cases.ts';

const KEY = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG';
const ID = 'wx5823bf96d3bd56c7';
const PIECES = ['a', '武汉医保', '𠮷', '\u0000', ' ', '<xml>', ']]>', 'é', '\n', '１２月', '0731'];

/** 0..2000 bytes of mixed ASCII, CJK, astral and control characters */
function message(g: Gen): string {
  const target = g.int(0, 2000);
  let s = '';
  while (Buffer.byteLength(s) < target) s += g.pick(PIECES);
  return s;
}

describe('AesEnvelope is byte-compatible with @wecom/crypto', () => {
  const g = new Gen(20261201);
  const cases = Array.from({ length: 400 }, () => ({ text: message(g), id: g.pick([ID, 'ww0123456789abcdef', '', '企业']) }));
  cases.push({ text: '武'.repeat(667), id: ID }, { text: '', id: ID }, { text: 'x'.repeat(2000), id: ID });

  it('what we seal, @wecom/crypto opens, and the same random gives the same ciphertext', () => {
    const env = new AesEnvelope(KEY);
    for (const { text, id } of cases) {
      const sealed = env.seal(text, id);
      expect(decrypt(KEY, sealed)).toMatchObject({ message: text, id });
      const random = randomBytes(16);
      expect(env.seal(text, id, random)).toBe(encrypt(KEY, text, id, random));
    }
  });

  it('what @wecom/crypto seals, we open', () => {
    const env = new AesEnvelope(KEY);
    for (const { text, id } of cases) expect(env.open(Buffer.from(encrypt(KEY, text, id), 'base64'))).toEqual({ message: text, id });
  });

  it('MsgCrypt refuses a wrong key (403) and a tampered ciphertext (4xx), never a crash', () => {
    const crypt = new MsgCrypt('token', KEY, ID);
    const other = new MsgCrypt('token', 'B'.repeat(43), ID);
    for (const { text } of cases.slice(0, 100)) {
      const sealed = encrypt(KEY, text, ID);
      expect(crypt.open(sealed)).toBe(text);
      expect(statusOf(() => other.open(sealed))).toBe(403);
      const bytes = Buffer.from(sealed, 'base64');
      bytes[g.int(0, bytes.length - 1)]! ^= 1 + g.int(0, 254);
      expect([400, 403, 'accepted']).toContain(statusOf(() => crypt.open(bytes.toString('base64'))));
      expect(statusOf(() => crypt.open(bytes.subarray(0, 16).toString('base64')))).toBeOneOf([400, 403]);
    }
  });
});

describe('pooled random bytes', () => {
  it('never hands the same bytes out twice, across pool refills', () => {
    const seen = new Set<string>();
    const out = Buffer.alloc(16);
    for (let i = 0; i < 3000; i++) {
      fillRandom(out, 0, 16);
      seen.add(out.toString('hex'));
    }
    expect(seen.size).toBe(3000);
    const sealed = new Set(Array.from({ length: 50 }, () => new AesEnvelope(KEY).seal('same', ID)));
    expect(sealed.size).toBe(50);
    expect(new Set(Array.from({ length: 200 }, randomNonce)).size).toBeGreaterThan(190);
  });
});
