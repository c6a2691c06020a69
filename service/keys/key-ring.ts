import { importJWK, type CryptoKey, type JWK } from 'jose';
import type { Config } from '../config/config.js';
import type { Clock } from '../ports/clock.js';
import type { SigningKey, SigningKeysStore } from '../storage/stores/signing-keys-store.js';
import { generateSigningKey } from './generate-signing-key.js';
import { KEY_REFRESH_MS, publishDelayMs, retainPreviousMs } from './key-timing.js';

interface LoadedKey {
  kid: string;
  alg: string;
  state: SigningKey['state'];
  publicJwk: JWK;
  verifyKey: CryptoKey;
  signKey: CryptoKey | undefined;
}

interface Snapshot {
  loadedAt: number;
  current: LoadedKey;
  /** Keys published in the JWKS and accepted for verification: next, current, recent previous. */
  published: LoadedKey[];
  jwks: { keys: JWK[] };
}

/**
 * The signing keys of this process: read from the database, cached in memory and re-read every
 * KEY_REFRESH_MS (2 s), because several processes share one database and any of them may
 * rotate: a rotation, `--immediate` included, reaches every process within that bound. The
 * re-read is one query, paid by the first request after the snapshot aged, not by every token.
 *
 * - `signingKey()` is the `current` key; on an empty database the first caller creates one
 *   (insert-if-absent, so two processes starting at once agree on one key).
 * - `publicJwks()` is the JWKS: the `next` key (published before it signs), the `current` one,
 *   and `previous` keys until every token they signed has expired. It is the same (frozen)
 *   object until the keys are re-read, so a caller may cache what it derives from it.
 * - `verificationKey(kid)` accepts any published key; an unknown kid triggers one early re-read
 *   (another process may just have promoted its `next` key).
 * - A `next` key published for longer than the JWKS cache lifetime is promoted on load by
 *   whichever process sees it first (the promotion is atomic and idempotent).
 */
export interface KeyRing {
  signingKey(): Promise<{ kid: string; alg: string; key: CryptoKey }>;
  publicJwks(): Promise<{ keys: JWK[] }>;
  verificationKey(kid: string): Promise<CryptoKey | undefined>;
  /** Drops the cache, so the next call re-reads the database (after a rotation in this process). */
  invalidate(): void;
}

export function createKeyRing(deps: {
  signingKeys: SigningKeysStore;
  clock: Clock;
  config: Pick<Config, 'ACCESS_TOKEN_TTL_SECONDS'>;
}): KeyRing {
  const imported = new Map<string, Promise<LoadedKey>>();
  let snapshot: Snapshot | undefined;
  let loading: Promise<Snapshot> | undefined;

  const importKey = (k: SigningKey) => {
    let p = imported.get(k.kid);
    if (!p) {
      p = (async () => ({
        kid: k.kid,
        alg: k.alg,
        state: k.state,
        publicJwk: k.publicJwk as JWK,
        verifyKey: (await importJWK(k.publicJwk as JWK, k.alg)) as CryptoKey,
        signKey: (await importJWK(k.privateJwk as JWK, k.alg)) as CryptoKey,
      }))();
      imported.set(k.kid, p);
    }
    return p.then((loaded) => ({ ...loaded, state: k.state }));
  };

  async function readKeys(now: number): Promise<SigningKey[]> {
    let keys = await deps.signingKeys.active();
    const next = keys.find((k) => k.state === 'next');
    const due = next !== undefined && now - next.createdAt >= publishDelayMs();
    const noCurrent = !keys.some((k) => k.state === 'current');
    if (noCurrent && !next) await deps.signingKeys.insert(await generateSigningKey('current', now));
    if (due || (noCurrent && next)) await deps.signingKeys.promoteNext(now);
    if (noCurrent || due) keys = await deps.signingKeys.active();
    return keys;
  }

  async function load(): Promise<Snapshot> {
    const now = deps.clock.now();
    const keep = retainPreviousMs(deps.config);
    const keys = (await readKeys(now)).filter((k) => k.state !== 'previous' || (k.retiredAt ?? 0) + keep > now);
    const published = await Promise.all(keys.map(importKey));
    const current = published.find((k) => k.state === 'current');
    if (!current) throw new Error('no current signing key after bootstrap');
    const jwks = Object.freeze({ keys: Object.freeze(published.map((k) => k.publicJwk)) as JWK[] });
    return { loadedAt: now, current, published, jwks };
  }

  async function get(force = false): Promise<Snapshot> {
    const fresh = snapshot && !force && deps.clock.now() - snapshot.loadedAt < KEY_REFRESH_MS;
    if (fresh) return snapshot!;
    loading ??= load().finally(() => {
      loading = undefined;
    });
    snapshot = await loading;
    return snapshot;
  }

  /**
   * For publishing and verifying: when the re-read fails (the database is down), the keys last
   * read stay good. Without this, a database fault during a re-read made introspection answer
   * `active: false` for live tokens. Signing always waits for a fresh read, so a key rotated
   * away with --immediate never signs past KEY_REFRESH_MS.
   */
  async function getOrLast(force = false): Promise<Snapshot> {
    try {
      return await get(force);
    } catch (err) {
      if (snapshot) return snapshot;
      throw err;
    }
  }

  return {
    async signingKey() {
      const { current } = await get();
      return { kid: current.kid, alg: current.alg, key: current.signKey! };
    },
    async publicJwks() {
      return (await getOrLast()).jwks;
    },
    async verificationKey(kid) {
      let s = await getOrLast();
      let hit = s.published.find((k) => k.kid === kid);
      // A kid we have not seen may be a key another process just created: re-read once, but not
      // more than once per second, so garbage kids cannot hammer the database.
      if (!hit && deps.clock.now() - s.loadedAt > 1000) {
        s = await getOrLast(true);
        hit = s.published.find((k) => k.kid === kid);
      }
      return hit?.verifyKey;
    },
    invalidate() {
      snapshot = undefined;
    },
  };
}
