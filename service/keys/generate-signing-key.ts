import { calculateJwkThumbprint, exportJWK, generateKeyPair } from 'jose';
import type { KeyState, SigningKey } from '../storage/stores/signing-keys-store.js';

/** The one signing algorithm (RFC 9068 §2.1 allows any asymmetric one; ES256 keeps tokens short). */
export const SIGNING_ALG = 'ES256';

/** A fresh ES256 key pair as JWKs; `kid` is the RFC 7638 thumbprint, so it names the key itself. */
export async function generateSigningKey(state: KeyState, now: number): Promise<SigningKey> {
  const { publicKey, privateKey } = await generateKeyPair(SIGNING_ALG, { extractable: true });
  const publicJwk = await exportJWK(publicKey);
  const privateJwk = await exportJWK(privateKey);
  const kid = await calculateJwkThumbprint(publicJwk);
  return {
    kid,
    alg: SIGNING_ALG,
    publicJwk: { ...publicJwk, kid, alg: SIGNING_ALG, use: 'sig' },
    privateJwk: { ...privateJwk, kid, alg: SIGNING_ALG },
    createdAt: now,
    state,
    retiredAt: null,
  };
}
