import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPasswordHasher } from '../../../../service/auth/password-hasher.js';
import { loadConfig } from '../../../../service/config/config.js';
import { createDeps } from '../../../../service/deps.js';
import { migrate } from '../../../../service/storage/migrate.js';
import { basic, exchange, expectOAuthError, mintCode, postForm, refresh, seedGrant, seedOAuthClient } from '../../../helpers/oauth-fixtures.js';
import type { TestApp } from '../../../helpers/test-app.js';
import { spawnServe } from '../../../helpers/spawn-serve.js';
import { sqliteUrl } from '../../../helpers/test-databases.js';

// Two cold starts of the CLI (tsx loader) per test: seconds each on a busy machine.
vi.setConfig({ testTimeout: 120_000 });

const children: ChildProcess[] = [];

/** `consentry serve` on `databaseUrl` as a child process; resolves with its URL once it listens. */
async function serve(databaseUrl: string): Promise<{ child: ChildProcess; app: TestApp }> {
  const { child, url } = await spawnServe({ DATABASE_URL: databaseUrl });
  children.push(child);
  return { child, app: { url } as TestApp };
}

afterEach(() => {
  for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
});

describe('durability across kill -9 (docs/security.md RL2 in miniature)', () => {
  it('keeps consumed codes consumed and rotated refresh tokens rotated after a crash', async () => {
    const databaseUrl = sqliteUrl();
    // Seed through the same stores the server uses, then hand the file to the server process.
    const deps = createDeps(loadConfig({ DATABASE_URL: databaseUrl, PORT: '0', LOG_LEVEL: 'silent' }), {
      passwords: createPasswordHasher({ memoryCost: 1024, timeCost: 1 }),
    });
    await migrate(deps.db);
    const cA = await seedOAuthClient(deps);
    const codeA = await mintCode(deps, await seedGrant(deps, cA, ['zone.read']));
    const cB = await seedOAuthClient(deps);
    const codeB = await mintCode(deps, await seedGrant(deps, cB, ['offline_access', 'zone.read']));
    await deps.db.close();

    const first = await serve(databaseUrl);
    expect((await exchange(first.app, cA, codeA)).status).toBe(200);
    const rt1 = (await exchange(first.app, cB, codeB)).body.refresh_token as string;
    const rotated = await refresh(first.app, cB, rt1);
    expect(rotated.status).toBe(200);
    const rt2 = rotated.body.refresh_token as string;
    first.child.kill('SIGKILL');
    await once(first.child, 'exit');

    const second = await serve(databaseUrl);
    expectOAuthError(await exchange(second.app, cA, codeA), 400, 'invalid_grant');
    const introspectRt1 = await postForm(second.app, '/oauth2/introspect', { token: rt1 }, { authorization: basic(cB.client.client_id, cB.secret!) });
    expect(introspectRt1.body).toEqual({ active: false });
    expect((await refresh(second.app, cB, rt2)).status).toBe(200);
    expectOAuthError(await refresh(second.app, cB, rt1), 400, 'invalid_grant');
  });
});
