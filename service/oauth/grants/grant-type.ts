import type { Deps } from '../../deps.js';
import type { StoredClient } from '../../storage/stores/clients-store.js';
import type { TokenResponseBody } from '../../tokens/token-response.js';

export type GrantDeps = Pick<Deps, 'config' | 'stores' | 'clock' | 'random' | 'keys' | 'audit' | 'catalog'>;

/**
 * One grant type of the token endpoint (CONTRIBUTING.md#grant-types-are-a-registry; node-oidc-provider
 * `lib/actions/grants/index.js`): its `grant_type` value, the parameters it reads (allow-listed
 * before it runs) and its handler, which gets an authenticated client.
 */
export interface GrantType<P extends string = string> {
  grantType: string;
  parameters: readonly P[];
  handle(deps: GrantDeps, input: { client: StoredClient; params: Partial<Record<P, string>>; ip: string | null }): Promise<TokenResponseBody>;
}
