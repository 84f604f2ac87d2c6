// WXBizMsgCrypt's AES-256-CBC envelope, byte for byte what @wecom/crypto seals and
// opens, with the EncodingAESKey decoded once (@wecom/crypto decodes it on every
// call) and the 16 random bytes taken from a pool. Plaintext layout:
// random(16) | length of message (uint32 BE) | message | receiver id, PKCS#7-padded
// to a multiple of 32 bytes; the IV is the key's first 16 bytes.
import { createCipheriv, createDecipheriv } from 'node:crypto';
import { fillRandom } from './random-pool.ts';

const BLOCK = 32;

export interface Opened {
  message: string;
  id: string;
}

export class AesEnvelope {
  private readonly key: Buffer;
  private readonly iv: Buffer;

  /** `encodingAesKey`: 43 base64 characters that decode (with a trailing "=") to 32 bytes. */
  constructor(encodingAesKey: string) {
    this.key = Buffer.from(`${encodingAesKey}=`, 'base64');
    if (this.key.length !== 32) throw new Error('EncodingAESKey must decode to 32 bytes');
    this.iv = this.key.subarray(0, 16);
  }

  /** base64 ciphertext; `random` (16 bytes) only to reproduce a known sample */
  seal(message: string, id: string, random?: Buffer): string {
    const messageBytes = Buffer.byteLength(message);
    const unpadded = 20 + messageBytes + Buffer.byteLength(id);
    const pad = BLOCK - (unpadded % BLOCK);
    const plain = Buffer.allocUnsafe(unpadded + pad);
    if (random) random.copy(plain, 0, 0, 16);
    else fillRandom(plain, 0, 16);
    plain.writeUInt32BE(messageBytes, 16);
    plain.write(message, 20);
    plain.write(id, 20 + messageBytes);
    plain.fill(pad, unpadded);
    const cipher = createCipheriv('aes-256-cbc', this.key, this.iv).setAutoPadding(false);
    return Buffer.concat([cipher.update(plain), cipher.final()]).toString('base64');
  }

  /**
   * Opens ciphertext bytes (whole 16-byte blocks); null when the plaintext is too short
   * to hold its header. As in @wecom/crypto, a padding byte outside 1..32 is left in
   * place, so a wrong key yields a wrong id (the caller refuses it) rather than an error.
   */
  open(ciphertext: Buffer): Opened | null {
    const decipher = createDecipheriv('aes-256-cbc', this.key, this.iv).setAutoPadding(false);
    const plain = Buffer.concat([decipher.update(ciphertext), decipher.final()]);
    const pad = plain[plain.length - 1]!;
    const end = pad >= 1 && pad <= BLOCK ? plain.length - pad : plain.length;
    if (end < 20) return null;
    const length = plain.readUInt32BE(16);
    const idStart = Math.min(20 + length, end);
    return { message: plain.toString('utf8', 20, idStart), id: plain.toString('utf8', idStart, end) };
  }
}
