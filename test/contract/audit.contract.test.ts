import { expect, it } from 'vitest';
import type { AuditEvent } from '../../service/storage/stores/audit-store.js';
import { describeEachEngine } from '../helpers/test-databases.js';
import { T0, useStores } from './store-fixture.js';

function event(id: string, accountId: string | null, over: Partial<AuditEvent> = {}): AuditEvent {
  return {
    id,
    accountId,
    actorUserId: 'u1',
    action: 'client.created',
    targetType: 'oauth_client',
    targetId: 'c1',
    data: { client_name: 'App', scopes: ['zone.read'], nested: { n: 1, ok: true } },
    ip: '198.51.100.4',
    createdAt: T0,
    ...over,
  };
}

describeEachEngine('AuditStore', (engine) => {
  const fx = useStores(engine);

  it('stores an event and reads it back with its JSON data intact', async () => {
    await fx.stores.audit.append(event('e1', 'a1', { actorUserId: null, targetType: null, targetId: null, ip: null }));
    expect(await fx.stores.audit.forAccount('a1', { limit: 10 })).toEqual([
      event('e1', 'a1', { actorUserId: null, targetType: null, targetId: null, ip: null }),
    ]);
  });

  it('lists only the events of one account, newest id first', async () => {
    for (const id of ['e01', 'e03', 'e02']) await fx.stores.audit.append(event(id, 'a1'));
    await fx.stores.audit.append(event('e04', 'a2'));
    await fx.stores.audit.append(event('e05', null));
    expect((await fx.stores.audit.forAccount('a1', { limit: 10 })).map((e) => e.id)).toEqual(['e03', 'e02', 'e01']);
  });

  it('pages with a keyset: `before` continues strictly after the last id seen', async () => {
    for (let i = 1; i <= 5; i++) await fx.stores.audit.append(event(`e0${i}`, 'a1', { createdAt: T0 + i }));
    const page1 = await fx.stores.audit.forAccount('a1', { limit: 2 });
    expect(page1.map((e) => e.id)).toEqual(['e05', 'e04']);
    const page2 = await fx.stores.audit.forAccount('a1', { limit: 2, before: page1.at(-1)!.id });
    expect(page2.map((e) => e.id)).toEqual(['e03', 'e02']);
    const page3 = await fx.stores.audit.forAccount('a1', { limit: 2, before: page2.at(-1)!.id });
    expect(page3.map((e) => [e.id, e.createdAt])).toEqual([['e01', T0 + 1]]);
    expect(await fx.stores.audit.forAccount('a1', { limit: 2, before: 'e01' })).toEqual([]);
  });
});
