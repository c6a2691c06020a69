import type { Compilable, CompiledQuery, Kysely, QueryResult } from 'kysely';

/** A Kysely instance or a transaction of one: whatever runs a compiled query. */
export type QueryRunner = Pick<Kysely<any>, 'executeQuery'>;

/** Stands for a named parameter in a query built once; replaced by its value at each run. */
class Placeholder {
  constructor(readonly name: string) {}
}

/** A query compiled once; each call runs the same SQL with fresh parameter values. */
export interface CompiledStatement<P, R> {
  /** Every row. */
  rows(db: QueryRunner, params: P): Promise<R[]>;
  /** The first row, if any. */
  first(db: QueryRunner, params: P): Promise<R | undefined>;
  /** Runs an INSERT, UPDATE or DELETE; returns how many rows it changed. */
  run(db: QueryRunner, params: P): Promise<number>;
}

/**
 * Builds and compiles a hot query once, instead of on every call. Kysely builds an immutable
 * syntax tree and compiles it to SQL each time a query runs (a tenth of a refresh request's CPU);
 * for a fixed query shape only the values change. `build` receives `p`, whose properties are
 * placeholders for named parameters: pass them where the builder takes a value
 * (`.where('id', '=', p.id)`, `.set({ last_used_at: p.now })`, `sql\`coalesce(x, ${p.now})\``).
 * Each run swaps the values in and executes the CompiledQuery through `db` (a Kysely instance or
 * a transaction), on either dialect; the SQLite dialect reuses its prepared statement by SQL text.
 *
 * Only scalar values can be parameters (no lists for `in`), and each must be given at every run
 * (`null`, never `undefined`): the column list and the SQL are fixed when compiled. Compiled on
 * first use, so start-up pays nothing for queries it never runs.
 *
 * @example
 *   const byId = compileOnce((p: { id: string }) => k.selectFrom('grants').selectAll().where('id', '=', p.id));
 *   const row = await byId.first(k, { id });
 */
export function compileOnce<P extends object, R>(build: (p: P) => Compilable<R>): CompiledStatement<P, R> {
  let compiled: { query: CompiledQuery<R>; slots: Array<Placeholder | { value: unknown }> } | undefined;

  const execute = (db: QueryRunner, params: P): Promise<QueryResult<R>> => {
    compiled ??= compile(build);
    const { query, slots } = compiled;
    const parameters = slots.map((slot) => {
      if (!(slot instanceof Placeholder)) return slot.value;
      const value = (params as Record<string, unknown>)[slot.name];
      if (value === undefined) throw new TypeError(`compiled query: parameter "${slot.name}" is missing (use null for NULL)`);
      return value;
    });
    return db.executeQuery<R>({ query: query.query, queryId: query.queryId, sql: query.sql, parameters });
  };

  return {
    async rows(db, params) {
      return (await execute(db, params)).rows;
    },
    async first(db, params) {
      return (await execute(db, params)).rows[0];
    },
    async run(db, params) {
      return Number((await execute(db, params)).numAffectedRows ?? 0n);
    },
  };
}

function compile<P, R>(build: (p: P) => Compilable<R>) {
  const p = new Proxy({} as Record<string, Placeholder>, {
    get: (_, name) => {
      if (typeof name !== 'string') throw new TypeError('compiled query: parameters are named by strings');
      return new Placeholder(name);
    },
    // `{ ...p }` would silently compile a query without those columns: name each parameter.
    ownKeys: () => {
      throw new TypeError('compiled query: name each parameter (p.x); p cannot be spread or enumerated');
    },
  }) as P;
  const query = build(p).compile();
  const slots = query.parameters.map((v) => (v instanceof Placeholder ? v : { value: v }));
  return { query, slots };
}
