import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createPasswordHasher } from '../../../service/auth/password-hasher.js';
import { openDatabase } from '../../../service/storage/database.js';
import { createStores } from '../../../service/storage/stores.js';
import { sqliteUrl } from '../../helpers/test-databases.js';

// Each command is a fresh Node process (tsx loader, argon2id): seconds each on a busy CI box.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

const bin = fileURLToPath(new URL('../../../bin/consentry.js', import.meta.url));
const run = promisify(execFile);
const databaseUrl = sqliteUrl();

/** Runs `node bin/consentry.js …` on the test database; never throws, returns what the operator sees. */
async function consentry(...args: string[]): Promise<{ code: number; stdout: string; stderr: string; json: any }> {
  const env = { ...process.env, DATABASE_URL: databaseUrl, DEMO_SEED: 'false' };
  try {
    const { stdout, stderr } = await run('node', [bin, ...args], { env });
    return { code: 0, stdout, stderr, json: JSON.parse(stdout) };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr, json: undefined };
  }
}

async function withStores<T>(work: (s: ReturnType<typeof createStores>) => Promise<T>): Promise<T> {
  const db = openDatabase(databaseUrl);
  try {
    return await work(createStores(db));
  } finally {
    await db.close();
  }
}

let owner: { user_id: string; email: string; password: string };
let account: { id: string };

beforeAll(async () => {
  owner = (await consentry('user', 'add', '--email', 'Ops@Example.test', '--name', 'Ops')).json;
  account = (await consentry('account', 'add', '--name', 'Operator', '--owner-email', 'ops@example.test', '--first-party', 'true')).json;
});

describe('consentry user add', () => {
  it('creates the user and prints a generated password once, which verifies against the stored hash', async () => {
    expect(owner).toEqual({ user_id: expect.any(String), email: 'ops@example.test', name: 'Ops', password: expect.stringMatching(/^[\w-]{16}$/) });
    const stored = await withStores((s) => s.users.byEmail('ops@example.test'));
    expect(await createPasswordHasher().verify(stored!.passwordHash, owner.password)).toBe(true);
  });

  it('does not print a password it was given', async () => {
    const r = await consentry('user', 'add', '--email', 'dev@example.test', '--name', 'Dev', '--password', 'a long enough password');
    expect(r.code).toBe(0);
    expect(r.json).toEqual({ user_id: expect.any(String), email: 'dev@example.test', name: 'Dev' });
  });

  it('refuses a taken email and a short password with one line on stderr and exit 2', async () => {
    const taken = await consentry('user', 'add', '--email', 'ops@example.test', '--name', 'Again');
    expect(taken).toMatchObject({ code: 2, stdout: '', stderr: 'consentry: a user with email ops@example.test already exists\n' });
    const short = await consentry('user', 'add', '--email', 'x@example.test', '--name', 'X', '--password', 'short');
    expect(short).toMatchObject({ code: 2, stdout: '', stderr: 'consentry: password: Password must be at least 12 characters.\n' });
  });
});

describe('consentry account add', () => {
  it('creates a first-party account with the owner as admin', async () => {
    expect(account).toEqual({
      id: expect.any(String),
      name: 'Operator',
      first_party: true,
      third_party_app_access: true,
      created_at: expect.stringMatching(/^\d{4}-/),
      owner: { user_id: owner.user_id, email: 'ops@example.test' },
    });
    expect(await withStores((s) => s.accounts.membership(account.id, owner.user_id))).toMatchObject({ role: 'admin' });
  });

  it('refuses a bad --first-party value and an unknown owner', async () => {
    expect(await consentry('account', 'add', '--name', 'X', '--first-party', 'yes')).toMatchObject({
      code: 2,
      stderr: 'consentry: --first-party must be true or false\n',
    });
    expect(await consentry('account', 'add', '--name', 'X', '--owner-email', 'ghost@example.test')).toMatchObject({
      code: 2,
      stderr: 'consentry: no user has email ghost@example.test; create one with "consentry user add"\n',
    });
  });
});

