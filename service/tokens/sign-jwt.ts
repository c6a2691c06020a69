import { KeyObject, sign, type webcrypto } from 'node:crypto';
import type { CryptoKey } from 'jose';
import { SIGNING_ALG } from '../keys/generate-signing-key.js';

export interface JwtHeader {
  alg: string;
  kid: string;
  typ: string;
}

/**
 * A signed JWT in JWS compact serialization (RFC 7515 §7.1; RFC 7519 §7.1): BASE64URL(header) "."
 * BASE64URL(claims) "." BASE64URL(signature), with ES256 (RFC 7518 §3.4: ECDSA P-256 SHA-256,
 * the signature is R || S, 64 bytes). Header and claims are serialised as jose's SignJWT does
 * (JSON.stringify, keys in the order given), so the tokens are the same bytes but for the
 * randomised signature, and jose, openid-client and oauth4webapi verify them. Why not SignJWT:
 * it signs through WebCrypto (algorithm normalisation, a thread-pool job, promises), which cost
 * a third more CPU than node:crypto signing with the key's own KeyObject.
 */
export function signJwt(header: JwtHeader, claims: Record<string, unknown>, key: CryptoKey): string {
  if (header.alg !== SIGNING_ALG) throw new TypeError(`signJwt signs ${SIGNING_ALG} only, not ${header.alg}`);
  const input = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(claims))}`;
  const keyObject = KeyObject.from(key as unknown as webcrypto.CryptoKey);
  const signature = sign('sha256', Buffer.from(input), { key: keyObject, dsaEncoding: 'ieee-p1363' });
  return `${input}.${signature.toString('base64url')}`;
}

const base64url = (s: string) => Buffer.from(s).toString('base64url');
