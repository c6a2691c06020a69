import { expect, it } from 'vitest';
import type { ClientSecret, StoredClient } from '../../service/storage/stores/clients-store.js';
import { describeEachEngine } from '../helpers/test-databases.js';
import { T0, account, useStores, type StoreFixture } from './store-fixture.js';

function client(id: string, accountId: string, over: Partial<StoredClient> = {}): StoredClient {
  return {
    client_id: id,
    account_id: accountId,
    client_name: `App ${id}`,
    redirect_uris: ['https://app.example.test/callback', 'http://127.0.0.1/cb'],
    grant_types: ['authorization_code', 'refresh_token'],
    response_types: ['code'],
    token_endpoint_auth_method: 'client_secret_basic',
    scopes: ['zone.read', 'openid'],
    optional_scopes: ['dns.write'],
    client_uri: 'https://app.example.test',
    logo_uri: null,
    policy_uri: null,
    tos_uri: null,
    contacts: ['dev@example.test'],
    visibility: 'private',
    created_by: null,
    created_at: T0,
    updated_at: T0,
    ...over,
  };
}

function secret(id: string, clientId: string, createdAt: number, expiresAt: number | null = null): ClientSecret {
  return { id, clientId, secretHash: `hash-${id}`, createdAt, expiresAt };
}

async function seedClient(fx: StoreFixture, id = 'c1'): Promise<void> {
  if (!(await fx.stores.accounts.byId('a1'))) await fx.stores.accounts.create(account('a1'));
  await fx.stores.clients.create(client(id, 'a1'));
}

