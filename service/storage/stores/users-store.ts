import type { Db } from '../database.js';
import { isUniqueViolation } from '../unique-violation.js';

export interface User {
  id: string;
  email: string;
  name: string;
  passwordHash: string;
  createdAt: number;
  disabled: boolean;
}

/** Users; emails are stored lowercased and are unique. */
export interface UsersStore {
  /** Inserts a user; returns undefined when the email is taken. */
  create(user: User): Promise<User | undefined>;
  byId(id: string): Promise<User | undefined>;
  /** Case-insensitive lookup. */
  byEmail(email: string): Promise<User | undefined>;
  setPasswordHash(id: string, hash: string): Promise<void>;
  count(): Promise<number>;
}

export function createUsersStore(db: Db): UsersStore {
  const k = db.kysely;
  const toUser = (r: {
    id: string;
    email: string;
    name: string;
    password_hash: string;
    created_at: number;
    disabled: number;
  }): User => ({
    id: r.id,
    email: r.email,
    name: r.name,
    passwordHash: r.password_hash,
    createdAt: r.created_at,
    disabled: r.disabled === 1,
  });
  return {
    async create(u) {
      try {
        await k
          .insertInto('users')
          .values({
            id: u.id,
            email: u.email.toLowerCase(),
            name: u.name,
            password_hash: u.passwordHash,
            created_at: u.createdAt,
            disabled: u.disabled ? 1 : 0,
          })
          .execute();
        return { ...u, email: u.email.toLowerCase() };
      } catch (err) {
        if (isUniqueViolation(err)) return undefined;
        throw err;
      }
    },
    async byId(id) {
      const r = await k.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
      return r && toUser(r);
    },
    async byEmail(email) {
      const r = await k.selectFrom('users').selectAll().where('email', '=', email.toLowerCase()).executeTakeFirst();
      return r && toUser(r);
    },
    async setPasswordHash(id, hash) {
      await k.updateTable('users').set({ password_hash: hash }).where('id', '=', id).execute();
    },
    async count() {
      const r = await k.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      return Number(r.n);
    },
  };
}
