import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMaintenance } from '../../../service/ops/maintenance.js';
import { sha256 } from '../../../service/ports/random.js';
import { createUser } from '../../helpers/fixtures.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';

let app: TestApp;
let now = Date.UTC(2026, 10, 26, 12);
const clock = { now: () => now };

beforeAll(async () => {
  app = await startTestApp({ overrides: { clock } });
});
afterAll(() => app.close());

describe('maintenance', () => {
  it('purges expired sessions and keeps live ones', async () => {
    const user = await createUser(app.deps, { email: 'm@example.test', password: 'correct horse battery staple' });
    const base = { userId: user.id, csrfToken: 'x', createdAt: now, lastSeenAt: now, ip: null, userAgent: null };
    await app.deps.stores.sessions.create({ ...base, idHash: sha256('old'), expiresAt: now - 1 });
    await app.deps.stores.sessions.create({ ...base, idHash: sha256('live'), expiresAt: now + 60_000 });

    const purged = await createMaintenance(app.deps).runOnce();

    expect(purged.sessions).toBe(1);
    expect(await app.deps.stores.sessions.active(sha256('live'), now)).toBeDefined();
    const left = await app.deps.db.kysely.selectFrom('sessions').select('id_hash').execute();
    expect(left.map((r) => r.id_hash)).toEqual([sha256('live')]);
  });
});
