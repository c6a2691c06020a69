import { sql, type Kysely, type Transaction } from 'kysely';
import type { Db } from './database.js';
import { migrations as all, type Migration } from './migrations/index.js';

/** Key of the PostgreSQL advisory lock every migrating process takes first. */
const MIGRATION_LOCK = 715517;

/**
 * Apply pending migrations, each in its own transaction together with its bookkeeping row,
 * so a crash mid-migration leaves the schema at the previous version (docs/security.md RL13).
 * Both engines support transactional DDL.
 *
 * Any number of processes may start at once on one empty database (docs/security.md RL14):
 * every transaction takes the engine's write lock before it touches anything, the migrations
 * table included (on PostgreSQL an advisory lock, since two concurrent CREATE TABLE IF NOT
 * EXISTS collide on the table's row type; on SQLite BEGIN IMMEDIATE), then re-reads what is
 * applied. The first process applies each migration, the others wait for it and find it done.
 */
export async function migrate(db: Db, migrations: Migration[] = all): Promise<string[]> {
  const k = db.kysely as unknown as Kysely<any>;
  const locked = <T>(work: (trx: Transaction<any>) => Promise<T>) =>
    k
      .transaction()
      .setAccessMode('read write')
      .execute(async (trx) => {
        if (db.engine === 'postgres') await sql`select pg_advisory_xact_lock(${sql.lit(MIGRATION_LOCK)})`.execute(trx);
        return work(trx);
      });
  const isApplied = async (trx: Transaction<any>, name: string) =>
    (await trx.selectFrom('consentry_migrations').select('name').where('name', '=', name).executeTakeFirst()) !== undefined;

  const done = await locked(async (trx) => {
    await trx.schema
      .createTable('consentry_migrations')
      .ifNotExists()
      .addColumn('name', 'text', (c) => c.primaryKey())
      .addColumn('applied_at', 'bigint', (c) => c.notNull())
      .execute();
    const rows = await trx.selectFrom('consentry_migrations').select('name').execute();
    return new Set(rows.map((r) => r.name as string));
  });
  const applied: string[] = [];
  for (const m of migrations) {
    if (done.has(m.name)) continue;
    const ran = await locked(async (trx) => {
      // Another process may have applied it while this one waited for the lock.
      if (await isApplied(trx, m.name)) return false;
      await m.up(trx);
      await trx.insertInto('consentry_migrations').values({ name: m.name, applied_at: Date.now() }).execute();
      return true;
    });
    if (ran) applied.push(m.name);
  }
  return applied;
}
