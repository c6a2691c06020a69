import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAuditRecorder } from '../../../service/audit/audit-recorder.js';
import { loadConfig } from '../../../service/config/config.js';
import { challengeFor } from '../../../service/domains/challenge.js';
import { createHostChecker } from '../../../service/domains/check-host.js';
import { createDnsClient } from '../../../service/dns/dns-client.js';
import { createVerificationPoller, type VerificationPoller } from '../../../service/domains/verification-poller.js';
import { systemRandom } from '../../../service/ports/random.js';
import { openDatabase, type Db } from '../../../service/storage/database.js';
import { migrate } from '../../../service/storage/migrate.js';
import { createStores, type Stores } from '../../../service/storage/stores.js';
import { startDnsResponder, type DnsResponder, type ResponderRule } from '../../helpers/dns-responder.js';
import { describeEachEngine, freshDatabaseUrl } from '../../helpers/test-databases.js';

const T0 = 1_767_225_600_000;
const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const HOST = 'app.example.test';
const { record_name: NAME, record_value: VALUE } = challengeFor(HOST, 'Zm9vYmFyYmF6cXV4cXV1eA');

interface Service {
  db: Db;
  stores: Stores;
  poller: VerificationPoller;
}

describeEachEngine('verification poller', (engine) => {
  let url: string;
  let dns: DnsResponder;
  let now: number;
  const services: Service[] = [];

  /** One service process: its own database handle, clock shared with the test. */
  function service(): Service {
    const db = openDatabase(url);
    const stores = createStores(db);
    const clock = { now: () => now };
    const deps = {
      config: loadConfig({}),
      stores,
      clock,
      random: systemRandom,
      logger: pino({ level: 'silent' }),
      audit: createAuditRecorder({ audit: stores.audit, clock, random: systemRandom }),
      checker: createHostChecker({ dns: createDnsClient({ resolvers: [dns.resolver], timeoutMs: 300 }) }),
    };
    const s = { db, stores, poller: createVerificationPoller(deps, { concurrency: 4, intervalMs: 20 }) };
    services.push(s);
    return s;
  }
  const zone = (rule: ResponderRule | undefined) => dns.setRules(rule ? { [NAME]: rule } : {});
  const row = () => services[0]!.stores.domainVerifications.byClient('c1');
  const audit = async () =>
    (await services[0]!.stores.audit.forAccount('a1', { limit: 50 })).map((e) => ({ action: e.action, targetId: e.targetId, data: e.data }));

  beforeEach(async () => {
    now = T0;
    url = await freshDatabaseUrl(engine);
    dns = await startDnsResponder({ rules: {} });
    const { db, stores } = service();
    await migrate(db);
    await stores.accounts.create({ id: 'a1', name: 'Acme', firstParty: false, thirdPartyAccess: true, createdAt: T0 });
    await stores.clients.create({
      client_id: 'c1', account_id: 'a1', client_name: 'App', redirect_uris: ['https://app.example.test/cb'],
      grant_types: ['authorization_code'], response_types: ['code'], token_endpoint_auth_method: 'none', scopes: ['openid'],
      optional_scopes: [], client_uri: `https://${HOST}/`, logo_uri: null, policy_uri: null, tos_uri: null, contacts: [],
      visibility: 'private', created_by: null, created_at: T0, updated_at: T0,
    });
    await stores.domainVerifications.start({ clientId: 'c1', host: HOST, token: 'Zm9vYmFyYmF6cXV4cXV1eA', recordName: NAME, recordValue: VALUE }, T0);
  });
  afterEach(async () => {
    for (const s of services.splice(0)) {
      await s.poller.stop();
      await s.db.close();
    }
    await dns.close();
  });

  it('D1: verifies a pending challenge, records one audit event with what the resolver said, and schedules the daily re-check', async () => {
    zone({ txt: [[VALUE]] });
    expect(await services[0]!.poller.runOnce()).toBe(1);
    expect(await row()).toMatchObject({ status: 'verified', verifiedAt: T0, checkedAt: T0, nextCheckAt: T0 + DAY, lastError: null, leaseOwner: null, attempts: 1 });
    expect(await audit()).toEqual([
      {
        action: 'domain.verified',
        targetId: 'c1',
        data: { host: HOST, record_name: NAME, detail: '', lookups: [{ status: 'found', records: [VALUE], chain: [], resolver: `127.0.0.1:${dns.resolver.port}` }] },
      },
    ]);
    expect(await services[0]!.poller.runOnce()).toBe(0);
  });

  it('backs off 1, 2, 4 … minutes up to an hour while the record is missing', async () => {
    const gaps: number[] = [];
    for (let i = 0; i < 8; i++) {
      expect(await services[0]!.poller.runOnce()).toBe(1);
      const r = (await row())!;
      gaps.push((r.nextCheckAt - now) / MIN);
      expect(await services[0]!.poller.runOnce()).toBe(0);
      now = r.nextCheckAt;
    }
    expect(gaps).toEqual([1, 2, 4, 8, 16, 32, 60, 60]);
    expect(await row()).toMatchObject({ status: 'in_progress', lastError: `No TXT record found at ${NAME}.`, attempts: 8 });
  });

  it('D20: a record added after a failed check verifies on the next check', async () => {
    await services[0]!.poller.runOnce();
    expect(await row()).toMatchObject({ status: 'in_progress', nextCheckAt: T0 + MIN });
    zone({ txt: [[VALUE]] });
    expect(await services[0]!.poller.runOnce()).toBe(0);
    now = T0 + MIN;
    await services[0]!.poller.runOnce();
    expect(await row()).toMatchObject({ status: 'verified', verifiedAt: T0 + MIN });
  });

  it('fails a challenge with no success within VERIFICATION_TIMEOUT_SECONDS, once, and stops polling it', async () => {
    zone({ rcode: 'SERVFAIL' });
    await services[0]!.poller.runOnce();
    now = T0 + 48 * HOUR;
    zone(undefined);
    await services[0]!.poller.runOnce();
    expect(await row()).toMatchObject({ status: 'failed', verifiedAt: null, lastError: `No TXT record found at ${NAME}.` });
    now += DAY;
    expect(await services[0]!.poller.runOnce()).toBe(0);
    expect((await audit()).map((e) => e.action)).toEqual(['domain.verification_failed']);
  });

  it('D16: keeps the badge through 2 misses and any temporary failure, and loses it after 3 consecutive misses', async () => {
    zone({ txt: [[VALUE]] });
    await services[0]!.poller.runOnce();
    const day = async (rule: ResponderRule | undefined) => {
      zone(rule);
      now = (await row())!.nextCheckAt;
      await services[0]!.poller.runOnce();
      const r = (await row())!;
      return [r.status, r.consecutiveNotFound];
    };
    expect(await day(undefined)).toEqual(['verified', 1]);
    expect(await day({ rcode: 'SERVFAIL' })).toEqual(['verified', 1]);
    expect(await day({ drop: true })).toEqual(['verified', 1]);
    expect(await day({ txt: [['v=spf1 -all']] })).toEqual(['verified', 2]);
    expect(await day({ txt: [[VALUE]] })).toEqual(['verified', 0]);
    expect(await day(undefined)).toEqual(['verified', 1]);
    expect(await day(undefined)).toEqual(['verified', 2]);
    expect((await audit()).map((e) => e.action)).toEqual(['domain.verified']);
    expect(await day(undefined)).toEqual(['failed', 3]);
    expect(await row()).toMatchObject({ verifiedAt: T0, lastError: `No TXT record found at ${NAME}.` });
    expect((await audit()).map((e) => e.action)).toEqual(['domain.verification_lost', 'domain.verified']);
  });

  describe('D21: concurrency', () => {
    it('two service processes sweeping at once check the row once: one transition, one audit record', async () => {
      zone({ txt: [[VALUE]] });
      const other = service();
      const counts = await Promise.all([services[0]!.poller.runOnce(), other.poller.runOnce()]);
      expect(counts.sort()).toEqual([0, 1]);
      expect(await row()).toMatchObject({ status: 'verified', attempts: 1 });
      expect((await audit()).map((e) => e.action)).toEqual(['domain.verified']);
    });

    it('two "check now" calls at once: one checks, the other is told a check is in flight', async () => {
      // A slow answer keeps the first check in flight while the second asks (else, on a fast
      // machine, the first may finish before the second starts and both legitimately check).
      zone({ txt: [[VALUE]], delayMs: 100 });
      const other = service();
      const [a, b] = await Promise.all([services[0]!.poller.checkNow('c1'), other.poller.checkNow('c1')]);
      expect([a?.status, b?.status].sort()).toEqual(['verified', undefined]);
      expect((await audit()).map((e) => e.action)).toEqual(['domain.verified']);
    });
  });

  it('runs in the background from start() until stop()', async () => {
    zone({ txt: [[VALUE]] });
    services[0]!.poller.start();
    for (let i = 0; i < 100 && (await row())!.status !== 'verified'; i++) await new Promise((r) => setTimeout(r, 20));
    await services[0]!.poller.stop();
    expect((await row())!.status).toBe('verified');
  });
});
