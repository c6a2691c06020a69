import type { Kysely } from 'kysely';
import * as foundation from './001-foundation.js';
import * as oauth from './002-oauth.js';
import * as authorizationRequests from './003-authorization-requests.js';
import * as domainVerification from './004-domain-verification.js';
import * as grantsListingIndex from './005-grants-listing-index.js';
import * as codeChallengeIndex from './006-code-challenge-index.js';

export interface Migration {
  name: string;
  up(db: Kysely<any>): Promise<void>;
}

/** Every migration, in order. Append only; never edit one that has shipped. */
export const migrations: Migration[] = [
  { name: '001-foundation', up: foundation.up },
  { name: '002-oauth', up: oauth.up },
  { name: '003-authorization-requests', up: authorizationRequests.up },
  { name: '004-domain-verification', up: domainVerification.up },
  { name: '005-grants-listing-index', up: grantsListingIndex.up },
  { name: '006-code-challenge-index', up: codeChallengeIndex.up },
];
