import { afterEach, beforeEach } from 'vitest';
import type { Db, Engine } from '../../service/storage/database.js';
import { createStores, type Stores } from '../../service/storage/stores.js';
import type { Account } from '../../service/storage/stores/accounts-store.js';
import type { User } from '../../service/storage/stores/users-store.js';
import { openMigrated } from '../helpers/test-databases.js';

/** Epoch ms past 2^32 and with a millisecond part, so a lossy bigint round-trip would show. */
export const T0 = 1_767_225_600_123;

export interface StoreFixture {
  db: Db;
  stores: Stores;
}

/** A fresh migrated database per test on `engine`, closed afterwards. */
export function useStores(engine: Engine): StoreFixture {
  const fx = {} as StoreFixture;
  beforeEach(async () => {
    fx.db = await openMigrated(engine);
    fx.stores = createStores(fx.db);
  });
  afterEach(async () => {
    await fx.db.close();
  });
  return fx;
}

export function user(id: string, over: Partial<User> = {}): User {
  return { id, email: `${id}@example.test`, name: `User ${id}`, passwordHash: `hash-${id}`, createdAt: T0, disabled: false, ...over };
}

export function account(id: string, over: Partial<Account> = {}): Account {
  return { id, name: `Account ${id}`, firstParty: false, thirdPartyAccess: true, createdAt: T0, ...over };
}

/** Inserts users that rows of other aggregates reference. */
export async function seedUsers(stores: Stores, ...ids: string[]): Promise<void> {
  for (const id of ids) await stores.users.create(user(id));
}
