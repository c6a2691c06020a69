import type { Kysely, SelectQueryBuilder, Transaction } from 'kysely';
import { compileOnce, type QueryRunner } from '../compiled-query.js';
import type { Db } from '../database.js';
import type { Database, GrantsTable } from '../schema.js';
import { isUniqueViolation } from '../unique-violation.js';

/** A user's consent to one client: the accounts chosen and the scopes granted. */
export interface Grant {
  id: string;
  userId: string;
  clientId: string;
  accountIds: string[];
  scopes: string[];
  createdAt: number;
  updatedAt: number;
  lastUsedAt: number | null;
  revokedAt: number | null;
  revokedReason: string | null;
}

/** A live grant with what the connected-apps pages show next to it. */
export interface GrantListing extends Grant {
  clientName: string;
  logoUri: string | null;
  clientUri: string | null;
  /** The account that owns the client (for the first-party / verified shield). */
  clientAccountId: string;
  userEmail: string;
  userName: string;
}

/** Where a page of a listing starts: after the grant with this (createdAt, id), newest first. */
export interface GrantCursor {
  createdAt: number;
  id: string;
}

/** One page of a listing: at most `limit` grants, older than `after` when given. */
export interface GrantPage {
  limit: number;
  after?: GrantCursor | undefined;
}

/** "Last used" is kept to this precision (see `touch`). */
export const TOUCH_GRANULARITY_MS = 60_000;

/** The page size when a caller names none. */
export const GRANT_PAGE_SIZE = 50;

export interface ConsentInput {
  /** Id used only when a new grant is created (callers pass `random.orderedId(now)`). */
  newId: string;
  userId: string;
  clientId: string;
  scopes: string[];
  accountIds: string[];
  now: number;
}

export interface ConsentResult {
  grant: Grant;
  /** True when no live grant existed and one was created. */
  created: boolean;
  /** Scopes the grant did not hold before (all of them for a new grant). */
  addedScopes: string[];
}

/**
 * Grants: one per (user, client) while live; tokens hang off a grant and die with it.
 *
 * - `upsertConsent` creates the live grant or extends it: scopes are merged (incremental consent
 *   only ever adds; RFC 9700 §4.14.2), `accountIds` replaces the chosen accounts (the consent page
 *   always shows the whole account choice). At most one live grant per (user, client) exists; a
 *   partial unique index enforces it and a concurrent creator retries as an update.
 * - `revoke` marks a live grant revoked (idempotent: false when it was not live). A revoked grant
 *   never becomes live again; the next consent creates a new grant, so no old token revives.
 * - `forUser` / `forAccountMembers` list one page of live grants newest first (created_at, then
 *   id), with client name and logo joined; the next page starts after the last grant's cursor.
 *   Keyset pages on a partial index, so a page costs the same at any table size.
 *   `countForClient` counts live grants of a client.
 * - Deleting the client or the user deletes its grants (cascade), which invalidates every token.
 */
export interface GrantsStore {
  upsertConsent(input: ConsentInput): Promise<ConsentResult>;
  byId(id: string): Promise<Grant | undefined>;
  /** The live grant of (user, client), if any. */
  liveFor(userId: string, clientId: string): Promise<Grant | undefined>;
  /** Returns true when this call revoked a live grant. */
  revoke(id: string, reason: string, now: number): Promise<boolean>;
  /**
   * Records use (token issued or refreshed) for "last used" on connected-apps pages, to the
   * minute: a grant used within the last TOUCH_GRANULARITY_MS is left as is, so a busy client's
   * refreshes do not each rewrite its grant row.
   */
  touch(id: string, now: number): Promise<void>;
  forUser(userId: string, page?: GrantPage): Promise<GrantListing[]>;
  /** Live grants held by every member of the account (for any client). */
  forAccountMembers(accountId: string, page?: GrantPage): Promise<GrantListing[]>;
  countForClient(clientId: string): Promise<number>;
}

