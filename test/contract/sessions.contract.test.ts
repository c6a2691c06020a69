import { expect, it } from 'vitest';
import type { Session } from '../../service/storage/stores/sessions-store.js';
import { describeEachEngine } from '../helpers/test-databases.js';
import { T0, seedUsers, useStores } from './store-fixture.js';

const HOUR = 3_600_000;

function session(idHash: string, userId: string, over: Partial<Session> = {}): Session {
  return {
    idHash,
    userId,
    csrfToken: `csrf-${idHash}`,
    createdAt: T0,
    expiresAt: T0 + HOUR,
    lastSeenAt: T0,
    ip: '203.0.113.7',
    userAgent: 'Test/1.0',
    ...over,
  };
}

describeEachEngine('SessionsStore', (engine) => {
  const fx = useStores(engine);

  it('returns an active session with every field, times as JS numbers', async () => {
    await seedUsers(fx.stores, 'u1');
    await fx.stores.sessions.create(session('s1', 'u1', { ip: null, userAgent: null }));
    const got = await fx.stores.sessions.active('s1', T0);
    expect(got).toEqual(session('s1', 'u1', { ip: null, userAgent: null }));
    expect(typeof got?.expiresAt).toBe('number');
  });

  it('ignores a session at and after its expiry', async () => {
    await seedUsers(fx.stores, 'u1');
    await fx.stores.sessions.create(session('s1', 'u1'));
    expect(await fx.stores.sessions.active('s1', T0 + HOUR - 1)).toBeDefined();
    expect(await fx.stores.sessions.active('s1', T0 + HOUR)).toBeUndefined();
    expect(await fx.stores.sessions.active('unknown', T0)).toBeUndefined();
  });

  it('records activity with touch', async () => {
    await seedUsers(fx.stores, 'u1');
    await fx.stores.sessions.create(session('s1', 'u1'));
    await fx.stores.sessions.touch('s1', T0 + 60_000);
    expect((await fx.stores.sessions.active('s1', T0 + 60_000))?.lastSeenAt).toBe(T0 + 60_000);
  });

  it('deletes one session, or every session of one user', async () => {
    await seedUsers(fx.stores, 'u1', 'u2');
    await fx.stores.sessions.create(session('a', 'u1'));
    await fx.stores.sessions.create(session('b', 'u1'));
    await fx.stores.sessions.create(session('c', 'u2'));
    await fx.stores.sessions.delete('a');
    expect(await fx.stores.sessions.active('a', T0)).toBeUndefined();
    await fx.stores.sessions.deleteForUser('u1');
    expect(await fx.stores.sessions.active('b', T0)).toBeUndefined();
    expect(await fx.stores.sessions.active('c', T0)).toBeDefined();
  });

  it('purges only expired sessions and says how many', async () => {
    await seedUsers(fx.stores, 'u1');
    await fx.stores.sessions.create(session('old', 'u1', { expiresAt: T0 }));
    await fx.stores.sessions.create(session('new', 'u1', { expiresAt: T0 + HOUR }));
    expect(await fx.stores.sessions.purgeExpired(T0)).toBe(1);
    expect(await fx.stores.sessions.purgeExpired(T0)).toBe(0);
    expect(await fx.stores.sessions.active('new', T0)).toBeDefined();
  });
});
