import { SignJWT, exportJWK, generateKeyPair, importJWK, jwtVerify, type CryptoKey } from 'jose';
import { describe, expect, it } from 'vitest';
import { signJwt } from '../../../../service/tokens/sign-jwt.js';

describe('signJwt', () => {
  it('signs an ES256 JWT that jose verifies, with the header and claims bytes jose’s SignJWT writes', async () => {
    const pair = await generateKeyPair('ES256', { extractable: true });
    // As the key ring holds it: imported from the stored JWK, not extractable.
    const key = (await importJWK(await exportJWK(pair.privateKey), 'ES256')) as CryptoKey;
    const claims = { client_id: 'c1', scope: 'a b', iss: 'https://as.example', sub: 'u1', aud: 'https://as.example', iat: 1_700_000_000, exp: 1_700_000_300 };
    const ours = signJwt({ alg: 'ES256', kid: 'k1', typ: 'at+jwt' }, claims, key);
    const { client_id, scope, ...registered } = claims;
    const theirs = await new SignJWT({ client_id, scope })
      .setProtectedHeader({ alg: 'ES256', kid: 'k1', typ: 'at+jwt' })
      .setIssuer(registered.iss)
      .setSubject(registered.sub)
      .setAudience(registered.aud)
      .setIssuedAt(registered.iat)
      .setExpirationTime(registered.exp)
      .sign(key);
    const [h, p, s] = ours.split('.');
    expect(`${h}.${p}`).toBe(theirs.split('.').slice(0, 2).join('.'));
    expect(Buffer.from(s!, 'base64url')).toHaveLength(64);
    const verified = await jwtVerify(ours, pair.publicKey, { algorithms: ['ES256'], typ: 'at+jwt', currentDate: new Date(1_700_000_100_000) });
    expect(verified.payload).toEqual(claims);
    expect(verified.protectedHeader).toEqual({ alg: 'ES256', kid: 'k1', typ: 'at+jwt' });
  });

  it('refuses any other algorithm', async () => {
    const { privateKey } = await generateKeyPair('ES256');
    expect(() => signJwt({ alg: 'HS256', kid: 'k', typ: 'JWT' }, {}, privateKey)).toThrow(TypeError);
  });
});
