import { parseArgs } from 'node:util';
import { createDeps } from '../deps.js';
import { rotateSigningKeys } from '../keys/rotate-signing-keys.js';
import { migrate } from '../storage/migrate.js';
import { CliError } from './cli-error.js';
import type { Command } from './command.js';

/**
 * `consentry keys rotate [--immediate]`: publishes a new signing key; running servers promote it
 * once every verifier can have seen it (or run the command again then). `--immediate` promotes
 * at once, for a compromised key.
 */
export const keysRotateCommand: Command = {
  summary: 'rotate the token signing key with overlap (--immediate: no publish delay)',
  async run({ config, args, out }) {
    let immediate = false;
    try {
      immediate = parseArgs({ args, options: { immediate: { type: 'boolean' } }, strict: true }).values.immediate === true;
    } catch (err) {
      throw new CliError((err as Error).message);
    }
    const deps = createDeps({ ...config, LOG_LEVEL: 'silent' });
    try {
      await migrate(deps.db);
      await deps.keys.signingKey(); // an empty database gets its first key before rotating it
      const r = await rotateSigningKeys(deps, { immediate });
      out('promotes_at' in r ? { ...r, promotes_at: new Date(r.promotes_at).toISOString() } : r);
      return 0;
    } finally {
      await deps.db.close();
    }
  },
};
