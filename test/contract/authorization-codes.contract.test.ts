import { expect, it } from 'vitest';
import { describeEachEngine } from '../helpers/test-databases.js';
import { codeRow, refreshRow, seedGrant } from './oauth-store-fixture.js';
import { T0, useStores } from './store-fixture.js';

describeEachEngine('AuthorizationCodesStore', (engine) => {
  const fx = useStores(engine);

  it('stores a code and finds it by hash with every field unchanged', async () => {
    await seedGrant(fx.stores);
    await fx.stores.authorizationCodes.create(codeRow('h1', { codeChallenge: null, codeChallengeMethod: null, nonce: null, redirectUriInRequest: false }));
    expect(await fx.stores.authorizationCodes.find('h1')).toEqual(
      codeRow('h1', { codeChallenge: null, codeChallengeMethod: null, nonce: null, redirectUriInRequest: false }),
    );
    expect(await fx.stores.authorizationCodes.find('nope')).toBeUndefined();
  });

  it('consumes a code once; a second consume reports it reused with the code', async () => {
    await seedGrant(fx.stores);
    await fx.stores.authorizationCodes.create(codeRow('h1'));
    expect(await fx.stores.authorizationCodes.consume('h1', T0 + 5)).toEqual({ status: 'ok', code: codeRow('h1', { consumedAt: T0 + 5 }) });
    expect(await fx.stores.authorizationCodes.consume('h1', T0 + 6)).toEqual({ status: 'reused', code: codeRow('h1', { consumedAt: T0 + 5 }) });
  });

  it('distinguishes expired and unknown codes and leaves an expired code unconsumed', async () => {
    await seedGrant(fx.stores);
    await fx.stores.authorizationCodes.create(codeRow('h1'));
    expect(await fx.stores.authorizationCodes.consume('h1', T0 + 60_000)).toEqual({ status: 'expired', code: codeRow('h1') });
    expect(await fx.stores.authorizationCodes.consume('unknown', T0)).toEqual({ status: 'unknown' });
  });

  it('reports a consumed code replayed after its expiry as reused (so the grant gets revoked)', async () => {
    await seedGrant(fx.stores);
    await fx.stores.authorizationCodes.create(codeRow('h1'));
    await fx.stores.authorizationCodes.consume('h1', T0 + 1);
    expect((await fx.stores.authorizationCodes.consume('h1', T0 + 120_000)).status).toBe('reused');
  });

  it('lets exactly one of 20 parallel consumes of one code win', async () => {
    await seedGrant(fx.stores);
    await fx.stores.authorizationCodes.create(codeRow('h1'));
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => fx.stores.authorizationCodes.consume('h1', T0 + i)));
    expect(results.filter((r) => r.status === 'ok')).toHaveLength(1);
    expect(results.filter((r) => r.status === 'reused')).toHaveLength(19);
  });

  it('finds a code with its grant in one read', async () => {
    const grant = await seedGrant(fx.stores);
    await fx.stores.authorizationCodes.create(codeRow('h1'));
    expect(await fx.stores.authorizationCodes.findForExchange('h1')).toEqual({ code: codeRow('h1'), grant });
    expect(await fx.stores.authorizationCodes.findForExchange('nope')).toBeUndefined();
  });

  it('consumes with the first refresh token: only the winner stores it, and records the grant’s use', async () => {
    await seedGrant(fx.stores);
    await fx.stores.authorizationCodes.create(codeRow('h1'));
    expect(await fx.stores.authorizationCodes.consume('h1', T0 + 5, refreshRow('rt1', { createdAt: T0 + 5 }))).toEqual({
      status: 'ok',
      code: codeRow('h1', { consumedAt: T0 + 5 }),
    });
    expect(await fx.stores.refreshTokens.find('rt1')).toEqual(refreshRow('rt1', { createdAt: T0 + 5 }));
    expect((await fx.stores.grants.byId('g1'))?.lastUsedAt).toBe(T0 + 5);
    expect(await fx.stores.authorizationCodes.consume('h1', T0 + 6, refreshRow('rt2'))).toEqual({ status: 'reused', code: codeRow('h1', { consumedAt: T0 + 5 }) });
    expect(await fx.stores.refreshTokens.find('rt2')).toBeUndefined();
    expect(await fx.stores.authorizationCodes.consume('unknown', T0, refreshRow('rt3'))).toEqual({ status: 'unknown' });
    expect(await fx.stores.refreshTokens.find('rt3')).toBeUndefined();
  });

  it('records the grant’s use without a refresh token, and stores none for an expired code', async () => {
    await seedGrant(fx.stores);
    await fx.stores.authorizationCodes.create(codeRow('h1'));
    await fx.stores.authorizationCodes.create(codeRow('h2'));
    expect((await fx.stores.authorizationCodes.consume('h1', T0 + 1)).status).toBe('ok');
    expect((await fx.stores.grants.byId('g1'))?.lastUsedAt).toBe(T0 + 1);
    expect(await fx.stores.authorizationCodes.consume('h2', T0 + 60_000, refreshRow('rt1'))).toEqual({ status: 'expired', code: codeRow('h2') });
    expect(await fx.stores.refreshTokens.find('rt1')).toBeUndefined();
  });

  it('lets exactly one of 20 parallel consumes with refresh tokens store its token', async () => {
    await seedGrant(fx.stores);
    await fx.stores.authorizationCodes.create(codeRow('h1'));
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => fx.stores.authorizationCodes.consume('h1', T0 + i, refreshRow(`rt${i}`))));
    expect(results.filter((r) => r.status === 'ok')).toHaveLength(1);
    expect(results.filter((r) => r.status === 'reused')).toHaveLength(19);
    const stored = await Promise.all(Array.from({ length: 20 }, (_, i) => fx.stores.refreshTokens.find(`rt${i}`)));
    expect(stored.filter(Boolean)).toHaveLength(1);
  });

  it('tells whether a stored code of the client carries the same PKCE challenge', async () => {
    await seedGrant(fx.stores);
    await fx.stores.authorizationCodes.create(codeRow('h1'));
    const { clientId, codeChallenge } = codeRow('h1');
    expect(await fx.stores.authorizationCodes.challengeSeen(clientId, codeChallenge!)).toBe(true);
    expect(await fx.stores.authorizationCodes.challengeSeen(clientId, 'another-challenge')).toBe(false);
    expect(await fx.stores.authorizationCodes.challengeSeen('another-client', codeChallenge!)).toBe(false);
  });

  it('purges codes that expired before the given time', async () => {
    await seedGrant(fx.stores);
    await fx.stores.authorizationCodes.create(codeRow('old', { expiresAt: T0 }));
    await fx.stores.authorizationCodes.create(codeRow('new', { expiresAt: T0 + 60_000 }));
    expect(await fx.stores.authorizationCodes.purgeExpired(T0 + 1)).toBe(1);
    expect(await fx.stores.authorizationCodes.find('old')).toBeUndefined();
    expect(await fx.stores.authorizationCodes.find('new')).toBeDefined();
  });

  it('deletes a grant’s codes with the grant’s client', async () => {
    await seedGrant(fx.stores);
    await fx.stores.authorizationCodes.create(codeRow('h1'));
    await fx.stores.clients.delete('c1');
    expect(await fx.stores.authorizationCodes.consume('h1', T0)).toEqual({ status: 'unknown' });
  });
});
