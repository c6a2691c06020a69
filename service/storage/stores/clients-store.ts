import { compileOnce } from '../compiled-query.js';
import type { Db } from '../database.js';
import type { OAuthClientsTable } from '../schema.js';

export type AuthMethod = 'none' | 'client_secret_basic' | 'client_secret_post';

/** A registered OAuth client; fields carry their RFC 7591 wire names. */
export interface StoredClient {
  client_id: string;
  account_id: string;
  client_name: string;
  redirect_uris: string[];
  grant_types: string[];
  response_types: string[];
  token_endpoint_auth_method: AuthMethod;
  scopes: string[];
  optional_scopes: string[];
  client_uri: string | null;
  logo_uri: string | null;
  policy_uri: string | null;
  tos_uri: string | null;
  contacts: string[];
  visibility: 'private' | 'public';
  created_by: string | null;
  created_at: number;
  updated_at: number;
}

export interface ClientSecret {
  id: string;
  clientId: string;
  secretHash: string;
  createdAt: number;
  expiresAt: number | null;
}

/** A client with the hashes of its live secrets, for authenticating it (see `forAuthentication`). */
export interface ClientWithSecrets {
  client: StoredClient;
  /** SHA-256 hashes of the secrets that verify at `now`, in no particular order (none for a public client). */
  secretHashes: string[];
}

export type ClientPatch = Partial<
  Omit<StoredClient, 'client_id' | 'account_id' | 'created_by' | 'created_at'>
>;

/**
 * OAuth clients and their secrets. At most two secrets are live at once: the current one and,
 * during a rotation, the previous one until it is dropped.
 */
export interface ClientsStore {
  create(c: StoredClient, secret?: ClientSecret): Promise<void>;
  byId(clientId: string): Promise<StoredClient | undefined>;
  forAccount(accountId: string): Promise<StoredClient[]>;
  update(clientId: string, patch: ClientPatch): Promise<StoredClient | undefined>;
  /** Deletes the client and (by cascade) its secrets; false if it did not exist. */
  delete(clientId: string): Promise<boolean>;
  /** Secrets that verify at `now` (not expired), newest first. */
  liveSecrets(clientId: string, now: number): Promise<ClientSecret[]>;
  /**
   * The client and the hashes of its secrets live at `now`, read in one query: what every
   * authenticated OAuth request checks. Never cached: a dropped or rotated-out secret stops
   * working at once in every process.
   */
  forAuthentication(clientId: string, now: number): Promise<ClientWithSecrets | undefined>;
  /** Adds `secret` as the current one; every older live secret is kept (rotation overlap). */
  addSecret(secret: ClientSecret): Promise<void>;
  /** Removes every secret but the newest; returns how many were dropped. */
  dropOldSecrets(clientId: string): Promise<number>;
  /** Removes every secret of the client (it became public); returns how many were dropped. */
  deleteSecrets(clientId: string): Promise<number>;
  countForAccount(accountId: string): Promise<number>;
}

const toClient = (r: OAuthClientsTable): StoredClient => ({
  client_id: r.client_id,
  account_id: r.account_id,
  client_name: r.client_name,
  redirect_uris: JSON.parse(r.redirect_uris),
  grant_types: JSON.parse(r.grant_types),
  response_types: JSON.parse(r.response_types),
  token_endpoint_auth_method: r.token_endpoint_auth_method as AuthMethod,
  scopes: JSON.parse(r.scopes),
  optional_scopes: JSON.parse(r.optional_scopes),
  client_uri: r.client_uri,
  logo_uri: r.logo_uri,
  policy_uri: r.policy_uri,
  tos_uri: r.tos_uri,
  contacts: JSON.parse(r.contacts),
  visibility: r.visibility,
  created_by: r.created_by,
  created_at: r.created_at,
  updated_at: r.updated_at,
});

const LISTS = ['redirect_uris', 'grant_types', 'response_types', 'scopes', 'optional_scopes', 'contacts'] as const;

function toRow(patch: ClientPatch): Partial<OAuthClientsTable> {
  const row: Record<string, unknown> = { ...patch };
  for (const key of LISTS) if (patch[key] !== undefined) row[key] = JSON.stringify(patch[key]);
  return row as Partial<OAuthClientsTable>;
}

