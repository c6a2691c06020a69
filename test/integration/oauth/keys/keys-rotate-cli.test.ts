import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../../../../service/storage/database.js';
import { createStores } from '../../../../service/storage/stores.js';
import { sqliteUrl } from '../../../helpers/test-databases.js';

vi.setConfig({ testTimeout: 120_000 });

const bin = fileURLToPath(new URL('../../../../bin/consentry.js', import.meta.url));
const run = promisify(execFile);

describe('consentry keys rotate', () => {
  it('stages a next key, reports it pending, and promotes it with --immediate', async () => {
    const databaseUrl = sqliteUrl();
    const rotate = async (...args: string[]) =>
      JSON.parse((await run(process.execPath, [bin, 'keys', 'rotate', ...args], { env: { ...process.env, DATABASE_URL: databaseUrl } })).stdout);
    const staged = await rotate();
    expect(staged).toEqual({ status: 'staged', kid: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/), promotes_at: expect.any(String) });
    expect(await rotate()).toEqual({ ...staged, status: 'pending' });
    expect(await rotate('--immediate')).toEqual({ status: 'promoted', kid: staged.kid });
    const db = openDatabase(databaseUrl);
    try {
      const keys = await createStores(db).signingKeys.active();
      expect(keys.map((k) => k.state).sort()).toEqual(['current', 'previous']);
      expect(keys.find((k) => k.state === 'current')?.kid).toBe(staged.kid);
    } finally {
      await db.close();
    }
  });
});
