import { execFile } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DatabaseOpenError, openDatabase } from '../../../service/storage/database.js';
import { capturedLogger } from '../../helpers/captured-log.js';
import { expectFaultSurvived, FAULT_LOAD_LIMITS, FAULT_SEED, startFaultLoad, waitForReadiness } from '../../helpers/fault-load.js';
import { cookiePair, hiddenCsrf } from '../../helpers/fixtures.js';
import { mountSmallTmpfs, tmpfsRefusal, type SmallTmpfs } from '../../helpers/small-tmpfs.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';
import { sqliteUrl } from '../../helpers/test-databases.js';

vi.setConfig({ testTimeout: 60_000 });

const refused = tmpfsRefusal();
const onTmpfs = refused === null ? describe : describe.skip;
const skipNote = refused === null ? '' : ` (skipped: cannot mount a tmpfs here: ${refused})`;

/** Signs up through the real form: a page whose errors render as HTML, and which writes. */
async function signUp(app: TestApp, email: string): Promise<Response> {
  const form = await fetch(`${app.url}/signup`);
  const cookie = cookiePair(form.headers.getSetCookie(), 'consentry_csrf');
  return fetch(`${app.url}/signup`, {
    method: 'POST',
    redirect: 'manual',
    headers: { cookie, 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
    body: new URLSearchParams({ _csrf: hiddenCsrf(await form.text()), name: 'Full Disk', email, password: 'correct horse battery staple' }),
  });
}

/** SQLite on a full disk (docs/security.md RL5): say so, acknowledge nothing unstored, recover. */
onTmpfs(`SQLite on a full 16 MB tmpfs under token load (seed ${FAULT_SEED})${skipNote}`, () => {
  let fs: SmallTmpfs;
  let app: TestApp;
  const log = capturedLogger({ level: 'info' });

  beforeAll(async () => {
    fs = mountSmallTmpfs(16 * 1024 * 1024);
    app = await startTestApp({ databaseUrl: `sqlite:${join(fs.dir, 'consentry.db')}`, overrides: { limits: FAULT_LOAD_LIMITS, logger: log.logger } });
  });
  afterAll(async () => {
    await app?.close();
    fs?.unmount();
  });

  it('answers 503 with SQLITE_FULL in the log and /readyz 503 while writes fail, and serves again once space is freed', async () => {
    expect((await fetch(`${app.url}/readyz`)).status).toBe(200);
    const load = await startFaultLoad(app, { chains: 12, codes: 30 });
    await load.pause();

    const filler = fs.fill();
    const notReady = await waitForReadiness(app, 503);
    const ready = await fetch(`${app.url}/readyz`);
    expect({ status: ready.status, body: await ready.json(), retryAfter: ready.headers.get('retry-after') }).toEqual({
      status: 503,
      body: { status: 'unavailable', database: 'not writable' },
      retryAfter: '5',
    });
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
    // A page says it too, as a page.
    const page = await signUp(app, 'full@example.test');
    expect({ status: page.status, type: page.headers.get('content-type'), retryAfter: page.headers.get('retry-after') }).toEqual({
      status: 503,
      type: 'text/html; charset=utf-8',
      retryAfter: '5',
    });
    expect(await page.text()).toContain('<code>temporarily_unavailable</code>');

    rmSync(filler);
    await waitForReadiness(app, 200);
    await load.pause();
    await expectFaultSurvived(app, load);
    expect(notReady.at(-1)).toBe(503);
    expect((await signUp(app, 'roomy@example.test')).status).toBe(303);

    const answered = log.lines.filter((l) => l.msg === 'database unavailable; answered 503');
    expect(new Set(answered.map((l) => l.cause))).toEqual(new Set(['SQLITE_FULL']));
    expect(log.lines).toContainEqual(
      expect.objectContaining({ level: 40, database: 'not writable', cause: 'SQLITE_FULL', msg: 'not ready: /readyz answers 503 until the database recovers' }),
    );
    const readiness = log.lines.filter((l) => /^(not )?ready:/.test(String(l.msg)));
    expect(readiness.at(-1)).toMatchObject({ level: 30, msg: 'ready: the database answers and accepts writes' });
    expect(log.lines.filter((l) => l.msg === 'unhandled error')).toEqual([]);
    expect(JSON.stringify(log.lines)).not.toContain('cannot rollback');
  });
});

const bin = fileURLToPath(new URL('../../../bin/consentry.js', import.meta.url));

describe('starting on a database location that cannot be written', () => {
  it('says so in one line naming the path and the cause when the directory cannot be created', async () => {
    const blocker = sqliteUrl().slice('sqlite:'.length);
    writeFileSync(blocker, 'a file where a directory should be');
    const path = join(blocker, 'data', 'consentry.db');
    expect(() => openDatabase(`sqlite:${path}`)).toThrow(DatabaseOpenError);
    const run = await promisify(execFile)(process.execPath, [bin, 'serve'], {
      env: { ...process.env, DATABASE_URL: `sqlite:${path}`, PORT: '0', LOG_LEVEL: 'silent' },
    }).then(
      () => ({ code: 0, stderr: '' }),
      (err: { code: number; stderr: string }) => ({ code: err.code, stderr: err.stderr }),
    );
    expect(run).toEqual({
      code: 1,
      stderr: `consentry: cannot open the SQLite database ${path}: ENOTDIR: not a directory, mkdir '${join(blocker, 'data')}' (ENOTDIR)\n`,
    });
  });

  onTmpfs(`on a read-only file system${skipNote}`, () => {
    let fs: SmallTmpfs;
    beforeAll(async () => {
      fs = mountSmallTmpfs(1024 * 1024);
      const db = openDatabase(`sqlite:${join(fs.dir, 'consentry.db')}`);
      await db.close();
      fs.remount('ro');
    });
    afterAll(() => fs?.unmount());

    it('refuses an existing database file, and a new one, each in one line with the cause', () => {
      const existing = join(fs.dir, 'consentry.db');
      expect(() => openDatabase(`sqlite:${existing}`)).toThrow(
        new DatabaseOpenError(`cannot open the SQLite database ${existing}: unable to open database file (SQLITE_CANTOPEN); ${existing} is not writable (EROFS)`),
      );
      const fresh = join(fs.dir, 'new', 'consentry.db');
      expect(() => openDatabase(`sqlite:${fresh}`)).toThrow(
        new DatabaseOpenError(
          `cannot open the SQLite database ${fresh}: ENOENT: no such file or directory, mkdir '${join(fs.dir, 'new')}' (ENOENT); ${fs.dir} is not writable (EROFS)`,
        ),
      );
    });
  });
});
