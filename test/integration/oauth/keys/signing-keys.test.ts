import { decodeProtectedHeader, importJWK, jwtVerify, type JWK } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rotateSigningKeys } from '../../../../service/keys/rotate-signing-keys.js';
import { createKeyRing } from '../../../../service/keys/key-ring.js';
import { publishDelayMs } from '../../../../service/keys/key-timing.js';
import { exchange, introspect, mintCode, seedGrant, seedOAuthClient } from '../../../helpers/oauth-fixtures.js';
import { startTestApp, type TestApp } from '../../../helpers/test-app.js';

const clock = { t: Date.now(), now() { return this.t; } };
const jwks = async (app: TestApp) => (await (await fetch(`${app.url}/.well-known/jwks.json`)).json()) as { keys: JWK[] };

describe('signing keys and GET /.well-known/jwks.json', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ overrides: { clock } });
  });
  afterAll(() => app.close());

  async function accessToken() {
    const cA = await seedOAuthClient(app.deps);
    const r = await exchange(app, cA, await mintCode(app.deps, await seedGrant(app.deps, cA, ['zone.read'])));
    return { cA, at: r.body.access_token as string };
  }

  it('publishes only public ES256 keys, cacheable for 5 minutes', async () => {
    const res = await fetch(`${app.url}/.well-known/jwks.json`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=300');
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    const { keys } = (await res.json()) as { keys: JWK[] };
    expect(keys).toHaveLength(1);
    expect(Object.keys(keys[0]!).sort()).toEqual(['alg', 'crv', 'kid', 'kty', 'use', 'x', 'y']);
    expect(keys[0]).toMatchObject({ kty: 'EC', crv: 'P-256', alg: 'ES256', use: 'sig' });
  });

  it('S6: access tokens are at+jwt, ES256, with a kid from the JWKS, and verify with it', async () => {
    const { at } = await accessToken();
    const header = decodeProtectedHeader(at);
    expect(header).toEqual({ alg: 'ES256', kid: expect.any(String), typ: 'at+jwt' });
    const key = (await jwks(app)).keys.find((k) => k.kid === header.kid)!;
    const { payload } = await jwtVerify(at, await importJWK(key, 'ES256'), { issuer: app.url, typ: 'at+jwt', currentDate: new Date(clock.t) });
    expect(payload.client_id).toBeDefined();
  });

  it('S7: rotation publishes the next key first, then signs with it while the old key stays published', async () => {
    const before = await accessToken();
    const oldKid = decodeProtectedHeader(before.at).kid;
    const staged = await rotateSigningKeys(app.deps);
    expect(staged).toMatchObject({ status: 'staged' });
    const during = (await jwks(app)).keys.map((k) => k.kid);
    expect(during.sort()).toEqual([staged.kid, oldKid].sort());
    // Not yet signing with the new key: verifiers may still hold the old JWKS.
    expect(decodeProtectedHeader((await accessToken()).at).kid).toBe(oldKid);

    // The publish delay: the JWKS max-age plus the key ring's re-read interval.
    clock.t += publishDelayMs() - 1_000;
    app.deps.keys.invalidate();
    const late = await accessToken();
    expect(decodeProtectedHeader(late.at).kid).toBe(oldKid);

    clock.t += 2_000; // 1 s past the delay: every verifier has seen the new key, it now signs
    app.deps.keys.invalidate();
    const after = await accessToken();
    expect(decodeProtectedHeader(after.at).kid).toBe(staged.kid);
    expect((await jwks(app)).keys.map((k) => k.kid).sort()).toEqual([staged.kid, oldKid].sort());
    // Tokens signed with the old key still verify and introspect active (docs/security.md S7).
    expect((await introspect(app, late.cA, late.at)).body.active).toBe(true);
    expect((await introspect(app, after.cA, after.at)).body.active).toBe(true);
  });

  it('S7: a token signed with the previous key stays valid until it expires, then the key leaves the JWKS', async () => {
    const before = await accessToken();
    const oldKid = decodeProtectedHeader(before.at).kid;
    const r = await rotateSigningKeys(app.deps, { immediate: true });
    expect(r).toMatchObject({ status: 'promoted' });
    expect((await introspect(app, before.cA, before.at)).body.active).toBe(true);
    expect((await jwks(app)).keys.map((k) => k.kid)).toContain(oldKid);
    clock.t += 300_000 + 90_000 + 1;
    app.deps.keys.invalidate();
    expect((await jwks(app)).keys.map((k) => k.kid)).toEqual([r.kid]);
  });

  it('two key rings on an empty database agree on one key (insert-if-absent)', async () => {
    const other = await startTestApp();
    try {
      const rings = Array.from({ length: 5 }, () => createKeyRing({ signingKeys: other.deps.stores.signingKeys, clock, config: other.deps.config }));
      const kids = await Promise.all(rings.map(async (k) => (await k.signingKey()).kid));
      expect(new Set(kids).size).toBe(1);
    } finally {
      await other.close();
    }
  });
});
