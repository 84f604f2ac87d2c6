// WXBizMsgCrypt: signatures, freshness, and AES envelopes (aes-envelope.ts, byte for
// byte @wecom/crypto's), with every failure mapped to a 4xx. A wrong key or tampered
// ciphertext decrypts to garbage (no error), so the order is: signature first
// (timing-safe), then decrypt defensively, then the trailing id.
import { hash, timingSafeEqual } from 'node:crypto';
import { refuse } from '../http/refuse.ts';
import { AesEnvelope } from './aes-envelope.ts';
import { randomUint32 } from './random-pool.ts';

/** sha1 over the parts sorted and joined: `signature` (token, timestamp, nonce) and `msg_signature` (+ Encrypt). */
export function signature(...parts: string[]): string {
  return hash('sha1', parts.sort().join('')); // one-shot: no Hash object per call
}

/** Constant-time comparison, so response timing does not reveal how much of a guess matched. */
export function sameSignature(expected: string, given: string | undefined): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given.toLowerCase());
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Refuses a missing or stale `timestamp` (replayed captures); maxAgeSeconds 0 turns the age check off. */
export function checkTimestamp(timestamp: string | undefined, maxAgeSeconds: number, nowMs = Date.now()): string {
  if (!timestamp || !/^\d{1,12}$/.test(timestamp)) refuse(401, 'missing or malformed timestamp');
  if (maxAgeSeconds > 0 && Math.abs(nowMs / 1000 - Number(timestamp)) > maxAgeSeconds) {
    refuse(401, `stale timestamp (more than ${maxAgeSeconds} s from now)`);
  }
  return timestamp;
}

/** An EncodingAESKey is 43 base64 characters that decode (with a trailing "=") to a 32-byte AES key. */
export function isValidAesKey(key: string): boolean {
  return /^[A-Za-z0-9+/]{43}$/.test(key) && Buffer.from(`${key}=`, 'base64').length === 32;
}

export function randomNonce(): string {
  return String(randomUint32());
}

export interface SealedReply {
  Encrypt: string;
  MsgSignature: string;
  TimeStamp: string;
  Nonce: string;
}

/** One account's crypto: `receiverId` is the official account's appid or the WeCom corpid. */
export class MsgCrypt {
  /** the key decoded once, here, rather than on every message */
  private readonly envelope: AesEnvelope;

  constructor(
    private readonly token: string,
    aesKey: string,
    private readonly receiverId: string,
  ) {
    if (!isValidAesKey(aesKey)) throw new Error('EncodingAESKey must be 43 characters decoding to 32 bytes');
    this.envelope = new AesEnvelope(aesKey);
  }

  /** msg_signature over (token, timestamp, nonce, Encrypt); 401 when it does not match. */
  verify(msgSignature: string | undefined, timestamp: string, nonce: string | undefined, encrypted: string): void {
    if (!sameSignature(signature(this.token, timestamp, nonce ?? '', encrypted), msgSignature)) {
      refuse(401, 'invalid msg_signature');
    }
  }

  /** Decrypts a verified Encrypt: 400 when it cannot be decrypted, 403 when it is for another account (or another key). */
  open(encrypted: string): string {
    // whole AES blocks of strict base64, or Buffer would skip junk characters and the decipher would throw raw errors
    const bytes = /^[A-Za-z0-9+/]+={0,2}$/.test(encrypted) && encrypted.length % 4 === 0 ? Buffer.from(encrypted, 'base64') : null;
    if (!bytes || bytes.length === 0 || bytes.length % 16 !== 0) refuse(400, 'Encrypt is not an AES ciphertext');
    const opened = this.envelope.open(bytes);
    if (!opened) refuse(400, 'Encrypt cannot be decrypted');
    if (!sameId(opened.id, this.receiverId)) refuse(403, 'message is not for this account (appid/corpid or key mismatch)');
    return opened.message;
  }

  /** Encrypts and signs a reply; Nonce echoes the request's, TimeStamp is now (both as the samples do). */
  seal(plain: string, nonce: string, timestamp = String(Math.floor(Date.now() / 1000)), random?: Buffer): SealedReply {
    const Encrypt = this.envelope.seal(plain, this.receiverId, random);
    return { Encrypt, MsgSignature: signature(this.token, timestamp, nonce, Encrypt), TimeStamp: timestamp, Nonce: nonce };
  }
}

function sameId(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
