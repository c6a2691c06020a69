import { describe, expect, it } from 'vitest';
import { createVerifiedTokenCache, type VerifiedToken } from '../../../../service/tokens/verified-token-cache.js';
import type { AccessTokenClaims } from '../../../../service/tokens/access-token-claims.js';

const verified = (exp: number): VerifiedToken => ({
  kid: 'k1',
  claims: { sub: 'u', client_id: 'c', scope: '', grant_id: 'g', jti: 'j', iat: exp - 300, exp } as AccessTokenClaims,
});

describe('createVerifiedTokenCache', () => {
  it('returns a verified token by its exact string until its exp, as jose judges expiry', () => {
    const cache = createVerifiedTokenCache();
    cache.set('a.b.c', verified(1000));
    expect(cache.get('a.b.c', 999_999)).toEqual(verified(1000));
    expect(cache.get('a.b.C', 999_999)).toBeUndefined();
    // RFC 7519 §4.1.4: not accepted on or after exp (jose: exp <= now in whole seconds).
    expect(cache.get('a.b.c', 1_000_000)).toBeUndefined();
    expect(cache.get('a.b.c', 999_999)).toBeUndefined();
  });

  it('keeps at most max tokens, dropping the oldest first', () => {
    const cache = createVerifiedTokenCache(2);
    cache.set('t1', verified(1000));
    cache.set('t2', verified(1000));
    cache.set('t3', verified(1000));
    expect(['t1', 't2', 't3'].map((t) => cache.get(t, 0) !== undefined)).toEqual([false, true, true]);
    cache.delete('t2');
    expect(cache.get('t2', 0)).toBeUndefined();
  });
});
