import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DurableSqliteDialect, WalSync } from '../../../../service/storage/durable-sqlite-dialect.js';

/** The real WalSync, recording when each real fsync starts and ends. */
class RecordingWalSync extends WalSync {
  fsyncs = 0;
  readonly order: string[] = [];
  protected override async fsync(): Promise<void> {
    this.fsyncs++;
    this.order.push('fsync');
    await super.fsync();
    this.order.push('synced');
  }
}

describe('DurableSqliteDialect', () => {
  let dir: string;
  let db: Kysely<{ t: { id: number; v: string } }>;
  let wal: RecordingWalSync;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'durable-dialect-'));
    const raw = new SQLite(join(dir, 'x.db'));
    raw.pragma('journal_mode = WAL');
    raw.pragma('synchronous = NORMAL');
    wal = new RecordingWalSync(join(dir, 'x.db'));
    db = new Kysely({ dialect: new DurableSqliteDialect(raw, wal) });
    await sql`create table t (id integer primary key, v text not null)`.execute(db);
    wal.fsyncs = 0;
    wal.order.length = 0;
  });

  afterEach(async () => {
    await db.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers a write only after the WAL fsync that covers it', async () => {
    await db.insertInto('t').values({ id: 1, v: 'a' }).execute();
    wal.order.push('answered');
    expect(wal.order).toEqual(['fsync', 'synced', 'answered']);
  });

  it('waits once for a transaction, after its commit', async () => {
    await db.transaction().execute(async (trx) => {
      await trx.insertInto('t').values({ id: 1, v: 'a' }).execute();
      await trx.updateTable('t').set({ v: 'b' }).where('id', '=', 1).execute();
      expect(wal.fsyncs).toBe(0);
    });
    expect(wal.fsyncs).toBe(1);
  });

  it('does not wait for reads or for an UPDATE that changed no row', async () => {
    await db.selectFrom('t').selectAll().execute();
    await db.updateTable('t').set({ v: 'x' }).where('id', '=', 42).execute();
    await db.deleteFrom('t').where('id', '=', 42).execute();
    expect(wal.fsyncs).toBe(0);
  });

  it('waits for an UPDATE … RETURNING only when it returned a row', async () => {
    await db.updateTable('t').set({ v: 'x' }).where('id', '=', 42).returningAll().execute();
    expect(wal.fsyncs).toBe(0);
    await db.insertInto('t').values({ id: 1, v: 'a' }).execute();
    await db.updateTable('t').set({ v: 'b' }).where('id', '=', 1).returningAll().execute();
    expect(wal.fsyncs).toBe(2);
  });

  it('shares fsyncs between concurrent writers, and every writer still waits for one after its commit', async () => {
    await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        db
          .insertInto('t')
          .values({ id: i, v: 'v' })
          .execute()
          .then(() => wal.order.push(`answered ${i}`)),
      ),
    );
    // The first writer's fsync runs while the other 49 commit; they share the next one.
    expect(wal.fsyncs).toBeLessThanOrEqual(3);
    // No writer is answered before an fsync has completed, and the last answers follow the last fsync.
    expect(wal.order.findIndex((e) => e.startsWith('answered'))).toBeGreaterThan(wal.order.indexOf('synced'));
    expect(wal.order.at(-1)).toMatch(/^answered/);
    expect(wal.order.lastIndexOf('synced')).toBeLessThan(wal.order.findLastIndex((e) => e.startsWith('answered')));
    expect(await db.selectFrom('t').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).toEqual({ n: 50 });
  });
});
