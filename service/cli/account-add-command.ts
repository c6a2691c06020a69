import { z } from 'zod';
import { accountName } from '../accounts/account-input.js';
import { accountJson } from '../accounts/account-json.js';
import { createAccount } from '../accounts/create-account.js';
import { parseInput } from '../http/parse-input.js';
import { CliError } from './cli-error.js';
import type { Command } from './command.js';
import { parseFlags } from './parse-flags.js';
import { withCliDeps } from './with-cli-deps.js';

/** `consentry account add --name [--owner-email] [--first-party true]`: the operator creates an account. */
export const accountAddCommand: Command = {
  summary: 'create an account (--name [--owner-email <admin>] [--first-party true])',
  async run({ config, args, out }) {
    const f = parseFlags(args, ['name', 'owner-email', 'first-party'], ['name']);
    const firstParty = parseBoolean(f['first-party'] ?? 'false', '--first-party');
    return withCliDeps(config, async (deps) => {
      const { name } = parseInput(z.object({ name: accountName }), { name: f.name });
      const owner = f['owner-email'] === undefined ? undefined : await deps.stores.users.byEmail(f['owner-email']);
      if (f['owner-email'] !== undefined && !owner) throw new CliError(`no user has email ${f['owner-email']}; create one with "consentry user add"`);
      const account = await createAccount(deps, { name, firstParty, ownerUserId: owner?.id ?? null, actorUserId: null });
      const { role: _none, ...json } = accountJson(account, 'admin');
      out({ ...json, owner: owner ? { user_id: owner.id, email: owner.email } : null });
      return 0;
    });
  },
};

function parseBoolean(value: string, flag: string): boolean {
  if (value === 'true') return true;
  if (value === 'false') return false;
  throw new CliError(`${flag} must be true or false`);
}
