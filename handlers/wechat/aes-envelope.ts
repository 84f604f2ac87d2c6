// WXBizMsgCrypt's AES-256-CBC envelope, byte for byte what @wecom/crypto seals and
// opens, with the EncodingAESKey decoded once (@wecom/crypto decodes it on every
// call) and the 16 random bytes taken from a pool. Plaintext layout:
// random(16) | length of message (uint32 BE) | message | receiver id, PKCS#7-padded
// to a multiple of 32 bytes; the IV is the key's first 16 bytes.
//
// Creating a cipher costs as much as running it on a reply, so one cipher and one
// decipher live as long as the key, each a single CBC stream: a message then chains
// on the previous message's last ciphertext block instead of the IV, and XOR-ing
// (that block ⊕ IV) into its first block undoes exactly that. Node runs both
// synchronously, so messages never interleave.
import { createCipheriv, createDecipheriv, type Cipher, type Decipher } from 'node:crypto';
import { fillRandom } from './random-pool.ts';

const BLOCK = 32;

export interface Opened {
  message: string;
  id: string;
}

export class AesEnvelope {
  private readonly key: Buffer;
  private readonly iv: Buffer;
  private readonly cipher: Cipher;
  private readonly decipher: Decipher;
  /** the last ciphertext block each stream chained on (the IV at first) */
  private readonly sealChain: Buffer;
  private readonly openChain: Buffer;

  /** `encodingAesKey`: 43 base64 characters that decode (with a trailing "=") to 32 bytes. */
  constructor(encodingAesKey: string) {
    this.key = Buffer.from(`${encodingAesKey}=`, 'base64');
    if (this.key.length !== 32) throw new Error('EncodingAESKey must decode to 32 bytes');
    this.iv = this.key.subarray(0, 16);
    this.cipher = createCipheriv('aes-256-cbc', this.key, this.iv).setAutoPadding(false);
    this.decipher = createDecipheriv('aes-256-cbc', this.key, this.iv).setAutoPadding(false);
    this.sealChain = Buffer.from(this.iv);
    this.openChain = Buffer.from(this.iv);
  }

  /** block ^= chain ^ iv, in place (16 bytes from offset 0) */
  private rechain(block: Buffer, chain: Buffer): void {
    for (let i = 0; i < 16; i++) block[i]! ^= chain[i]! ^ this.iv[i]!;
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
    this.rechain(plain, this.sealChain);
    const sealed = this.cipher.update(plain);
    sealed.copy(this.sealChain, 0, sealed.length - 16);
    return sealed.toString('base64');
  }

  /**
   * Opens ciphertext bytes; null when they are not whole 16-byte blocks or the
   * plaintext is too short to hold its header. As in @wecom/crypto, a padding byte outside 1..32 is left in
   * place, so a wrong key yields a wrong id (the caller refuses it) rather than an error.
   */
  open(ciphertext: Buffer): Opened | null {
    if (ciphertext.length === 0 || ciphertext.length % 16 !== 0) return null;
    const plain = this.decipher.update(ciphertext);
    this.rechain(plain, this.openChain);
    ciphertext.copy(this.openChain, 0, ciphertext.length - 16);
    const pad = plain[plain.length - 1]!;
    const end = pad >= 1 && pad <= BLOCK ? plain.length - pad : plain.length;
    if (end < 20) return null;
    const length = plain.readUInt32BE(16);
    const idStart = Math.min(20 + length, end);
    return { message: plain.toString('utf8', 20, idStart), id: plain.toString('utf8', idStart, end) };
  }
}
