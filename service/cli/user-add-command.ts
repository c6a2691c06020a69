import { createUserWithPassword } from '../accounts/create-user.js';
import type { Command } from './command.js';
import { parseFlags } from './parse-flags.js';
import { withCliDeps } from './with-cli-deps.js';

/** `consentry user add --email --name [--password]`: prints the generated password when none is given. */
export const userAddCommand: Command = {
  summary: 'create a user (--email --name [--password]; prints a generated password once)',
  async run({ config, args, out }) {
    const f = parseFlags(args, ['email', 'name', 'password'], ['email', 'name']);
    return withCliDeps(config, async (deps) => {
      const password = f.password ?? deps.random.token(12);
      const user = await createUserWithPassword(deps, { email: f.email!, name: f.name!, password });
      out({
        user_id: user.id,
        email: user.email,
        name: user.name,
        ...(f.password === undefined ? { password } : {}),
      });
      return 0;
    });
  },
};
