import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256 } from '../../../service/ports/random.js';
import { createUser, signIn } from '../../helpers/fixtures.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';

let now = Date.UTC(2026, 0, 1);
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ env: { SESSION_TTL_SECONDS: '3600' }, overrides: { clock: { now: () => now } } });
  await createUser(app.deps, { email: 'ada@example.com', password: 'correct horse battery staple' });
});
afterAll(() => app.close());

describe('createSessionMiddleware', () => {
  it('touches last_seen_at at most once a minute and ends the session at SESSION_TTL_SECONDS', async () => {
    const start = now;
    const { cookie } = await signIn(app, 'ada@example.com', 'correct horse battery staple');
    const hash = sha256(cookie.split('=')[1]!);
    const lastSeen = async () => (await app.deps.db.kysely.selectFrom('sessions').select('last_seen_at').where('id_hash', '=', hash).executeTakeFirstOrThrow()).last_seen_at;
    const get = () => fetch(`${app.url}/api/v1/user/tokens`, { headers: { cookie } });

    now = start + 30_000;
    expect((await get()).status).toBe(200);
    expect(Number(await lastSeen())).toBe(start);

    now = start + 61_000;
    expect((await get()).status).toBe(200);
    expect(Number(await lastSeen())).toBe(start + 61_000);

    now = start + 3_600_000;
    const expired = await get();
    expect(expired.status).toBe(401);
    // The stale cookie is cleared.
    expect(expired.headers.getSetCookie()).toContainEqual(expect.stringMatching(/^consentry_session=; /));
  });

  it('ignores a cookie that does not have the shape we issue, without a database lookup failure', async () => {
    const res = await fetch(`${app.url}/api/v1/user/tokens`, { headers: { cookie: "consentry_session=%00'; other=1" } });
    expect(res.status).toBe(401);
  });
});
