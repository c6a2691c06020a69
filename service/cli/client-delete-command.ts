import { deleteClient } from '../clients/delete-client.js';
import { CliError } from './cli-error.js';
import type { Command } from './command.js';
import { actingMember } from './acting-member.js';
import { parseFlags } from './parse-flags.js';
import { withCliDeps } from './with-cli-deps.js';

/** `consentry client delete --client-id`: deletes a client and its secrets (its tokens stop working). */
export const clientDeleteCommand: Command = {
  summary: 'delete an OAuth client (--client-id [--as <email>])',
  async run({ config, args, out }) {
    const f = parseFlags(args, ['client-id', 'as'], ['client-id']);
    return withCliDeps(config, async (deps) => {
      const client = await deps.stores.clients.byId(f['client-id']!);
      if (!client) throw new CliError(`no such OAuth client: ${f['client-id']}`);
      const actor = await actingMember(deps, client.account_id, f.as);
      await deleteClient(deps, { accountId: client.account_id, actorUserId: actor.id, ip: null, clientId: client.client_id });
      out({ deleted: client.client_id, account_id: client.account_id });
      return 0;
    });
  },
};
