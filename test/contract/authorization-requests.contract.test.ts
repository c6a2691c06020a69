import { expect, it } from 'vitest';
import type { PendingAuthorization } from '../../service/storage/stores/authorization-requests-store.js';
import type { StoredClient } from '../../service/storage/stores/clients-store.js';
import { describeEachEngine } from '../helpers/test-databases.js';
import { T0, account, seedUsers, useStores, type StoreFixture } from './store-fixture.js';

const TEN_MINUTES = 600_000;

function pending(id: string, userId: string, over: Partial<PendingAuthorization> = {}): PendingAuthorization {
  return {
    id,
    userId,
    clientId: 'c1',
    params: { redirectUri: 'https://app.example.com/cb', scopes: ['openid', 'zone.read'], state: 'xyz' },
    createdAt: T0,
    expiresAt: T0 + TEN_MINUTES,
    ...over,
  };
}

async function seed(fx: StoreFixture): Promise<void> {
  await seedUsers(fx.stores, 'u1', 'u2');
  await fx.stores.accounts.create(account('a1'));
  const client: StoredClient = {
    client_id: 'c1',
    account_id: 'a1',
    client_name: 'App',
    redirect_uris: ['https://app.example.com/cb'],
    grant_types: ['authorization_code'],
    response_types: ['code'],
    token_endpoint_auth_method: 'none',
    scopes: ['openid'],
    optional_scopes: [],
    client_uri: null,
    logo_uri: null,
    policy_uri: null,
    tos_uri: null,
    contacts: [],
    visibility: 'private',
    created_by: null,
    created_at: T0,
    updated_at: T0,
  };
  await fx.stores.clients.create(client);
}

describeEachEngine('AuthorizationRequestsStore', (engine) => {
  const fx = useStores(engine);

  it('finds a pending request of its user with every field and the params round-tripped', async () => {
    await seed(fx);
    await fx.stores.authorizationRequests.create(pending('r1', 'u1'));
    expect(await fx.stores.authorizationRequests.find('r1', 'u1', T0)).toEqual(pending('r1', 'u1'));
  });

  it("never shows or hands out another user's request", async () => {
    await seed(fx);
    await fx.stores.authorizationRequests.create(pending('r1', 'u1'));
    expect(await fx.stores.authorizationRequests.find('r1', 'u2', T0)).toBeUndefined();
    expect(await fx.stores.authorizationRequests.consume('r1', 'u2', T0)).toBeUndefined();
    expect(await fx.stores.authorizationRequests.consume('r1', 'u1', T0)).toEqual(pending('r1', 'u1'));
  });

  it('consumes a request once; afterwards it is neither found nor consumable', async () => {
    await seed(fx);
    await fx.stores.authorizationRequests.create(pending('r1', 'u1'));
    expect(await fx.stores.authorizationRequests.consume('r1', 'u1', T0 + 1)).toEqual(pending('r1', 'u1'));
    expect(await fx.stores.authorizationRequests.consume('r1', 'u1', T0 + 2)).toBeUndefined();
    expect(await fx.stores.authorizationRequests.find('r1', 'u1', T0 + 2)).toBeUndefined();
  });

  it('lets exactly one of many concurrent consumers win', async () => {
    await seed(fx);
    await fx.stores.authorizationRequests.create(pending('r1', 'u1'));
    const results = await Promise.all(
      Array.from({ length: 20 }, () => fx.stores.authorizationRequests.consume('r1', 'u1', T0 + 1)),
    );
    expect(results.filter((r) => r !== undefined)).toHaveLength(1);
  });

  it('treats a request as gone at and after its expiry', async () => {
    await seed(fx);
    await fx.stores.authorizationRequests.create(pending('r1', 'u1'));
    expect(await fx.stores.authorizationRequests.find('r1', 'u1', T0 + TEN_MINUTES - 1)).toBeDefined();
    expect(await fx.stores.authorizationRequests.find('r1', 'u1', T0 + TEN_MINUTES)).toBeUndefined();
    expect(await fx.stores.authorizationRequests.consume('r1', 'u1', T0 + TEN_MINUTES)).toBeUndefined();
    expect(await fx.stores.authorizationRequests.consume('unknown', 'u1', T0)).toBeUndefined();
  });

  it('purges expired and consumed requests and keeps pending ones', async () => {
    await seed(fx);
    await fx.stores.authorizationRequests.create(pending('old', 'u1', { expiresAt: T0 + 10 }));
    await fx.stores.authorizationRequests.create(pending('used', 'u1'));
    await fx.stores.authorizationRequests.create(pending('live', 'u1'));
    await fx.stores.authorizationRequests.consume('used', 'u1', T0 + 5);
    expect(await fx.stores.authorizationRequests.purge(T0 + 10)).toBe(2);
    expect(await fx.stores.authorizationRequests.find('live', 'u1', T0 + 10)).toBeDefined();
  });

  it('disappears with its client (cascade)', async () => {
    await seed(fx);
    await fx.stores.authorizationRequests.create(pending('r1', 'u1'));
    await fx.stores.clients.delete('c1');
    expect(await fx.stores.authorizationRequests.find('r1', 'u1', T0)).toBeUndefined();
  });
});