const toGrant = (r: GrantsTable): Grant => ({
  id: r.id,
  userId: r.user_id,
  clientId: r.client_id,
  accountIds: JSON.parse(r.account_ids),
  scopes: JSON.parse(r.scopes),
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  lastUsedAt: r.last_used_at,
  revokedAt: r.revoked_at,
  revokedReason: r.revoked_reason,
});

/** A grant's columns under `g_` names, for a store whose read joins `grants as g`. */
export const JOINED_GRANT_COLUMNS = [
  'g.id as g_id',
  'g.user_id as g_user_id',
  'g.client_id as g_client_id',
  'g.account_ids as g_account_ids',
  'g.scopes as g_scopes',
  'g.created_at as g_created_at',
  'g.updated_at as g_updated_at',
  'g.last_used_at as g_last_used_at',
  'g.revoked_at as g_revoked_at',
  'g.revoked_reason as g_revoked_reason',
] as const;

/** The grant read through JOINED_GRANT_COLUMNS. */
export const joinedGrant = (r: { [K in keyof GrantsTable as `g_${K}`]: GrantsTable[K] }): Grant => ({
  id: r.g_id,
  userId: r.g_user_id,
  clientId: r.g_client_id,
  accountIds: JSON.parse(r.g_account_ids),
  scopes: JSON.parse(r.g_scopes),
  createdAt: r.g_created_at,
  updatedAt: r.g_updated_at,
  lastUsedAt: r.g_last_used_at,
  revokedAt: r.g_revoked_at,
  revokedReason: r.g_revoked_reason,
});

/**
 * The UPDATE behind `GrantsStore.touch`, for a store that records a grant's use inside its own
 * transaction (a token rotation or code exchange commits once, so its response waits for one
 * fsync, not two).
 */
export function compileGrantTouch(k: Kysely<Database>): (db: QueryRunner, id: string, now: number) => Promise<void> {
  const touch = compileOnce((p: { id: string; now: number; before: number }) =>
    k
      .updateTable('grants')
      .set({ last_used_at: p.now })
      .where('id', '=', p.id)
      .where((eb) => eb.or([eb('last_used_at', 'is', null), eb('last_used_at', '<=', p.before)])),
  );
  return async (q, id, now) => {
    await touch.run(q, { id, now, before: now - TOUCH_GRANULARITY_MS });
  };
}

