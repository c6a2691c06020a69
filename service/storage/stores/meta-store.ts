import type { Db } from '../database.js';

/** Small facts about the installation itself (e.g. `demo_seeded`), one value per key. */
export interface MetaStore {
  get(key: string): Promise<string | undefined>;
  /**
   * Sets `key` only if it is not set yet; true for the one caller that set it. Atomic on both
   * engines (insert … on conflict do nothing), so two processes starting at once cannot both win.
   */
  claim(key: string, value: string): Promise<boolean>;
}

export function createMetaStore(db: Db): MetaStore {
  const k = db.kysely;
  return {
    async get(key) {
      const r = await k.selectFrom('meta').select('value').where('key', '=', key).executeTakeFirst();
      return r?.value;
    },
    async claim(key, value) {
      const r = await k
        .insertInto('meta')
        .values({ key, value })
        .onConflict((oc) => oc.column('key').doNothing())
        .executeTakeFirst();
      return Number(r.numInsertedOrUpdatedRows ?? 0) > 0;
    },
  };
}
