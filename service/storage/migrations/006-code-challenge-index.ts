import type { Kysely } from 'kysely';

/**
 * Lets the authorization endpoint ask cheaply whether a client sent the same PKCE challenge
 * before (RFC 9700 §2.1.1: a constant challenge defeats PKCE and should be detected).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('authorization_codes_client_challenge').on('authorization_codes').columns(['client_id', 'code_challenge']).execute();
}