export function createGrantsStore(db: Db): GrantsStore {
  const k = db.kysely;
  const byId = compileOnce((p: { id: string }) => k.selectFrom('grants').selectAll().where('id', '=', p.id));
  const touch = compileGrantTouch(k);
  const live = (q: Kysely<Database> | Transaction<Database>, userId: string, clientId: string, lock = false) => {
    const query = q
      .selectFrom('grants')
      .selectAll()
      .where('user_id', '=', userId)
      .where('client_id', '=', clientId)
      .where('revoked_at', 'is', null);
    // PostgreSQL: lock the row so two concurrent consents cannot both read-modify-write it and
    // lose scopes. SQLite serialises write transactions already (and has no FOR UPDATE).
    return (lock && db.engine === 'postgres' ? query.forUpdate() : query).executeTakeFirst();
  };

  // The page's ids first (from the index alone: grants_user_live_newest), then the joins for
  // those rows only; sorting the joined rows of every grant would read them all.
  const listing = (whose: (q: SelectQueryBuilder<Database, 'grants', {}>) => SelectQueryBuilder<Database, 'grants', {}>, page: GrantPage) => {
    const { after } = page;
    let ids = whose(k.selectFrom('grants')).where('revoked_at', 'is', null);
    if (after) {
      ids = ids.where((eb) =>
        eb.or([eb('created_at', '<', after.createdAt), eb.and([eb('created_at', '=', after.createdAt), eb('id', '<', after.id)])]),
      );
    }
    const pageIds = ids.select('id').orderBy('created_at', 'desc').orderBy('id', 'desc').limit(page.limit);
    return k
      .selectFrom('grants as g')
      .innerJoin('oauth_clients as c', 'c.client_id', 'g.client_id')
      .innerJoin('users as u', 'u.id', 'g.user_id')
      .selectAll('g')
      .select(['c.client_name', 'c.logo_uri', 'c.client_uri', 'c.account_id as client_account_id', 'u.email', 'u.name'])
      .where('g.id', 'in', pageIds)
      .orderBy('g.created_at', 'desc')
      .orderBy('g.id', 'desc');
  };

  type ListingRow = GrantsTable & {
    client_name: string;
    logo_uri: string | null;
    client_uri: string | null;
    client_account_id: string;
    email: string;
    name: string;
  };
  // One object literal, not `{ ...toGrant(r), … }`: the spread built a 16-property object the
  // slow way, 3x the garbage of a listing page (254 vs 85 KB per page of 51), and the scavenges
  // it caused were the tail of the listing's latency.
  const toListing = (r: ListingRow): GrantListing => ({
    id: r.id,
    userId: r.user_id,
    clientId: r.client_id,
    accountIds: JSON.parse(r.account_ids),
    scopes: JSON.parse(r.scopes),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    lastUsedAt: r.last_used_at,
    revokedAt: r.revoked_at,
    revokedReason: r.revoked_reason,
    clientName: r.client_name,
    logoUri: r.logo_uri,
    clientUri: r.client_uri,
    clientAccountId: r.client_account_id,
    userEmail: r.email,
    userName: r.name,
  });

  async function upsertOnce(input: ConsentInput): Promise<ConsentResult> {
    return k.transaction().execute(async (trx) => {
      const existing = await live(trx, input.userId, input.clientId, true);
      if (!existing) {
        const row: GrantsTable = {
          id: input.newId,
          user_id: input.userId,
          client_id: input.clientId,
          account_ids: JSON.stringify([...new Set(input.accountIds)]),
          scopes: JSON.stringify([...new Set(input.scopes)]),
          created_at: input.now,
          updated_at: input.now,
          last_used_at: null,
          revoked_at: null,
          revoked_reason: null,
        };
        await trx.insertInto('grants').values(row).execute();
        const grant = toGrant(row);
        return { grant, created: true, addedScopes: grant.scopes };
      }
      const before = toGrant(existing);
      const addedScopes = [...new Set(input.scopes)].filter((s) => !before.scopes.includes(s));
      const scopes = [...before.scopes, ...addedScopes];
      const accountIds = [...new Set(input.accountIds)];
      await trx
        .updateTable('grants')
        .set({ scopes: JSON.stringify(scopes), account_ids: JSON.stringify(accountIds), updated_at: input.now })
        .where('id', '=', before.id)
        .execute();
      return { grant: { ...before, scopes, accountIds, updatedAt: input.now }, created: false, addedScopes };
    });
  }

  return {
    async upsertConsent(input) {
      try {
        return await upsertOnce(input);
      } catch (err) {
        // Another request created the live grant between our read and insert: extend that one.
        if (isUniqueViolation(err)) return upsertOnce(input);
        throw err;
      }
    },
    async byId(id) {
      const r = await byId.first(k, { id });
      return r && toGrant(r);
    },
    async liveFor(userId, clientId) {
      const r = await live(k, userId, clientId);
      return r && toGrant(r);
    },
    async revoke(id, reason, now) {
      const r = await k
        .updateTable('grants')
        .set({ revoked_at: now, revoked_reason: reason, updated_at: now })
        .where('id', '=', id)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      return Number(r.numUpdatedRows) > 0;
    },
    async touch(id, now) {
      await touch(k, id, now);
    },
    async forUser(userId, page = { limit: GRANT_PAGE_SIZE }) {
      const rows = await listing((q) => q.where('user_id', '=', userId), page).execute();
      return rows.map(toListing);
    },
    async forAccountMembers(accountId, page = { limit: GRANT_PAGE_SIZE }) {
      const members = k.selectFrom('memberships').select('user_id').where('account_id', '=', accountId);
      const rows = await listing((q) => q.where('user_id', 'in', members), page).execute();
      return rows.map(toListing);
    },
    async countForClient(clientId) {
      const r = await k
        .selectFrom('grants')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('client_id', '=', clientId)
        .where('revoked_at', 'is', null)
        .executeTakeFirstOrThrow();
      return Number(r.n);
    },
  };
}
