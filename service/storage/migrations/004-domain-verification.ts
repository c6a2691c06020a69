import type { Kysely } from 'kysely';

/**
 * DNS TXT verification of each client's `client_uri` host (issue 4): one row per client, with the
 * challenge shown to the developer, the polling schedule and a lease so that with several service
 * processes on one database each check runs once.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('domain_verifications')
    .addColumn('client_id', 'text', (c) => c.primaryKey().references('oauth_clients.client_id').onDelete('cascade'))
    .addColumn('host', 'text', (c) => c.notNull())
    .addColumn('token', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('record_name', 'text', (c) => c.notNull())
    .addColumn('record_value', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('checked_at', 'bigint')
    .addColumn('verified_at', 'bigint')
    .addColumn('last_error', 'text')
    .addColumn('consecutive_not_found', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_check_at', 'bigint', (c) => c.notNull())
    .addColumn('lease_owner', 'text')
    .addColumn('lease_until', 'bigint')
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  // claimDue scans by due time; the host index serves "who else verified this host" (issue 4 later).
  await db.schema.createIndex('domain_verifications_due').on('domain_verifications').column('next_check_at').execute();
  await db.schema.createIndex('domain_verifications_host').on('domain_verifications').column('host').execute();
}
