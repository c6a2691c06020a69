import { expect, it } from 'vitest';
import { describeEachEngine } from '../helpers/test-databases.js';
import { T0, account, seedUsers, useStores } from './store-fixture.js';

describeEachEngine('AccountsStore', (engine) => {
  const fx = useStores(engine);

  it('creates an account and reads back its flags as booleans', async () => {
    await fx.stores.accounts.create(account('a1', { firstParty: true, thirdPartyAccess: false }));
    expect(await fx.stores.accounts.byId('a1')).toEqual(account('a1', { firstParty: true, thirdPartyAccess: false }));
    expect(await fx.stores.accounts.byId('nope')).toBeUndefined();
  });

  it('updates name and third-party access, leaving other fields alone', async () => {
    await fx.stores.accounts.create(account('a1'));
    const updated = await fx.stores.accounts.update('a1', { name: 'Renamed', thirdPartyAccess: false });
    expect(updated).toEqual(account('a1', { name: 'Renamed', thirdPartyAccess: false }));
    expect(await fx.stores.accounts.update('a1', {})).toEqual(updated);
    expect(await fx.stores.accounts.update('nope', { name: 'x' })).toBeUndefined();
  });

  it('lists the accounts of a user with the role, oldest first', async () => {
    await seedUsers(fx.stores, 'u1', 'u2');
    await fx.stores.accounts.create(account('newer', { createdAt: T0 + 10 }));
    await fx.stores.accounts.create(account('older', { createdAt: T0 }));
    await fx.stores.accounts.create(account('other', { createdAt: T0 }));
    await fx.stores.accounts.putMember({ accountId: 'newer', userId: 'u1', role: 'developer', createdAt: T0 });
    await fx.stores.accounts.putMember({ accountId: 'older', userId: 'u1', role: 'admin', createdAt: T0 });
    await fx.stores.accounts.putMember({ accountId: 'other', userId: 'u2', role: 'admin', createdAt: T0 });
    expect(await fx.stores.accounts.forUser('u1')).toEqual([
      { ...account('older'), role: 'admin' },
      { ...account('newer', { createdAt: T0 + 10 }), role: 'developer' },
    ]);
  });

  it('upserts a membership: a second putMember changes the role and keeps the join time', async () => {
    await seedUsers(fx.stores, 'u1');
    await fx.stores.accounts.create(account('a1'));
    await fx.stores.accounts.putMember({ accountId: 'a1', userId: 'u1', role: 'member', createdAt: T0 });
    await fx.stores.accounts.putMember({ accountId: 'a1', userId: 'u1', role: 'admin', createdAt: T0 + 5 });
    expect(await fx.stores.accounts.membership('a1', 'u1')).toEqual({ accountId: 'a1', userId: 'u1', role: 'admin', createdAt: T0 });
    expect(await fx.stores.accounts.members('a1')).toHaveLength(1);
  });

  it('lists members with email and name, by join time then email', async () => {
    await seedUsers(fx.stores, 'zed', 'amy', 'bob');
    await fx.stores.accounts.create(account('a1'));
    await fx.stores.accounts.putMember({ accountId: 'a1', userId: 'zed', role: 'admin', createdAt: T0 });
    await fx.stores.accounts.putMember({ accountId: 'a1', userId: 'bob', role: 'member', createdAt: T0 + 1 });
    await fx.stores.accounts.putMember({ accountId: 'a1', userId: 'amy', role: 'developer', createdAt: T0 + 1 });
    expect(await fx.stores.accounts.members('a1')).toEqual([
      { accountId: 'a1', userId: 'zed', role: 'admin', createdAt: T0, email: 'zed@example.test', name: 'User zed' },
      { accountId: 'a1', userId: 'amy', role: 'developer', createdAt: T0 + 1, email: 'amy@example.test', name: 'User amy' },
      { accountId: 'a1', userId: 'bob', role: 'member', createdAt: T0 + 1, email: 'bob@example.test', name: 'User bob' },
    ]);
  });

  it('removes a membership whose role is as expected, once; a different role or a second call is stale', async () => {
    await seedUsers(fx.stores, 'u1');
    await fx.stores.accounts.create(account('a1'));
    await fx.stores.accounts.putMember({ accountId: 'a1', userId: 'u1', role: 'member', createdAt: T0 });
    expect(await fx.stores.accounts.removeMember('a1', 'u1', 'developer')).toBe('stale');
    expect(await fx.stores.accounts.removeMember('a1', 'u1', 'member')).toBe('done');
    expect(await fx.stores.accounts.removeMember('a1', 'u1', 'member')).toBe('stale');
    expect(await fx.stores.accounts.membership('a1', 'u1')).toBeUndefined();
  });

  it('creates an account together with its first admin', async () => {
    await seedUsers(fx.stores, 'u1');
    await fx.stores.accounts.create(account('a1'), 'u1');
    expect(await fx.stores.accounts.membership('a1', 'u1')).toEqual({ accountId: 'a1', userId: 'u1', role: 'admin', createdAt: T0 });
  });

  it('creates neither the account nor the membership when the admin cannot be added', async () => {
    await expect(fx.stores.accounts.create(account('a1'), 'no-such-user')).rejects.toThrow();
    expect(await fx.stores.accounts.byId('a1')).toBeUndefined();
  });

  it('changes a role from the expected one only; stale when the role moved meanwhile', async () => {
    await seedUsers(fx.stores, 'u1', 'u2');
    await fx.stores.accounts.create(account('a1'), 'u1');
    await fx.stores.accounts.putMember({ accountId: 'a1', userId: 'u2', role: 'member', createdAt: T0 });
    expect(await fx.stores.accounts.changeRole('a1', 'u2', 'developer', 'admin')).toBe('stale');
    expect(await fx.stores.accounts.changeRole('a1', 'u2', 'member', 'developer')).toBe('done');
    expect((await fx.stores.accounts.membership('a1', 'u2'))?.role).toBe('developer');
    expect(await fx.stores.accounts.changeRole('a1', 'nobody', 'member', 'admin')).toBe('stale');
  });

  it('refuses to demote or remove the last admin, and allows it once another admin exists', async () => {
    await seedUsers(fx.stores, 'u1', 'u2', 'u3');
    await fx.stores.accounts.create(account('a1'), 'u1');
    await fx.stores.accounts.create(account('a2'), 'u3');
    await fx.stores.accounts.putMember({ accountId: 'a1', userId: 'u3', role: 'member', createdAt: T0 });
    expect(await fx.stores.accounts.changeRole('a1', 'u1', 'admin', 'member')).toBe('last_admin');
    expect(await fx.stores.accounts.removeMember('a1', 'u1', 'admin')).toBe('last_admin');
    expect((await fx.stores.accounts.membership('a1', 'u1'))?.role).toBe('admin');
    await fx.stores.accounts.putMember({ accountId: 'a1', userId: 'u2', role: 'admin', createdAt: T0 });
    expect(await fx.stores.accounts.changeRole('a1', 'u1', 'admin', 'developer')).toBe('done');
    expect(await fx.stores.accounts.removeMember('a1', 'u2', 'admin')).toBe('last_admin');
  });

  it('two admins demoting each other at the same moment: exactly one succeeds, one admin remains', async () => {
    await seedUsers(fx.stores, 'u1', 'u2');
    for (let round = 0; round < 5; round++) {
      const id = `race${round}`;
      await fx.stores.accounts.create(account(id), 'u1');
      await fx.stores.accounts.putMember({ accountId: id, userId: 'u2', role: 'admin', createdAt: T0 });
      const results = await Promise.all([
        fx.stores.accounts.changeRole(id, 'u1', 'admin', 'member'),
        fx.stores.accounts.removeMember(id, 'u2', 'admin'),
      ]);
      expect(results.sort()).toEqual(['done', 'last_admin']);
      expect((await fx.stores.accounts.members(id)).filter((m) => m.role === 'admin')).toHaveLength(1);
    }
  });
});