export function createClientsStore(db: Db): ClientsStore {
  const k = db.kysely;
  const byId = compileOnce((p: { clientId: string }) => k.selectFrom('oauth_clients').selectAll().where('client_id', '=', p.clientId));
  // One row per live secret (or one with a null hash): the LEFT JOIN's condition filters the
  // secrets, never the client.
  const withSecrets = compileOnce((p: { clientId: string; now: number }) =>
    k
      .selectFrom('oauth_clients as c')
      .leftJoin('client_secrets as s', (j) =>
        j.onRef('s.client_id', '=', 'c.client_id').on((eb) => eb.or([eb('s.expires_at', 'is', null), eb('s.expires_at', '>', p.now)])),
      )
      .selectAll('c')
      .select('s.secret_hash')
      .where('c.client_id', '=', p.clientId),
  );
  return {
    async create(c, secret) {
      await k.transaction().execute(async (trx) => {
        await trx.insertInto('oauth_clients').values(toRow(c) as OAuthClientsTable).execute();
        if (secret) {
          await trx
            .insertInto('client_secrets')
            .values({
              id: secret.id,
              client_id: secret.clientId,
              secret_hash: secret.secretHash,
              created_at: secret.createdAt,
              expires_at: secret.expiresAt,
            })
            .execute();
        }
      });
    },
    async byId(clientId) {
      const r = await byId.first(k, { clientId });
      return r && toClient(r);
    },
    async forAccount(accountId) {
      const rows = await k
        .selectFrom('oauth_clients')
        .selectAll()
        .where('account_id', '=', accountId)
        .orderBy('created_at', 'desc')
        .orderBy('client_id')
        .execute();
      return rows.map(toClient);
    },
    async update(clientId, patch) {
      const row = toRow(patch);
      if (Object.keys(row).length) await k.updateTable('oauth_clients').set(row).where('client_id', '=', clientId).execute();
      return this.byId(clientId);
    },
    async delete(clientId) {
      const r = await k.deleteFrom('oauth_clients').where('client_id', '=', clientId).executeTakeFirst();
      return Number(r.numDeletedRows) > 0;
    },
    async liveSecrets(clientId, now) {
      const rows = await k
        .selectFrom('client_secrets')
        .selectAll()
        .where('client_id', '=', clientId)
        .where((eb) => eb.or([eb('expires_at', 'is', null), eb('expires_at', '>', now)]))
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .execute();
      return rows.map((r) => ({
        id: r.id,
        clientId: r.client_id,
        secretHash: r.secret_hash,
        createdAt: r.created_at,
        expiresAt: r.expires_at,
      }));
    },
    async forAuthentication(clientId, now) {
      const rows = await withSecrets.rows(k, { clientId, now });
      if (rows.length === 0) return undefined;
      return { client: toClient(rows[0]!), secretHashes: rows.flatMap((r) => (r.secret_hash === null ? [] : [r.secret_hash])) };
    },
    async addSecret(s) {
      await k
        .insertInto('client_secrets')
        .values({ id: s.id, client_id: s.clientId, secret_hash: s.secretHash, created_at: s.createdAt, expires_at: s.expiresAt })
        .execute();
    },
    async dropOldSecrets(clientId) {
      return k.transaction().execute(async (trx) => {
        const newest = await trx
          .selectFrom('client_secrets')
          .select('id')
          .where('client_id', '=', clientId)
          .orderBy('created_at', 'desc')
          .orderBy('id', 'desc')
          .limit(1)
          .executeTakeFirst();
        if (!newest) return 0;
        const r = await trx
          .deleteFrom('client_secrets')
          .where('client_id', '=', clientId)
          .where('id', '!=', newest.id)
          .executeTakeFirst();
        return Number(r.numDeletedRows);
      });
    },
    async deleteSecrets(clientId) {
      const r = await k.deleteFrom('client_secrets').where('client_id', '=', clientId).executeTakeFirst();
      return Number(r.numDeletedRows);
    },
    async countForAccount(accountId) {
      const r = await k
        .selectFrom('oauth_clients')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('account_id', '=', accountId)
        .executeTakeFirstOrThrow();
      return Number(r.n);
    },
  };
}
