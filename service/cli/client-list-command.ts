import { listClients } from '../clients/list-clients.js';
import type { Command } from './command.js';
import { actingMember } from './acting-member.js';
import { parseFlags } from './parse-flags.js';
import { withCliDeps } from './with-cli-deps.js';

/** `consentry client list --account`: the account's clients, newest first (secrets as metadata only). */
export const clientListCommand: Command = {
  summary: 'list the OAuth clients of an account (--account [--as <email>])',
  async run({ config, args, out }) {
    const f = parseFlags(args, ['account', 'as'], ['account']);
    return withCliDeps(config, async (deps) => {
      const actor = await actingMember(deps, f.account!, f.as);
      out({ clients: await listClients(deps, { accountId: f.account!, actorUserId: actor.id }) });
      return 0;
    });
  },
};
