import { createClient } from '../clients/create-client.js';
import type { Command } from './command.js';
import { actingMember } from './acting-member.js';
import { parseFlags } from './parse-flags.js';
import { withCliDeps } from './with-cli-deps.js';

const words = (s: string) => s.split(/\s+/).filter(Boolean);

/**
 * `consentry client create --account --name --redirect-uri [--scopes "a b"] [--auth-method]`:
 * registers a client through the same operation as the API; a confidential client's secret is
 * printed this once.
 */
export const clientCreateCommand: Command = {
  summary: 'register an OAuth client (--account --name --redirect-uri "<uri> …" [--scopes "openid …"] [--auth-method] [--as <email>])',
  async run({ config, args, out }) {
    const f = parseFlags(args, ['account', 'name', 'redirect-uri', 'scopes', 'auth-method', 'as'], ['account', 'name', 'redirect-uri']);
    return withCliDeps(config, async (deps) => {
      const actor = await actingMember(deps, f.account!, f.as);
      const { client } = await createClient(deps, {
        accountId: f.account!,
        actorUserId: actor.id,
        ip: null,
        input: {
          client_name: f.name,
          redirect_uris: words(f['redirect-uri']!),
          scopes: words(f.scopes ?? 'openid'),
          ...(f['auth-method'] === undefined ? {} : { token_endpoint_auth_method: f['auth-method'] }),
        },
      });
      out(client);
      return 0;
    });
  },
};
