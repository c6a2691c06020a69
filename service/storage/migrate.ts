import { sql, type Kysely } from 'kysely';
import type { Db } from './database.js';
import { migrations as all, type Migration } from './migrations/index.js';

/**
 * Apply pending migrations, each in its own transaction together with its bookkeeping row,
 * so a crash mid-migration leaves the schema at the previous version (SECURITY.md RL13).
 * Both engines support transactional DDL. On PostgreSQL an advisory lock keeps two processes
 * starting at once from racing.
 */
export async function migrate(db: Db, migrations: Migration[] = all): Promise<string[]> {
  const k = db.kysely as unknown as Kysely<any>;
  await k.schema
    .createTable('consentry_migrations')
    .ifNotExists()
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('applied_at', 'bigint', (c) => c.notNull())
    .execute();
  const applied: string[] = [];
  for (const m of migrations) {
    const done = await k.transaction().execute(async (trx) => {
      if (db.engine === 'postgres') await sql`select pg_advisory_xact_lock(715517)`.execute(trx);
      const row = await trx.selectFrom('consentry_migrations').select('name').where('name', '=', m.name).executeTakeFirst();
      if (row) return false;
      await m.up(trx);
      await trx.insertInto('consentry_migrations').values({ name: m.name, applied_at: Date.now() }).execute();
      return true;
    });
    if (done) applied.push(m.name);
  }
  return applied;
}
