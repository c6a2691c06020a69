import type { Db } from '../database.js';
import type { SigningKeysTable } from '../schema.js';
import { isUniqueViolation } from '../unique-violation.js';

export type KeyState = 'next' | 'current' | 'previous' | 'retired';

/** An asymmetric signing key with its JWKs (the private JWK never leaves the service). */
export interface SigningKey {
  /** RFC 7638 JWK thumbprint of the public key. */
  kid: string;
  alg: string;
  publicJwk: Record<string, unknown>;
  privateJwk: Record<string, unknown>;
  createdAt: number;
  state: KeyState;
  /** When it stopped signing (became `previous`). */
  retiredAt: number | null;
}

/**
 * Token signing keys, shared by every process through the database, with the rolling rotation of
 * node-oidc-provider's recipe (docs/security.md S7, RL7): a `next` key is published (JWKS) before it
 * signs, then promoted to `current` while the old current becomes `previous` and stays published
 * until every token it signed has expired.
 *
 * - `active()` lists `next`, `current` and `previous` keys (never `retired`), newest first.
 * - `insert(key)` adds a key; it returns false (and changes nothing) when a key with the same
 *   `current`/`next` state already exists: a partial unique index makes "one current, one next"
 *   a database fact, so two processes bootstrapping at once cannot both win.
 * - `promoteNext(now)` atomically makes the `next` key `current` and the old `current`
 *   `previous` (retired_at = now); false when there is no `next` key.
 * - `retirePrevious(before)` retires `previous` keys that stopped signing before `before`.
 */
export interface SigningKeysStore {
  active(): Promise<SigningKey[]>;
  insert(key: SigningKey): Promise<boolean>;
  promoteNext(now: number): Promise<boolean>;
  retirePrevious(before: number): Promise<number>;
}

const toKey = (r: SigningKeysTable): SigningKey => ({
  kid: r.kid,
  alg: r.alg,
  publicJwk: JSON.parse(r.public_jwk),
  privateJwk: JSON.parse(r.private_jwk),
  createdAt: r.created_at,
  state: r.state,
  retiredAt: r.retired_at,
});

export function createSigningKeysStore(db: Db): SigningKeysStore {
  const k = db.kysely;
  return {
    async active() {
      const rows = await k
        .selectFrom('signing_keys')
        .selectAll()
        .where('state', '!=', 'retired')
        .orderBy('created_at', 'desc')
        .orderBy('kid')
        .execute();
      return rows.map(toKey);
    },
    async insert(key) {
      try {
        await k
          .insertInto('signing_keys')
          .values({
            kid: key.kid,
            alg: key.alg,
            public_jwk: JSON.stringify(key.publicJwk),
            private_jwk: JSON.stringify(key.privateJwk),
            created_at: key.createdAt,
            state: key.state,
            retired_at: key.retiredAt,
          })
          .execute();
        return true;
      } catch (err) {
        if (isUniqueViolation(err)) return false;
        throw err;
      }
    },
    async promoteNext(now) {
      return k.transaction().execute(async (trx) => {
        const next = await trx.selectFrom('signing_keys').select('kid').where('state', '=', 'next').executeTakeFirst();
        if (!next) return false;
        // Demote first: the unique index allows only one `current` at any moment.
        await trx.updateTable('signing_keys').set({ state: 'previous', retired_at: now }).where('state', '=', 'current').execute();
        const r = await trx
          .updateTable('signing_keys')
          .set({ state: 'current' })
          .where('kid', '=', next.kid)
          .where('state', '=', 'next')
          .executeTakeFirst();
        return Number(r.numUpdatedRows) === 1;
      });
    },
    async retirePrevious(before) {
      const r = await k
        .updateTable('signing_keys')
        .set({ state: 'retired' })
        .where('state', '=', 'previous')
        .where('retired_at', '<', before)
        .executeTakeFirst();
      return Number(r.numUpdatedRows);
    },
  };
}
