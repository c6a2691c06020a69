import SQLite from 'better-sqlite3';
import { Kysely, sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compileOnce } from '../../../../service/storage/compiled-query.js';
import { DurableSqliteDialect } from '../../../../service/storage/durable-sqlite-dialect.js';

interface Db {
  t: { id: number; v: string; n: number | null };
}

describe('compileOnce', () => {
  let db: Kysely<Db>;

  beforeEach(async () => {
    db = new Kysely<Db>({ dialect: new DurableSqliteDialect(new SQLite(':memory:'), undefined) });
    await sql`create table t (id integer primary key, v text not null, n integer)`.execute(db);
    await db.insertInto('t').values([{ id: 1, v: 'a', n: 1 }, { id: 2, v: 'b', n: null }]).execute();
  });

  afterEach(async () => {
    await db.destroy();
  });

  it('builds the query once and runs it with the values of each call', async () => {
    let builds = 0;
    const byId = compileOnce((p: { id: number }) => {
      builds++;
      return db.selectFrom('t').selectAll().where('id', '=', p.id);
    });
    expect(await byId.first(db, { id: 1 })).toEqual({ id: 1, v: 'a', n: 1 });
    expect(await byId.first(db, { id: 2 })).toEqual({ id: 2, v: 'b', n: null });
    expect(await byId.first(db, { id: 3 })).toBeUndefined();
    expect(builds).toBe(1);
  });

  it('fills a parameter used twice, keeps literal values, and binds null', async () => {
    const q = compileOnce((p: { x: number; n: number | null }) =>
      db
        .selectFrom('t')
        .select('id')
        .where((eb) => eb.or([eb('id', '=', p.x), eb('n', '=', p.x)]))
        .where('v', '!=', 'zzz')
        .where(sql<boolean>`${p.n} is null`),
    );
    expect(await q.rows(db, { x: 1, n: null })).toEqual([{ id: 1 }]);
    expect(await q.rows(db, { x: 2, n: null })).toEqual([{ id: 2 }]);
    expect(await q.rows(db, { x: 2, n: 5 })).toEqual([]);
  });

  it('runs writes in and out of a transaction and says how many rows changed', async () => {
    const set = compileOnce((p: { id: number; v: string }) => db.updateTable('t').set({ v: p.v }).where('id', '=', p.id));
    expect(await set.run(db, { id: 1, v: 'x' })).toBe(1);
    expect(await set.run(db, { id: 9, v: 'x' })).toBe(0);
    await expect(
      db.transaction().execute(async (trx) => {
        await set.run(trx, { id: 2, v: 'y' });
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await db.selectFrom('t').select('v').orderBy('id').execute()).toEqual([{ v: 'x' }, { v: 'b' }]);
  });

  it('refuses a missing parameter and a spread of the placeholders', async () => {
    const q = compileOnce((p: { id: number }) => db.selectFrom('t').selectAll().where('id', '=', p.id));
    await expect(q.first(db, {} as { id: number })).rejects.toThrow(TypeError);
    const spread = compileOnce((p: { id: number; v: string; n: null }) => db.insertInto('t').values({ ...p }));
    await expect(spread.run(db, { id: 3, v: 'c', n: null })).rejects.toThrow(/cannot be spread/);
  });
});
