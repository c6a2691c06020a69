import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { codeChallengeS256, createCodeVerifier, createPkcePair, isValidCodeChallenge, isValidCodeVerifier } from '../../../shared/oauth/index.js';

// RFC 7636 Appendix B pair (docs/security.md#fixtures: V and C).
const V = 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk';
const C = 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM';

describe.each([
  ['isValidCodeChallenge', isValidCodeChallenge],
  ['isValidCodeVerifier', isValidCodeVerifier],
])('%s (RFC 7636 43*128unreserved)', (_name, isValid) => {
  it('accepts the RFC 7636 Appendix B values', () => {
    expect(isValid(V)).toBe(true);
    expect(isValid(C)).toBe(true);
  });

  it('accepts 43 and 128 characters and rejects 42 and 129', () => {
    expect(isValid('a'.repeat(42))).toBe(false);
    expect(isValid('a'.repeat(43))).toBe(true);
    expect(isValid('a'.repeat(128))).toBe(true);
    expect(isValid('a'.repeat(129))).toBe(false);
  });

  it('accepts every unreserved character: ALPHA DIGIT - . _ ~', () => {
    expect(isValid(`AZaz09-._~${'x'.repeat(33)}`)).toBe(true);
  });

  it.each(['+', '/', '=', ' ', '%', '\u00e9', '\u0000'])('rejects a value containing %j', (c) => {
    expect(isValid(`${'a'.repeat(42)}${c}`)).toBe(false);
  });

  it('rejects 43 characters of an encoded é (P4)', () => {
    expect(isValid('\u00e9'.repeat(43))).toBe(false);
    expect(isValid('%C3%A9'.repeat(8))).toBe(false);
  });

  it('rejects the empty string', () => {
    expect(isValid('')).toBe(false);
  });
});

describe('PKCE S256 on WebCrypto', () => {
  it('computes the RFC 7636 Appendix B challenge from its verifier', async () => {
    expect(await codeChallengeS256(V)).toBe(C);
  });

  it('matches node:crypto SHA-256 and base64url for verifiers of every length 43-128', async () => {
    for (let length = 43; length <= 128; length++) {
      const verifier = randomBytes(96).toString('base64url').slice(0, length);
      expect(await codeChallengeS256(verifier)).toBe(createHash('sha256').update(verifier, 'ascii').digest('base64url'));
    }
  });

  it('refuses a verifier that is not one (programmer misuse, a TypeError)', async () => {
    await expect(codeChallengeS256('a'.repeat(42))).rejects.toThrow(TypeError);
    await expect(codeChallengeS256(`${'a'.repeat(42)}+`)).rejects.toThrow(TypeError);
  });

  it('makes 43-character verifiers of 32 random octets, a new one each time', () => {
    const verifiers = Array.from({ length: 200 }, () => createCodeVerifier());
    for (const v of verifiers) {
      expect(isValidCodeVerifier(v)).toBe(true);
      expect(v).toHaveLength(43);
      expect(Buffer.from(v, 'base64url')).toHaveLength(32);
    }
    expect(new Set(verifiers).size).toBe(200);
  });

  it('makes a pair whose challenge is the S256 of its verifier', async () => {
    const pair = await createPkcePair();
    expect(pair).toEqual({ code_verifier: expect.any(String), code_challenge: await codeChallengeS256(pair.code_verifier), code_challenge_method: 'S256' });
    expect(isValidCodeChallenge(pair.code_challenge)).toBe(true);
  });
});
