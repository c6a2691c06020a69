import { sql, type Kysely } from 'kysely';

/**
 * Connected-apps listings page through a user's live grants newest first (keyset on created_at,
 * id). This partial index serves that order directly and covers the page's id lookup (revoked_at
 * is in it so SQLite need not read the row to check the condition), so a page
 * costs its own rows at 1,000,000 grants; for an account's members SQLite merges one index range
 * per member (memberships primary key gives the members) instead of reading every grant row.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('grants_user_live_newest')
    .on('grants')
    .columns(['user_id', 'created_at', 'id', 'revoked_at'])
    .where(sql.ref('revoked_at'), 'is', null)
    .execute();
}
