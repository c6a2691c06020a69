import { expect, it } from 'vitest';
import { describeEachEngine } from '../helpers/test-databases.js';
import { T0, useStores, user } from './store-fixture.js';

describeEachEngine('UsersStore', (engine) => {
  const fx = useStores(engine);

  it('creates a user with a lowercased email and reads it back by id', async () => {
    const created = await fx.stores.users.create(user('u1', { email: 'Ada@Example.TEST', disabled: true }));
    const expected = { id: 'u1', email: 'ada@example.test', name: 'User u1', passwordHash: 'hash-u1', createdAt: T0, disabled: true };
    expect(created).toEqual(expected);
    expect(await fx.stores.users.byId('u1')).toEqual(expected);
  });

  it('returns undefined for a duplicate email in any letter case and keeps the first user', async () => {
    await fx.stores.users.create(user('u1', { email: 'ada@example.test' }));
    expect(await fx.stores.users.create(user('u2', { email: 'ADA@example.test' }))).toBeUndefined();
    expect(await fx.stores.users.byId('u2')).toBeUndefined();
    expect(await fx.stores.users.count()).toBe(1);
  });

  it('looks users up by email case-insensitively', async () => {
    await fx.stores.users.create(user('u1', { email: 'ada@example.test' }));
    expect((await fx.stores.users.byEmail('ADA@Example.Test'))?.id).toBe('u1');
    expect(await fx.stores.users.byEmail('nobody@example.test')).toBeUndefined();
  });

  it('replaces the password hash', async () => {
    await fx.stores.users.create(user('u1'));
    await fx.stores.users.setPasswordHash('u1', 'new-hash');
    expect((await fx.stores.users.byId('u1'))?.passwordHash).toBe('new-hash');
  });

  it('counts users as a JS number', async () => {
    expect(await fx.stores.users.count()).toBe(0);
    await fx.stores.users.create(user('u1'));
    await fx.stores.users.create(user('u2'));
    expect(await fx.stores.users.count()).toBe(2);
  });
});
