import { expect, it } from 'vitest';
import type { KeyState, SigningKey } from '../../service/storage/stores/signing-keys-store.js';
import { describeEachEngine } from '../helpers/test-databases.js';
import { T0, useStores } from './store-fixture.js';

function key(kid: string, state: KeyState, createdAt = T0): SigningKey {
  return {
    kid,
    alg: 'ES256',
    publicJwk: { kty: 'EC', crv: 'P-256', x: `x-${kid}`, y: `y-${kid}` },
    privateJwk: { kty: 'EC', crv: 'P-256', x: `x-${kid}`, y: `y-${kid}`, d: `d-${kid}` },
    createdAt,
    state,
    retiredAt: null,
  };
}

describeEachEngine('SigningKeysStore', (engine) => {
  const fx = useStores(engine);

  it('stores keys with their JWKs and lists active ones newest first', async () => {
    expect(await fx.stores.signingKeys.insert(key('k1', 'current', T0))).toBe(true);
    expect(await fx.stores.signingKeys.insert(key('k2', 'next', T0 + 1))).toBe(true);
    expect(await fx.stores.signingKeys.active()).toEqual([key('k2', 'next', T0 + 1), key('k1', 'current', T0)]);
  });

  it('refuses a second current or next key (two processes bootstrapping at once)', async () => {
    expect(await fx.stores.signingKeys.insert(key('k1', 'current'))).toBe(true);
    expect(await fx.stores.signingKeys.insert(key('k2', 'current'))).toBe(false);
    expect(await fx.stores.signingKeys.insert(key('k3', 'next'))).toBe(true);
    expect(await fx.stores.signingKeys.insert(key('k4', 'next'))).toBe(false);
    expect((await fx.stores.signingKeys.active()).map((k) => k.kid).sort()).toEqual(['k1', 'k3']);
  });

  it('lets exactly one of 10 parallel bootstraps win', async () => {
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => fx.stores.signingKeys.insert(key(`k${i}`, 'current'))));
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it('promotes next to current and keeps the old current as previous', async () => {
    await fx.stores.signingKeys.insert(key('k1', 'current', T0));
    expect(await fx.stores.signingKeys.promoteNext(T0 + 5)).toBe(false);
    await fx.stores.signingKeys.insert(key('k2', 'next', T0 + 1));
    expect(await fx.stores.signingKeys.promoteNext(T0 + 5)).toBe(true);
    expect(await fx.stores.signingKeys.active()).toEqual([
      key('k2', 'current', T0 + 1),
      { ...key('k1', 'previous', T0), retiredAt: T0 + 5 },
    ]);
  });

  it('retires previous keys that stopped signing before the cut-off', async () => {
    await fx.stores.signingKeys.insert(key('k1', 'current', T0));
    await fx.stores.signingKeys.insert(key('k2', 'next', T0 + 1));
    await fx.stores.signingKeys.promoteNext(T0 + 10);
    expect(await fx.stores.signingKeys.retirePrevious(T0 + 10)).toBe(0);
    expect(await fx.stores.signingKeys.retirePrevious(T0 + 11)).toBe(1);
    expect((await fx.stores.signingKeys.active()).map((k) => k.kid)).toEqual(['k2']);
  });
});
