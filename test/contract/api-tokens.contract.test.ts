import { expect, it } from 'vitest';
import type { ApiToken } from '../../service/storage/stores/api-tokens-store.js';
import { describeEachEngine } from '../helpers/test-databases.js';
import { T0, seedUsers, useStores } from './store-fixture.js';

function token(id: string, userId: string, over: Partial<ApiToken> = {}): ApiToken {
  return { id, userId, name: `token ${id}`, tokenHash: `hash-${id}`, createdAt: T0, lastUsedAt: null, revokedAt: null, ...over };
}

describeEachEngine('ApiTokensStore', (engine) => {
  const fx = useStores(engine);

  it('finds a live token by its hash with every field', async () => {
    await seedUsers(fx.stores, 'u1');
    await fx.stores.apiTokens.create(token('t1', 'u1'));
    expect(await fx.stores.apiTokens.byHash('hash-t1')).toEqual(token('t1', 'u1'));
    expect(await fx.stores.apiTokens.byHash('hash-unknown')).toBeUndefined();
  });

  it('ignores revoked tokens in byHash, and revokes only once', async () => {
    await seedUsers(fx.stores, 'u1');
    await fx.stores.apiTokens.create(token('t1', 'u1'));
    expect(await fx.stores.apiTokens.revoke('u1', 't1', T0 + 1)).toBe(true);
    expect(await fx.stores.apiTokens.byHash('hash-t1')).toBeUndefined();
    expect(await fx.stores.apiTokens.revoke('u1', 't1', T0 + 2)).toBe(false);
    expect((await fx.stores.apiTokens.forUser('u1'))[0]?.revokedAt).toBe(T0 + 1);
  });

  it("does not revoke another user's token", async () => {
    await seedUsers(fx.stores, 'u1', 'u2');
    await fx.stores.apiTokens.create(token('t1', 'u1'));
    expect(await fx.stores.apiTokens.revoke('u2', 't1', T0)).toBe(false);
    expect(await fx.stores.apiTokens.byHash('hash-t1')).toBeDefined();
  });

  it("lists a user's tokens newest first, revoked ones included", async () => {
    await seedUsers(fx.stores, 'u1', 'u2');
    await fx.stores.apiTokens.create(token('old', 'u1', { createdAt: T0, revokedAt: T0 + 5 }));
    await fx.stores.apiTokens.create(token('new', 'u1', { createdAt: T0 + 10 }));
    await fx.stores.apiTokens.create(token('theirs', 'u2'));
    expect((await fx.stores.apiTokens.forUser('u1')).map((t) => t.id)).toEqual(['new', 'old']);
  });

  it('records the last use with touch', async () => {
    await seedUsers(fx.stores, 'u1');
    await fx.stores.apiTokens.create(token('t1', 'u1'));
    await fx.stores.apiTokens.touch('t1', T0 + 99);
    expect((await fx.stores.apiTokens.byHash('hash-t1'))?.lastUsedAt).toBe(T0 + 99);
  });

  it('rejects a second token with the same hash', async () => {
    await seedUsers(fx.stores, 'u1');
    await fx.stores.apiTokens.create(token('t1', 'u1'));
    await expect(fx.stores.apiTokens.create(token('t2', 'u1', { tokenHash: 'hash-t1' }))).rejects.toThrow();
  });
});
