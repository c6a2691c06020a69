import { describe, expect, it } from 'vitest';
import { isValidCodeChallenge, isValidCodeVerifier } from '../../../shared/oauth/index.js';

// RFC 7636 Appendix B pair (SECURITY.md §1.0 fixtures V / C).
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
