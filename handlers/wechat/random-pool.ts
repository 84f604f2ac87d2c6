// Cryptographically random bytes without a call into OpenSSL per message: one
// randomBytes() fills a pool, and each caller copies out its slice. Every byte is
// handed out once.
import { randomBytes } from 'node:crypto';

const POOL_BYTES = 8192;
let pool = randomBytes(POOL_BYTES);
let used = 0;

/** Copies `length` (≤ 8192) fresh random bytes into `target` at `offset`. */
export function fillRandom(target: Buffer, offset: number, length: number): void {
  if (used + length > POOL_BYTES) {
    pool = randomBytes(POOL_BYTES);
    used = 0;
  }
  pool.copy(target, offset, used, used + length);
  used += length;
}

/** A fresh random unsigned 32-bit integer. */
export function randomUint32(): number {
  if (used + 4 > POOL_BYTES) {
    pool = randomBytes(POOL_BYTES);
    used = 0;
  }
  const value = pool.readUInt32BE(used);
  used += 4;
  return value;
}
