import type { Db } from '../database.js';

export type Role = 'admin' | 'developer' | 'member';

export interface Account {
  id: string;
  name: string;
  /** The operator's own account: its apps get the first-party shield. */
  firstParty: boolean;
  /** When false, members cannot authorize new public apps of other accounts. */
  thirdPartyAccess: boolean;
  createdAt: number;
}

export interface Membership {
  accountId: string;
  userId: string;
  role: Role;
  createdAt: number;
}

export interface MemberView extends Membership {
  email: string;
  name: string;
}

export interface AccountWithRole extends Account {
  role: Role;
}

/** Accounts (organisations) and their memberships. */
export interface AccountsStore {
  create(a: Account): Promise<void>;
  byId(id: string): Promise<Account | undefined>;
  update(id: string, patch: Partial<Pick<Account, 'name' | 'thirdPartyAccess'>>): Promise<Account | undefined>;
  /** Accounts the user belongs to, with the user's role, oldest first. */
  forUser(userId: string): Promise<AccountWithRole[]>;
  membership(accountId: string, userId: string): Promise<Membership | undefined>;
  members(accountId: string): Promise<MemberView[]>;
  /** Adds or changes a membership (upsert). */
  putMember(m: Membership): Promise<void>;
  /** Returns false when there was no such membership. */
  removeMember(accountId: string, userId: string): Promise<boolean>;
  countAdmins(accountId: string): Promise<number>;
}

type AccountRow = { id: string; name: string; first_party: number; third_party_access: number; created_at: number };
const toAccount = (r: AccountRow): Account => ({
  id: r.id,
  name: r.name,
  firstParty: r.first_party === 1,
  thirdPartyAccess: r.third_party_access === 1,
  createdAt: r.created_at,
});

export function createAccountsStore(db: Db): AccountsStore {
  const k = db.kysely;
  return {
    async create(a) {
      await k
        .insertInto('accounts')
        .values({
          id: a.id,
          name: a.name,
          first_party: a.firstParty ? 1 : 0,
          third_party_access: a.thirdPartyAccess ? 1 : 0,
          created_at: a.createdAt,
        })
        .execute();
    },
    async byId(id) {
      const r = await k.selectFrom('accounts').selectAll().where('id', '=', id).executeTakeFirst();
      return r && toAccount(r);
    },
    async update(id, patch) {
      const set: Partial<AccountRow> = {};
      if (patch.name !== undefined) set.name = patch.name;
      if (patch.thirdPartyAccess !== undefined) set.third_party_access = patch.thirdPartyAccess ? 1 : 0;
      if (Object.keys(set).length) await k.updateTable('accounts').set(set).where('id', '=', id).execute();
      return this.byId(id);
    },
    async forUser(userId) {
      const rows = await k
        .selectFrom('memberships as m')
        .innerJoin('accounts as a', 'a.id', 'm.account_id')
        .select(['a.id', 'a.name', 'a.first_party', 'a.third_party_access', 'a.created_at', 'm.role'])
        .where('m.user_id', '=', userId)
        .orderBy('a.created_at')
        .orderBy('a.id')
        .execute();
      return rows.map((r) => ({ ...toAccount(r), role: r.role }));
    },
    async membership(accountId, userId) {
      const r = await k
        .selectFrom('memberships')
        .selectAll()
        .where('account_id', '=', accountId)
        .where('user_id', '=', userId)
        .executeTakeFirst();
      return r && { accountId: r.account_id, userId: r.user_id, role: r.role, createdAt: r.created_at };
    },
    async members(accountId) {
      const rows = await k
        .selectFrom('memberships as m')
        .innerJoin('users as u', 'u.id', 'm.user_id')
        .select(['m.account_id', 'm.user_id', 'm.role', 'm.created_at', 'u.email', 'u.name'])
        .where('m.account_id', '=', accountId)
        .orderBy('m.created_at')
        .orderBy('u.email')
        .execute();
      return rows.map((r) => ({
        accountId: r.account_id,
        userId: r.user_id,
        role: r.role,
        createdAt: r.created_at,
        email: r.email,
        name: r.name,
      }));
    },
    async putMember(m) {
      await k
        .insertInto('memberships')
        .values({ account_id: m.accountId, user_id: m.userId, role: m.role, created_at: m.createdAt })
        .onConflict((oc) => oc.columns(['account_id', 'user_id']).doUpdateSet({ role: m.role }))
        .execute();
    },
    async removeMember(accountId, userId) {
      const r = await k
        .deleteFrom('memberships')
        .where('account_id', '=', accountId)
        .where('user_id', '=', userId)
        .executeTakeFirst();
      return Number(r.numDeletedRows) > 0;
    },
    async countAdmins(accountId) {
      const r = await k
        .selectFrom('memberships')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('account_id', '=', accountId)
        .where('role', '=', 'admin')
        .executeTakeFirstOrThrow();
      return Number(r.n);
    },
  };
}
