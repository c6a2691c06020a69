import { expect, it } from 'vitest';
import { describeEachEngine } from '../helpers/test-databases.js';
import type { GrantPage } from '../../service/storage/stores/grants-store.js';
import { seedClient } from './oauth-store-fixture.js';
import { T0, account, seedUsers, useStores } from './store-fixture.js';

describeEachEngine('GrantsStore', (engine) => {
  const fx = useStores(engine);
  const consent = (newId: string, scopes: string[], now = T0, userId = 'u1', clientId = 'c1', accountIds = ['a1']) =>
    fx.stores.grants.upsertConsent({ newId, userId, clientId, scopes, accountIds, now });

  it('creates a live grant on first consent', async () => {
    await seedUsers(fx.stores, 'u1');
    await seedClient(fx.stores, 'c1');
    const r = await consent('g1', ['zone.read', 'openid']);
    const grant = {
      id: 'g1', userId: 'u1', clientId: 'c1', accountIds: ['a1'], scopes: ['zone.read', 'openid'],
      createdAt: T0, updatedAt: T0, lastUsedAt: null, revokedAt: null, revokedReason: null,
    };
    expect(r).toEqual({ grant, created: true, addedScopes: ['zone.read', 'openid'] });
    expect(await fx.stores.grants.byId('g1')).toEqual(grant);
    expect(await fx.stores.grants.liveFor('u1', 'c1')).toEqual(grant);
  });

  it('extends the live grant on incremental consent: adds scopes, replaces accounts, keeps the id', async () => {
    await seedUsers(fx.stores, 'u1');
    await seedClient(fx.stores, 'c1');
    await consent('g1', ['zone.read']);
    const r = await consent('g2', ['dns.write', 'zone.read'], T0 + 5, 'u1', 'c1', ['a2']);
    expect(r.created).toBe(false);
    expect(r.addedScopes).toEqual(['dns.write']);
    expect(r.grant).toMatchObject({ id: 'g1', scopes: ['zone.read', 'dns.write'], accountIds: ['a2'], updatedAt: T0 + 5, createdAt: T0 });
    expect(await fx.stores.grants.byId('g2')).toBeUndefined();
  });

  it('keeps one live grant per (user, client) under concurrent consents', async () => {
    await seedUsers(fx.stores, 'u1');
    await seedClient(fx.stores, 'c1');
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => consent(`g${i}`, [`s${i}`])));
    expect(results.filter((r) => r.created)).toHaveLength(1);
    const live = await fx.stores.grants.liveFor('u1', 'c1');
    expect(live?.scopes.sort()).toEqual(Array.from({ length: 10 }, (_, i) => `s${i}`).sort());
    expect(await fx.stores.grants.countForClient('c1')).toBe(1);
  });

  it('revokes a live grant once; the next consent creates a new grant', async () => {
    await seedUsers(fx.stores, 'u1');
    await seedClient(fx.stores, 'c1');
    await consent('g1', ['zone.read']);
    expect(await fx.stores.grants.revoke('g1', 'user', T0 + 1)).toBe(true);
    expect(await fx.stores.grants.revoke('g1', 'again', T0 + 2)).toBe(false);
    expect(await fx.stores.grants.byId('g1')).toMatchObject({ revokedAt: T0 + 1, revokedReason: 'user' });
    expect(await fx.stores.grants.liveFor('u1', 'c1')).toBeUndefined();
    expect((await consent('g2', ['zone.read'], T0 + 3)).grant.id).toBe('g2');
    expect(await fx.stores.grants.revoke('unknown', 'x', T0)).toBe(false);
  });

  it('records last use', async () => {
    await seedUsers(fx.stores, 'u1');
    await seedClient(fx.stores, 'c1');
    await consent('g1', ['zone.read']);
    await fx.stores.grants.touch('g1', T0 + 9);
    expect((await fx.stores.grants.byId('g1'))?.lastUsedAt).toBe(T0 + 9);
  });

  it('lists a user’s live grants newest first with client and user details', async () => {
    await seedUsers(fx.stores, 'u1', 'u2');
    await seedClient(fx.stores, 'c1');
    await seedClient(fx.stores, 'c2', 'a2', { logo_uri: null });
    await consent('g1', ['zone.read'], T0);
    await consent('g2', ['dns.write'], T0 + 1, 'u1', 'c2');
    await consent('g3', ['dns.write'], T0 + 2, 'u2', 'c2');
    await consent('gx', ['zone.read'], T0 + 3, 'u2', 'c1');
    await fx.stores.grants.revoke('gx', 'user', T0 + 4);
    const list = await fx.stores.grants.forUser('u1');
    expect(list.map((g) => g.id)).toEqual(['g2', 'g1']);
    expect(list[0]).toMatchObject({
      clientName: 'App c2', logoUri: null, clientUri: null, clientAccountId: 'a2', userEmail: 'u1@example.test', userName: 'User u1',
    });
    expect(list[1]).toMatchObject({ clientName: 'App c1', logoUri: 'https://img.example.test/c1.png', clientAccountId: 'a1' });
    expect((await fx.stores.grants.forUser('u2')).map((g) => g.id)).toEqual(['g3']);
  });

  it('pages a listing newest first: each page starts after the (createdAt, id) of the last one', async () => {
    await seedUsers(fx.stores, 'u1');
    for (const c of ['c1', 'c2', 'c3', 'c4']) await seedClient(fx.stores, c);
    await fx.stores.accounts.create(account('team'));
    await fx.stores.accounts.putMember({ accountId: 'team', userId: 'u1', role: 'admin', createdAt: T0 });
    // g2 and g3 share a created_at: the id breaks the tie, so none is skipped or shown twice.
    await consent('g1', ['zone.read'], T0, 'u1', 'c1');
    await consent('g2', ['zone.read'], T0 + 1, 'u1', 'c2');
    await consent('g3', ['zone.read'], T0 + 1, 'u1', 'c3');
    await consent('g4', ['zone.read'], T0 + 2, 'u1', 'c4');
    for (const list of [(p: GrantPage) => fx.stores.grants.forUser('u1', p), (p: GrantPage) => fx.stores.grants.forAccountMembers('team', p)]) {
      const first = await list({ limit: 2 });
      expect(first.map((g) => g.id)).toEqual(['g4', 'g3']);
      const second = await list({ limit: 2, after: { createdAt: first[1]!.createdAt, id: first[1]!.id } });
      expect(second.map((g) => g.id)).toEqual(['g2', 'g1']);
      expect(await list({ limit: 2, after: { createdAt: T0, id: 'g1' } })).toEqual([]);
    }
  });

  it('lists live grants of an account’s members only, and counts live grants per client', async () => {
    await seedUsers(fx.stores, 'u1', 'u2', 'u3');
    await seedClient(fx.stores, 'c1');
    await fx.stores.accounts.create(account('team'));
    await fx.stores.accounts.putMember({ accountId: 'team', userId: 'u1', role: 'admin', createdAt: T0 });
    await fx.stores.accounts.putMember({ accountId: 'team', userId: 'u2', role: 'member', createdAt: T0 });
    await consent('g1', ['zone.read'], T0, 'u1');
    await consent('g2', ['zone.read'], T0 + 1, 'u2');
    await consent('g3', ['zone.read'], T0 + 2, 'u3');
    await fx.stores.grants.revoke('g2', 'user', T0 + 3);
    expect((await fx.stores.grants.forAccountMembers('team')).map((g) => [g.id, g.userEmail])).toEqual([['g1', 'u1@example.test']]);
    expect(await fx.stores.grants.countForClient('c1')).toBe(2);
    expect(await fx.stores.grants.countForClient('nope')).toBe(0);
  });

  it('deletes grants when their client is deleted', async () => {
    await seedUsers(fx.stores, 'u1');
    await seedClient(fx.stores, 'c1');
    await consent('g1', ['zone.read']);
    await fx.stores.clients.delete('c1');
    expect(await fx.stores.grants.byId('g1')).toBeUndefined();
  });
});
