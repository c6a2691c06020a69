import type BetterSqlite from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../service/storage/database.js';
import { migrate } from '../../service/storage/migrate.js';
import { createGrantsStore } from '../../service/storage/stores/grants-store.js';

export interface GrantsListingResult {
  grants: number;
  insertSeconds: number;
  user: { grants: number; p50: number; p99: number };
  account: { members: number; grants: number; page: number; p50: number; p99: number };
}

const USERS = 20_000;
const PER_USER = 50;
const CLIENTS = 500;
const ACCOUNT_MEMBERS = 10;
/** The page the API and pages read (GRANT_PAGE_SIZE), plus the one row that tells whether more follow. */
const PAGE = 51;

/**
 * Connected-apps listings at 1,000,000 grants (20,000 users × 50 apps, over 500 clients), on a
 * migrated SQLite file with the production pragmas: `forUser` (one user's 50 grants) and
 * `forAccountMembers` (an account of 10 members: 500 grants, first page of 50 as the API and
 * pages read it), p50/p99 in ms over many calls. Rows
 * go in with one transaction and prepared statements; the listings run through the real store.
 */
export async function benchGrantsListing(): Promise<GrantsListingResult> {
  const dir = mkdtempSync(join(tmpdir(), 'grants-bench-'));
  const db = openDatabase(`sqlite:${join(dir, 'grants.db')}`);
  try {
    await migrate(db);
    const t0 = performance.now();
    bulkInsert(db.raw as BetterSqlite.Database);
    const insertSeconds = (performance.now() - t0) / 1000;
    (db.raw as BetterSqlite.Database).pragma('optimize');
    const store = createGrantsStore(db);
    const timeCalls = async (n: number, call: (i: number) => Promise<unknown[]>) => {
      const ms: number[] = [];
      let rows = 0;
      for (let i = 0; i < n; i++) {
        const t = performance.now();
        rows = (await call(i)).length;
        ms.push(performance.now() - t);
      }
      ms.sort((a, b) => a - b);
      const q = (p: number) => ms[Math.min(ms.length - 1, Math.floor(p * ms.length))]!;
      return { rows, p50: q(0.5), p99: q(0.99) };
    };
    await timeCalls(20, (i) => store.forUser(userId((i * 7919) % USERS), { limit: PAGE }));
    const user = await timeCalls(500, (i) => store.forUser(userId((i * 7919) % USERS), { limit: PAGE }));
    await timeCalls(5, () => store.forAccountMembers('acct-bench', { limit: PAGE }));
    const account = await timeCalls(200, () => store.forAccountMembers('acct-bench', { limit: PAGE }));
    return {
      grants: USERS * PER_USER,
      insertSeconds,
      user: { grants: user.rows, p50: user.p50, p99: user.p99 },
      account: { members: ACCOUNT_MEMBERS, grants: ACCOUNT_MEMBERS * PER_USER, page: account.rows, p50: account.p50, p99: account.p99 },
    };
  } finally {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const userId = (u: number) => `user-${String(u).padStart(6, '0')}`;
const clientId = (c: number) => `client-${String(c).padStart(4, '0')}`;

function bulkInsert(raw: BetterSqlite.Database): void {
  const now = Date.now();
  const user = raw.prepare('insert into users (id, email, name, password_hash, created_at, disabled) values (?, ?, ?, ?, ?, 0)');
  const account = raw.prepare('insert into accounts (id, name, first_party, third_party_access, created_at) values (?, ?, 0, 1, ?)');
  const member = raw.prepare('insert into memberships (account_id, user_id, role, created_at) values (?, ?, ?, ?)');
  const client = raw.prepare(
    `insert into oauth_clients (client_id, account_id, client_name, redirect_uris, grant_types, response_types,
       token_endpoint_auth_method, scopes, optional_scopes, contacts, visibility, created_at, updated_at)
     values (?, 'acct-publisher', ?, '["https://app.example.com/cb"]', '["authorization_code","refresh_token"]', '["code"]',
       'client_secret_basic', '["offline_access","zone.read"]', '[]', '[]', 'public', ?, ?)`,
  );
  const grant = raw.prepare(
    `insert into grants (id, user_id, client_id, account_ids, scopes, created_at, updated_at, last_used_at, revoked_at, revoked_reason)
     values (?, ?, ?, '["acct-bench"]', '["offline_access","zone.read"]', ?, ?, null, null, null)`,
  );
  raw.transaction(() => {
    account.run('acct-publisher', 'Publisher', now);
    account.run('acct-bench', 'Bench', now);
    for (let c = 0; c < CLIENTS; c++) client.run(clientId(c), `App ${c}`, now, now);
    for (let u = 0; u < USERS; u++) {
      user.run(userId(u), `u${u}@bench.test`, `User ${u}`, 'not-a-hash', now);
      if (u < ACCOUNT_MEMBERS) member.run('acct-bench', userId(u), 'member', now);
      for (let k = 0; k < PER_USER; k++) {
        const at = now - (u * PER_USER + k);
        grant.run(`grant-${u}-${k}`, userId(u), clientId((u * 7 + k) % CLIENTS), at, at);
      }
    }
  })();
}