describeEachEngine('ClientsStore', (engine) => {
  const fx = useStores(engine);

  it('creates a client with its first secret and reads both back, lists as arrays', async () => {
    await fx.stores.accounts.create(account('a1'));
    await fx.stores.clients.create(client('c1', 'a1'), secret('s1', 'c1', T0));
    expect(await fx.stores.clients.byId('c1')).toEqual(client('c1', 'a1'));
    expect(await fx.stores.clients.liveSecrets('c1', T0)).toEqual([secret('s1', 'c1', T0)]);
    expect(await fx.stores.clients.byId('nope')).toBeUndefined();
  });

  it('creates nothing when the secret cannot be stored (one transaction)', async () => {
    await seedClient(fx, 'c0');
    await fx.stores.clients.addSecret(secret('taken', 'c0', T0));
    await expect(fx.stores.clients.create(client('c1', 'a1'), secret('taken', 'c1', T0))).rejects.toThrow();
    expect(await fx.stores.clients.byId('c1')).toBeUndefined();
  });

  it('updates the given fields, lists included, and returns the new client', async () => {
    await seedClient(fx);
    const patch = { client_name: 'Renamed', redirect_uris: ['https://new.example.test/cb'], visibility: 'public' as const, updated_at: T0 + 1 };
    const expected = client('c1', 'a1', patch);
    expect(await fx.stores.clients.update('c1', patch)).toEqual(expected);
    expect(await fx.stores.clients.byId('c1')).toEqual(expected);
    expect(await fx.stores.clients.update('nope', { client_name: 'x' })).toBeUndefined();
  });

  it('lists the clients of an account newest first and counts them', async () => {
    await fx.stores.accounts.create(account('a1'));
    await fx.stores.accounts.create(account('a2'));
    await fx.stores.clients.create(client('old', 'a1', { created_at: T0 }));
    await fx.stores.clients.create(client('new', 'a1', { created_at: T0 + 1 }));
    await fx.stores.clients.create(client('theirs', 'a2'));
    expect((await fx.stores.clients.forAccount('a1')).map((c) => c.client_id)).toEqual(['new', 'old']);
    expect(await fx.stores.clients.countForAccount('a1')).toBe(2);
    expect(await fx.stores.clients.countForAccount('a3')).toBe(0);
  });

  it('deletes a client with its secrets, once', async () => {
    await fx.stores.accounts.create(account('a1'));
    await fx.stores.clients.create(client('c1', 'a1'), secret('s1', 'c1', T0));
    expect(await fx.stores.clients.delete('c1')).toBe(true);
    expect(await fx.stores.clients.delete('c1')).toBe(false);
    expect(await fx.stores.clients.liveSecrets('c1', T0)).toEqual([]);
    // The secret row is gone too (cascade), so its id can be used again.
    await seedClient(fx, 'c2');
    await fx.stores.clients.addSecret(secret('s1', 'c2', T0));
  });

  it('keeps older live secrets when a new one is added, newest first', async () => {
    await seedClient(fx);
    await fx.stores.clients.addSecret(secret('s1', 'c1', T0));
    await fx.stores.clients.addSecret(secret('s2', 'c1', T0 + 10));
    expect((await fx.stores.clients.liveSecrets('c1', T0 + 10)).map((s) => s.id)).toEqual(['s2', 's1']);
  });

  it('ignores secrets at and after their expiry in liveSecrets', async () => {
    await seedClient(fx);
    await fx.stores.clients.addSecret(secret('old', 'c1', T0, T0 + 100));
    await fx.stores.clients.addSecret(secret('new', 'c1', T0 + 10));
    expect(await fx.stores.clients.liveSecrets('c1', T0 + 99)).toEqual([secret('new', 'c1', T0 + 10), secret('old', 'c1', T0, T0 + 100)]);
    expect(await fx.stores.clients.liveSecrets('c1', T0 + 100)).toEqual([secret('new', 'c1', T0 + 10)]);
  });

  it('reads a client with the hashes of its live secrets in one call, for authentication', async () => {
    await seedClient(fx);
    await fx.stores.clients.create(client('pub', 'a1', { token_endpoint_auth_method: 'none' }));
    await fx.stores.clients.addSecret(secret('old', 'c1', T0, T0 + 100));
    await fx.stores.clients.addSecret(secret('new', 'c1', T0 + 10));
    const both = await fx.stores.clients.forAuthentication('c1', T0 + 99);
    expect(both?.client).toEqual(client('c1', 'a1'));
    expect(both?.secretHashes.sort()).toEqual(['hash-new', 'hash-old']);
    expect(await fx.stores.clients.forAuthentication('c1', T0 + 100)).toEqual({ client: client('c1', 'a1'), secretHashes: ['hash-new'] });
    expect(await fx.stores.clients.forAuthentication('pub', T0)).toEqual({ client: client('pub', 'a1', { token_endpoint_auth_method: 'none' }), secretHashes: [] });
    expect(await fx.stores.clients.forAuthentication('nope', T0)).toBeUndefined();
    await fx.stores.clients.dropOldSecrets('c1');
    await fx.stores.clients.addSecret(secret('expired', 'c1', T0 - 10, T0));
    expect(await fx.stores.clients.forAuthentication('c1', T0 + 1)).toEqual({ client: client('c1', 'a1'), secretHashes: ['hash-new'] });
  });

  it('drops every secret but exactly the newest and says how many', async () => {
    await seedClient(fx);
    await seedClient(fx, 'other');
    await fx.stores.clients.addSecret(secret('s1', 'c1', T0));
    await fx.stores.clients.addSecret(secret('s3', 'c1', T0 + 20));
    await fx.stores.clients.addSecret(secret('s2', 'c1', T0 + 10, T0 + 30));
    await fx.stores.clients.addSecret(secret('x1', 'other', T0));
    expect(await fx.stores.clients.dropOldSecrets('c1')).toBe(2);
    expect(await fx.stores.clients.liveSecrets('c1', T0)).toEqual([secret('s3', 'c1', T0 + 20)]);
    expect(await fx.stores.clients.dropOldSecrets('c1')).toBe(0);
    expect(await fx.stores.clients.dropOldSecrets('nope')).toBe(0);
    expect(await fx.stores.clients.liveSecrets('other', T0)).toHaveLength(1);
  });
});
