import { z } from 'zod';
import { Role } from '../../shared/api/index.js';
import { emailSchema } from '../accounts/account-input.js';
import { memberJson } from '../accounts/account-json.js';
import { addMember } from '../accounts/add-member.js';
import { parseInput } from '../http/parse-input.js';
import { CliError } from './cli-error.js';
import type { Command } from './command.js';
import { parseFlags } from './parse-flags.js';
import { withCliDeps } from './with-cli-deps.js';

const flags = z.object({ email: emailSchema, role: Role });

/** `consentry member add --account --email --role`: adds an existing user to an account. */
export const memberAddCommand: Command = {
  summary: 'add a user to an account (--account --email --role admin|developer|member)',
  async run({ config, args, out }) {
    const f = parseFlags(args, ['account', 'email', 'role'], ['account', 'email', 'role']);
    return withCliDeps(config, async (deps) => {
      const input = parseInput(flags, { email: f.email, role: f.role });
      if (!(await deps.stores.accounts.byId(f.account!))) throw new CliError(`no such account: ${f.account}`);
      const member = await addMember(deps, { accountId: f.account!, actorUserId: null, ...input });
      out({ account_id: f.account, ...memberJson(member) });
      return 0;
    });
  },
};