describe('consentry member add', () => {
  it('adds an existing user with a role', async () => {
    const r = await consentry('member', 'add', '--account', account.id, '--email', 'dev@example.test', '--role', 'developer');
    expect(r.code).toBe(0);
    expect(r.json).toMatchObject({ account_id: account.id, email: 'dev@example.test', name: 'Dev', role: 'developer' });
  });

  it('refuses an unknown account, a bad role and an unknown flag with one line and exit 2', async () => {
    expect(await consentry('member', 'add', '--account', 'nope', '--email', 'dev@example.test', '--role', 'member')).toMatchObject({
      code: 2,
      stdout: '',
      stderr: 'consentry: no such account: nope\n',
    });
    const role = await consentry('member', 'add', '--account', account.id, '--email', 'dev@example.test', '--role', 'owner');
    expect(role.code).toBe(2);
    expect(role.stderr).toMatch(/^consentry: role: .+\n$/);
    const flag = await consentry('member', 'add', '--account', account.id, '--bogus', 'x');
    expect(flag.code).toBe(2);
    expect(flag.stderr).toMatch(/^consentry: .*--bogus.*\n$/);
    expect(flag.stderr.split('\n')).toHaveLength(2);
  });
});

describe('consentry client create / list / delete', () => {
  it('registers a confidential client, prints its secret once, lists it without the secret, and deletes it', async () => {
    const created = await consentry(
      'client', 'create', '--account', account.id, '--name', 'Ops Console',
      '--redirect-uri', 'https://ops.example.test/cb', '--scopes', 'openid profile',
    );
    expect(created.code).toBe(0);
    expect(created.json).toMatchObject({
      client_name: 'Ops Console',
      account_id: account.id,
      redirect_uris: ['https://ops.example.test/cb'],
      scopes: ['openid', 'profile'],
      token_endpoint_auth_method: 'client_secret_basic',
      visibility: 'private',
      client_id: expect.any(String),
      client_secret: expect.any(String),
    });
    const id = created.json.client_id as string;

    const listed = await consentry('client', 'list', '--account', account.id);
    expect(listed.code).toBe(0);
    expect(listed.json.clients.map((c: { client_id: string }) => c.client_id)).toEqual([id]);
    expect(listed.json.clients[0].client_secret).toBeUndefined();

    const deleted = await consentry('client', 'delete', '--client-id', id);
    expect(deleted).toMatchObject({ code: 0, json: { deleted: id, account_id: account.id } });
    expect((await consentry('client', 'list', '--account', account.id)).json).toEqual({ clients: [] });
    const events = await withStores((s) => s.audit.forAccount(account.id, { limit: 2 }));
    expect(events.map((e) => [e.action, e.actorUserId])).toEqual([
      ['oauth_client.deleted', owner.user_id],
      ['oauth_client.created', owner.user_id],
    ]);
  });

  it('registers a public native client', async () => {
    const r = await consentry(
      'client', 'create', '--account', account.id, '--name', 'Ops CLI', '--redirect-uri', 'http://127.0.0.1/callback', '--auth-method', 'none',
    );
    expect(r.code).toBe(0);
    expect(r.json).toMatchObject({ token_endpoint_auth_method: 'none', redirect_uris: ['http://127.0.0.1/callback'] });
    expect(r.json.client_secret).toBeUndefined();
  });

  it('refuses a bad redirect URI, an unknown client and a missing flag with one line and exit 2', async () => {
    const bad = await consentry('client', 'create', '--account', account.id, '--name', 'X', '--redirect-uri', 'https://x.example/cb#frag');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^consentry: redirect URI must not contain a fragment.*\n$/);
    expect(await consentry('client', 'delete', '--client-id', 'nope')).toMatchObject({ code: 2, stderr: 'consentry: no such OAuth client: nope\n' });
    expect(await consentry('client', 'list')).toMatchObject({ code: 2, stderr: 'consentry: missing --account\n' });
  });
});
