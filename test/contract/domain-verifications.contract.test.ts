import { afterEach, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../service/storage/database.js';
import { migrate } from '../../service/storage/migrate.js';
import { createStores } from '../../service/storage/stores.js';
import type { StoredClient } from '../../service/storage/stores/clients-store.js';
import {
  createDomainVerificationsStore,
  type DomainVerification,
  type DomainVerificationsStore,
} from '../../service/storage/stores/domain-verifications-store.js';
import { describeEachEngine, freshDatabaseUrl } from '../helpers/test-databases.js';
import { T0, account, useStores, type StoreFixture } from './store-fixture.js';

const MIN = 60_000;
const HOUR = 60 * MIN;
const TIMEOUT = 48 * HOUR;

function client(id: string): StoredClient {
  return {
    client_id: id,
    account_id: 'a1',
    client_name: `App ${id}`,
    redirect_uris: ['https://app.example.test/callback'],
    grant_types: ['authorization_code'],
    response_types: ['code'],
    token_endpoint_auth_method: 'none',
    scopes: ['openid'],
    optional_scopes: [],
    client_uri: `https://${id}.example.test`,
    logo_uri: null,
    policy_uri: null,
    tos_uri: null,
    contacts: [],
    visibility: 'private',
    created_by: null,
    created_at: T0,
    updated_at: T0,
  };
}

const challenge = (id: string, token = `tok-${id}`) => ({
  clientId: id,
  host: `${id}.example.test`,
  token,
  recordName: `_consentry-challenge.${id}.example.test`,
  recordValue: `consentry-verification=${token}`,
});

function pending(id: string, now = T0): DomainVerification {
  return {
    ...challenge(id),
    status: 'pending',
    createdAt: now,
    checkedAt: null,
    verifiedAt: null,
    lastError: null,
    consecutiveNotFound: 0,
    nextCheckAt: now,
    leaseOwner: null,
    leaseUntil: null,
    attempts: 0,
  };
}

async function seed(fx: StoreFixture, ...ids: string[]): Promise<DomainVerificationsStore> {
  if (!(await fx.stores.accounts.byId('a1'))) await fx.stores.accounts.create(account('a1'));
  for (const id of ids) {
    await fx.stores.clients.create(client(id));
    await fx.stores.domainVerifications.start(challenge(id), T0);
  }
  return fx.stores.domainVerifications;
}

describeEachEngine('DomainVerificationsStore', (engine) => {
  const fx = useStores(engine);
  const extra: Db[] = [];
  afterEach(async () => {
    await Promise.all(extra.splice(0).map((d) => d.close()));
  });

  it('starts a pending verification, due now, with every field as stored', async () => {
    const store = await seed(fx, 'c1');
    expect(await store.byClient('c1')).toEqual(pending('c1'));
    expect(typeof (await store.byClient('c1'))!.createdAt).toBe('number');
    expect(await store.byClient('nope')).toBeUndefined();
  });

  it('replaces the whole row when started again for a new host or token', async () => {
    const store = await seed(fx, 'c1');
    const [row] = await store.claimDue(T0, 'w', MIN, 10);
    await store.markVerified('c1', 'w', { now: T0 + 1, nextCheckAt: T0 + 24 * HOUR });
    const restarted = await store.start({ ...challenge('c1', 'new'), host: 'other.example.test' }, T0 + HOUR);
    expect(row!.clientId).toBe('c1');
    expect(restarted).toEqual({ ...pending('c1', T0 + HOUR), ...challenge('c1', 'new'), host: 'other.example.test' });
  });

  it('is deleted with its client, and by delete()', async () => {
    const store = await seed(fx, 'c1', 'c2');
    await fx.stores.clients.delete('c1');
    expect(await store.byClient('c1')).toBeUndefined();
    expect(await store.delete('c2')).toBe(true);
    expect(await store.delete('c2')).toBe(false);
  });

  it('claims due, unleased, unfailed rows up to the limit, oldest due first, and leases them', async () => {
    const store = await seed(fx, 'c1', 'c2', 'c3', 'c4');
    await store.claim('c2', T0, 'other', MIN);
    await store.claimDue(T0, 'x', MIN, 1); // c1, now leased
    await store.markNotFound('c1', 'x', { now: T0, nextCheckAt: T0 + 5 * MIN, loseAfter: 3, timeoutMs: TIMEOUT });
    const claimed = await store.claimDue(T0 + MIN - 1, 'w', 30_000, 10);
    expect(claimed.map((r) => [r.clientId, r.leaseOwner, r.leaseUntil])).toEqual([
      ['c3', 'w', T0 + MIN - 1 + 30_000],
      ['c4', 'w', T0 + MIN - 1 + 30_000],
    ]);
    expect(await store.claimDue(T0 + MIN - 1, 'w2', 30_000, 10)).toEqual([]);
    // c2's lease ran out at T0 + MIN; c1 is due at T0 + 5 min, when every earlier lease has expired.
    expect((await store.claimDue(T0 + MIN, 'w3', 30_000, 10)).map((r) => r.clientId)).toEqual(['c2']);
    expect((await store.claimDue(T0 + 5 * MIN, 'w4', 30_000, 10)).map((r) => r.clientId)).toEqual(['c2', 'c3', 'c4', 'c1']);
  });

  it('never gives two concurrent claimers (two processes) the same row', async () => {
    const url = await freshDatabaseUrl(engine);
    const a = openDatabase(url);
    const b = openDatabase(url);
    extra.push(a, b);
    await migrate(a);
    const setup = { db: a, stores: createStores(a) };
    const ids = Array.from({ length: 30 }, (_, i) => `c${String(i).padStart(2, '0')}`);
    await seed(setup, ...ids);
    const sa = createDomainVerificationsStore(a);
    const sb = createDomainVerificationsStore(b);
    const seen: string[] = [];
    for (let round = 0; round < 4; round++) {
      const [ra, rb] = await Promise.all([sa.claimDue(T0, 'A', MIN, 5), sb.claimDue(T0, 'B', MIN, 5)]);
      seen.push(...ra.map((r) => r.clientId), ...rb.map((r) => r.clientId));
      for (const r of ra) expect(r.leaseOwner).toBe('A');
      for (const r of rb) expect(r.leaseOwner).toBe('B');
    }
    expect(seen).toHaveLength(30);
    expect(new Set(seen).size).toBe(30);
  });

  it('claims one row for "check now" unless another holds it or it has failed', async () => {
    const store = await seed(fx, 'c1', 'c2');
    expect((await store.claim('c1', T0 - HOUR, 'me', MIN))?.leaseOwner).toBe('me');
    expect(await store.claim('c1', T0 - HOUR, 'you', MIN)).toBeUndefined();
    await store.claim('c2', T0, 'me', MIN);
    await store.markNotFound('c2', 'me', { now: T0 + TIMEOUT, nextCheckAt: T0 + TIMEOUT, loseAfter: 3, timeoutMs: TIMEOUT });
    expect(await store.claim('c2', T0 + TIMEOUT, 'me', MIN)).toBeUndefined();
  });

  it('applies a transition only for the lease holder, then clears the lease and counts the attempt', async () => {
    const store = await seed(fx, 'c1');
    await store.claim('c1', T0, 'me', MIN);
    expect(await store.markVerified('c1', 'intruder', { now: T0 + 1, nextCheckAt: T0 + 2 })).toBeUndefined();
    expect(await store.markVerified('c1', 'me', { now: T0 + 1, nextCheckAt: T0 + 24 * HOUR })).toEqual({
      ...pending('c1'),
      status: 'verified',
      checkedAt: T0 + 1,
      verifiedAt: T0 + 1,
      nextCheckAt: T0 + 24 * HOUR,
      attempts: 1,
    });
    expect(await store.markVerified('c1', 'me', { now: T0 + 2, nextCheckAt: T0 + 3 })).toBeUndefined();
  });

  it('moves a pending row to in_progress on not-found or temporary, and to failed once timed out', async () => {
    const store = await seed(fx, 'c1');
    const step = async (f: (owner: string) => Promise<DomainVerification | undefined>, at: number) => {
      await store.claim('c1', at, 'me', MIN);
      return f('me');
    };
    const nf = (now: number) => (o: string) => store.markNotFound('c1', o, { now, nextCheckAt: now + MIN, lastError: 'No TXT record', loseAfter: 3, timeoutMs: TIMEOUT });
    const tmp = (now: number) => (o: string) => store.markTemporary('c1', o, { now, nextCheckAt: now + MIN, lastError: 'servfail', timeoutMs: TIMEOUT });
    expect(await step(nf(T0 + MIN), T0 + MIN)).toMatchObject({ status: 'in_progress', consecutiveNotFound: 1, lastError: 'No TXT record', checkedAt: T0 + MIN, attempts: 1 });
    expect(await step(tmp(T0 + 2 * MIN), T0 + 2 * MIN)).toMatchObject({ status: 'in_progress', consecutiveNotFound: 1, lastError: 'servfail', attempts: 2 });
    expect(await step(tmp(T0 + TIMEOUT), T0 + TIMEOUT)).toMatchObject({ status: 'failed', attempts: 3, verifiedAt: null });
  });

  it('keeps a verified row through up to loseAfter-1 misses and any temporary failures, then fails it', async () => {
    const store = await seed(fx, 'c1');
    const day = 24 * HOUR;
    const claim = (at: number) => store.claim('c1', at, 'me', MIN);
    await claim(T0);
    await store.markVerified('c1', 'me', { now: T0, nextCheckAt: T0 + day });
    const miss = async (at: number) => {
      await claim(at);
      return store.markNotFound('c1', 'me', { now: at, nextCheckAt: at + day, lastError: 'gone', loseAfter: 3, timeoutMs: TIMEOUT });
    };
    const temporary = async (at: number) => {
      await claim(at);
      return store.markTemporary('c1', 'me', { now: at, nextCheckAt: at + day, lastError: 'timeout', timeoutMs: TIMEOUT });
    };
    expect(await miss(T0 + day)).toMatchObject({ status: 'verified', consecutiveNotFound: 1, verifiedAt: T0 });
    expect(await temporary(T0 + 2 * day)).toMatchObject({ status: 'verified', consecutiveNotFound: 1, lastError: 'timeout' });
    expect(await miss(T0 + 3 * day)).toMatchObject({ status: 'verified', consecutiveNotFound: 2 });
    await claim(T0 + 4 * day);
    expect(await store.markVerified('c1', 'me', { now: T0 + 4 * day, nextCheckAt: T0 + 5 * day })).toMatchObject({
      status: 'verified',
      consecutiveNotFound: 0,
      verifiedAt: T0,
      lastError: null,
    });
    await miss(T0 + 5 * day);
    await miss(T0 + 6 * day);
    expect(await miss(T0 + 7 * day)).toMatchObject({ status: 'failed', consecutiveNotFound: 3, verifiedAt: T0 });
  });

  it('restarts as pending, breaking any lease, optionally with a new token', async () => {
    const store = await seed(fx, 'c1');
    await store.claim('c1', T0, 'me', MIN);
    expect(await store.restart('c1', T0 + HOUR, { token: 'fresh', recordValue: 'consentry-verification=fresh' })).toEqual({
      ...pending('c1', T0 + HOUR),
      token: 'fresh',
      recordValue: 'consentry-verification=fresh',
    });
    expect(await store.markVerified('c1', 'me', { now: T0 + HOUR, nextCheckAt: T0 + 2 * HOUR })).toBeUndefined();
    expect((await store.restart('c1', T0 + 2 * HOUR))?.token).toBe('fresh');
    expect(await store.restart('nope', T0)).toBeUndefined();
  });
});
