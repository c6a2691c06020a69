import type { Expression, ExpressionBuilder, Kysely, SqlBool } from 'kysely';
import type { Db } from '../database.js';
import type { Database } from '../schema.js';

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

/**
 * What a guarded membership change did. `stale`: the member's role was no longer `from` (or the
 * member was gone) when the write ran, so nothing changed; read again and decide again.
 */
export type GuardedChange = 'done' | 'last_admin' | 'stale';

/** Accounts (organisations) and their memberships. */
export interface AccountsStore {
  /** Creates the account and, when given, its first admin, in one transaction. */
  create(a: Account, firstAdminUserId?: string): Promise<void>;
  byId(id: string): Promise<Account | undefined>;
  update(id: string, patch: Partial<Pick<Account, 'name' | 'thirdPartyAccess'>>): Promise<Account | undefined>;
  /** Accounts the user belongs to, with the user's role, oldest first. */
  forUser(userId: string): Promise<AccountWithRole[]>;
  membership(accountId: string, userId: string): Promise<Membership | undefined>;
  members(accountId: string): Promise<MemberView[]>;
  /** Adds or changes a membership (upsert). */
  putMember(m: Membership): Promise<void>;
  /**
   * Changes a member's role from `from` to `to`, unless the member is the account's last admin
   * and `to` is not admin. Check and write are one atomic step, so two admins demoting each other
   * at the same moment cannot leave the account without one (one of them gets `last_admin`).
   */
  changeRole(accountId: string, userId: string, from: Role, to: Role): Promise<GuardedChange>;
  /** Removes a member whose role is `role`, unless it is the account's last admin; atomic likewise. */
  removeMember(accountId: string, userId: string, role: Role): Promise<GuardedChange>;
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

  /**
   * Runs a membership write that must keep an admin. The write carries its own guard (the role it
   * expects, and for an admin leaving, "another admin exists" as a subquery). SQLite runs a write
   * statement under its database write lock, so the guard and the write are atomic as they are.
   * PostgreSQL evaluates the subquery on the statement's snapshot (READ COMMITTED), where two
   * concurrent demotions would each still see the other admin; so there the account row is
   * locked first, serialising membership changes within one account.
   */
  async function guarded(
    accountId: string,
    leavesAdmin: boolean,
    write: (trx: Kysely<Database>, keepsAnAdmin: (eb: ExpressionBuilder<Database, 'memberships'>) => Expression<SqlBool>) => Promise<number>,
  ): Promise<GuardedChange> {
    const keepsAnAdmin = (eb: ExpressionBuilder<Database, 'memberships'>) =>
      eb(
        eb.selectFrom('memberships as other').select((o) => o.fn.countAll<number>().as('n')).where('other.account_id', '=', accountId).where('other.role', '=', 'admin'),
        '>',
        1,
      );
    const run = async (trx: Kysely<Database>): Promise<GuardedChange> => {
      if (db.engine === 'postgres') await trx.selectFrom('accounts').select('id').where('id', '=', accountId).forUpdate().execute();
      if ((await write(trx, keepsAnAdmin)) > 0) return 'done';
      return leavesAdmin && (await trx.selectFrom('memberships').select('role').where('account_id', '=', accountId).where('role', '=', 'admin').limit(2).execute()).length < 2
        ? 'last_admin'
        : 'stale';
    };
    return db.engine === 'postgres' ? k.transaction().execute(run) : run(k);
  }

  return {
    async create(a, firstAdminUserId) {
      await k.transaction().execute(async (trx) => {
        await trx
          .insertInto('accounts')
          .values({
            id: a.id,
            name: a.name,
            first_party: a.firstParty ? 1 : 0,
            third_party_access: a.thirdPartyAccess ? 1 : 0,
            created_at: a.createdAt,
          })
          .execute();
        if (firstAdminUserId !== undefined) {
          await trx.insertInto('memberships').values({ account_id: a.id, user_id: firstAdminUserId, role: 'admin', created_at: a.createdAt }).execute();
        }
      });
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
    changeRole(accountId, userId, from, to) {
      return guarded(accountId, from === 'admin' && to !== 'admin', async (trx, keepsAnAdmin) => {
        const r = await trx
          .updateTable('memberships')
          .set({ role: to })
          .where('account_id', '=', accountId)
          .where('user_id', '=', userId)
          .where('role', '=', from)
          .$if(from === 'admin' && to !== 'admin', (q) => q.where(keepsAnAdmin))
          .executeTakeFirst();
        return Number(r.numUpdatedRows);
      });
    },
    removeMember(accountId, userId, role) {
      return guarded(accountId, role === 'admin', async (trx, keepsAnAdmin) => {
        const r = await trx
          .deleteFrom('memberships')
          .where('account_id', '=', accountId)
          .where('user_id', '=', userId)
          .where('role', '=', role)
          .$if(role === 'admin', (q) => q.where(keepsAnAdmin))
          .executeTakeFirst();
        return Number(r.numDeletedRows);
      });
    },
  };
}
