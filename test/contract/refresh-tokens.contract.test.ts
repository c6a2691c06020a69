import { expect, it } from 'vitest';
import { describeEachEngine } from '../helpers/test-databases.js';
import { refreshRow, seedGrant } from './oauth-store-fixture.js';
import { T0, account, useStores, user } from './store-fixture.js';

describeEachEngine('RefreshTokensStore', (engine) => {
  const fx = useStores(engine);
  const next = (hash: string, at: number) => refreshRow(hash, { createdAt: at, expiresAt: at + 3_600_000 });

  it('stores a token and finds it by hash with every field unchanged', async () => {
    await seedGrant(fx.stores);
    await fx.stores.refreshTokens.create(refreshRow('r1'));
    expect(await fx.stores.refreshTokens.find('r1')).toEqual(refreshRow('r1'));
    expect(await fx.stores.refreshTokens.find('nope')).toBeUndefined();
  });

  it('rotates once: the old token points at the new one, and a replay is reported reused', async () => {
    await seedGrant(fx.stores);
    await fx.stores.refreshTokens.create(refreshRow('r1'));
    const rotated = refreshRow('r1', { rotatedAt: T0 + 10, lastUsedAt: T0 + 10, replacedByHash: 'r2' });
    expect(await fx.stores.refreshTokens.rotate('r1', next('r2', T0 + 10), T0 + 10, 0)).toEqual({ status: 'ok', old: rotated });
    expect(await fx.stores.refreshTokens.find('r2')).toEqual(next('r2', T0 + 10));
    expect(await fx.stores.refreshTokens.rotate('r1', next('r3', T0 + 11), T0 + 11, 0)).toEqual({
      status: 'reused',
      old: { ...rotated },
    });
    expect(await fx.stores.refreshTokens.find('r3')).toBeUndefined();
  });

  it('finds a token with its grant, the grant’s user and the accounts that user belongs to, in one read', async () => {
    const grant = await seedGrant(fx.stores);
    await fx.stores.refreshTokens.create(refreshRow('r1'));
    expect(await fx.stores.refreshTokens.findForRefresh('r1')).toEqual({ token: refreshRow('r1'), grant, user: { id: 'u1', disabled: false, memberOf: [] } });
    await fx.stores.accounts.putMember({ accountId: 'a1', userId: 'u1', role: 'member', createdAt: T0 });
    await fx.stores.accounts.create(account('a2'));
    await fx.stores.accounts.putMember({ accountId: 'a2', userId: 'u1', role: 'admin', createdAt: T0 });
    const found = await fx.stores.refreshTokens.findForRefresh('r1');
    expect(found?.user?.memberOf.sort()).toEqual(['a1', 'a2']);
    expect(found?.token).toEqual(refreshRow('r1'));
    await fx.stores.grants.revoke('g1', 'test', T0 + 1);
    expect((await fx.stores.refreshTokens.findForRefresh('r1'))?.grant.revokedAt).toBe(T0 + 1);
    expect(await fx.stores.refreshTokens.findForRefresh('nope')).toBeUndefined();
  });

  it('says when the grant’s user is disabled', async () => {
    await fx.stores.users.create(user('u2', { disabled: true }));
    await seedGrant(fx.stores, 'g2', 'u2');
    await fx.stores.refreshTokens.create(refreshRow('r2', { grantId: 'g2' }));
    expect((await fx.stores.refreshTokens.findForRefresh('r2'))?.user).toEqual({ id: 'u2', disabled: true, memberOf: [] });
  });

  it('records the grant’s use with a winning rotation (to the minute), never with a losing one', async () => {
    await seedGrant(fx.stores);
    await fx.stores.refreshTokens.create(refreshRow('r1'));
    await fx.stores.refreshTokens.rotate('r1', next('r2', T0 + 10), T0 + 10, 0);
    expect((await fx.stores.grants.byId('g1'))?.lastUsedAt).toBe(T0 + 10);
    await fx.stores.refreshTokens.rotate('r2', next('r3', T0 + 20), T0 + 20, 0);
    expect((await fx.stores.grants.byId('g1'))?.lastUsedAt).toBe(T0 + 10);
    await fx.stores.refreshTokens.rotate('r1', next('r4', T0 + 120_000), T0 + 120_000, 0);
    expect((await fx.stores.grants.byId('g1'))?.lastUsedAt).toBe(T0 + 10);
    await fx.stores.refreshTokens.rotate('r3', next('r5', T0 + 120_000), T0 + 120_000, 0);
    expect((await fx.stores.grants.byId('g1'))?.lastUsedAt).toBe(T0 + 120_000);
  });

  it('reports idle- and absolute-expired tokens as expired and unknown ones as unknown', async () => {
    await seedGrant(fx.stores);
    await fx.stores.refreshTokens.create(refreshRow('idle', { expiresAt: T0 + 100 }));
    await fx.stores.refreshTokens.create(refreshRow('abs', { absoluteExpiresAt: T0 + 100 }));
    expect((await fx.stores.refreshTokens.rotate('idle', next('x1', T0 + 100), T0 + 100, 0)).status).toBe('expired');
    expect((await fx.stores.refreshTokens.rotate('abs', next('x2', T0 + 100), T0 + 100, 0)).status).toBe('expired');
    expect(await fx.stores.refreshTokens.rotate('nope', next('x3', T0), T0, 0)).toEqual({ status: 'unknown' });
    expect(await fx.stores.refreshTokens.find('x1')).toBeUndefined();
  });

  it('within a grace window lets a just-rotated token rotate again, counting from the first rotation', async () => {
    await seedGrant(fx.stores);
    await fx.stores.refreshTokens.create(refreshRow('r1'));
    expect((await fx.stores.refreshTokens.rotate('r1', next('r2', T0), T0, 5_000)).status).toBe('ok');
    expect((await fx.stores.refreshTokens.rotate('r1', next('r3', T0 + 4_999), T0 + 4_999, 5_000)).status).toBe('ok');
    expect((await fx.stores.refreshTokens.find('r1'))?.rotatedAt).toBe(T0);
    expect((await fx.stores.refreshTokens.rotate('r1', next('r4', T0 + 5_000), T0 + 5_000, 5_000)).status).toBe('reused');
  });

  it('lets exactly one of 20 parallel rotations of one token win', async () => {
    await seedGrant(fx.stores);
    await fx.stores.refreshTokens.create(refreshRow('r1'));
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => fx.stores.refreshTokens.rotate('r1', next(`n${i}`, T0 + 1), T0 + 1, 0)),
    );
    expect(results.filter((r) => r.status === 'ok')).toHaveLength(1);
    expect(results.filter((r) => r.status === 'reused')).toHaveLength(19);
    const winner = (await fx.stores.refreshTokens.find('r1'))?.replacedByHash;
    const children = await Promise.all(Array.from({ length: 20 }, (_, i) => fx.stores.refreshTokens.find(`n${i}`)));
    expect(children.filter(Boolean).map((c) => c?.tokenHash)).toEqual([winner]);
  });

  it('deletes tokens with their client (cascade through the grant)', async () => {
    await seedGrant(fx.stores);
    await fx.stores.refreshTokens.create(refreshRow('r1'));
    await fx.stores.clients.delete('c1');
    expect(await fx.stores.refreshTokens.find('r1')).toBeUndefined();
  });
});
