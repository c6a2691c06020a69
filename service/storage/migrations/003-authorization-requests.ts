import type { Kysely } from 'kysely';

/**
 * Pending authorization requests: what `/oauth2/auth` validated, kept server-side between the
 * consent page and the consent POST so the form carries only an id (docs/security.md K2: approval
 * never transfers between transactions or users). Rows live 10 minutes and are single use.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('authorization_requests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('client_id', 'text', (c) => c.notNull().references('oauth_clients.client_id').onDelete('cascade'))
    .addColumn('params', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('expires_at', 'bigint', (c) => c.notNull())
    .addColumn('consumed_at', 'bigint')
    .execute();
  await db.schema.createIndex('authorization_requests_expires').on('authorization_requests').column('expires_at').execute();
}
