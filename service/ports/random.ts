import { hash, randomBytes, timingSafeEqual } from 'node:crypto';

/** Randomness as a port: every secret, id and token comes from here. */
export interface Random {
  /** `bytes` random bytes, base64url without padding. */
  token(bytes: number): string;
  /** A time-ordered id (sortable by creation) with 80 random bits. */
  orderedId(now: number): string;
}

export const systemRandom: Random = {
  token: (bytes) => randomBytes(bytes).toString('base64url'),
  orderedId: (now) => `${now.toString(36).padStart(9, '0')}${randomBytes(10).toString('base64url')}`,
};

/** SHA-256 in base64url: how high-entropy secrets (client secrets, tokens, session ids) are stored. */
export function sha256(value: string): string {
  // crypto.hash (Node ≥ 20.12, our minimum): one call, no Hash object; ~3× cheaper than createHash
  // for these short inputs, and several run per token request.
  return hash('sha256', value, 'base64url');
}

/** Constant-time string comparison (lengths may leak, contents do not). */
export function safeEqual(a: string, b: string): boolean {
  const ab = Buffer.from(a);
  const bb = Buffer.from(b);
  return ab.length === bb.length && timingSafeEqual(ab, bb);
}
