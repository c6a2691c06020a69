import { ConfigError, loadConfig } from './config/config.js';
import { commands } from './cli/commands.js';
import { CliError } from './cli/cli-error.js';
import { DatabaseOpenError } from './storage/database.js';
import { databaseFaultCause } from './storage/database-fault.js';

/**
 * The composition root and CLI entry (`consentry <command>`): the only module that reads
 * process.env. Each command gets the parsed config and its own arguments and prints JSON.
 */
export async function main(argv: string[], env: Record<string, string | undefined>): Promise<number> {
  const [name = 'help', ...rest] = argv;
  // Two-word commands (`user add`) first; `rest[0]` may be absent (`serve`).
  const key = rest[0] !== undefined && commands[`${name} ${rest[0]}`] ? `${name} ${rest[0]}` : name;
  const command = commands[key];
  const args = key === name ? rest : rest.slice(1);
  if (!command || name === 'help' || name === '--help') {
    process.stdout.write(usage());
    return command || name === 'help' || name === '--help' ? 0 : 2;
  }
  try {
    const config = loadConfig(env);
    return await command.run({ config, args, out: (v) => process.stdout.write(`${JSON.stringify(v, null, 2)}\n`) });
  } catch (err) {
    if (err instanceof ConfigError || err instanceof CliError) {
      process.stderr.write(`consentry: ${err.message}\n`);
      return 2;
    }
    // The database cannot be opened or does not answer: one line naming the cause, exit 1, so
    // an orchestrator restarts the process once the database is back.
    if (err instanceof DatabaseOpenError) {
      process.stderr.write(`consentry: ${err.message}\n`);
      return 1;
    }
    const cause = databaseFaultCause(err);
    if (cause) {
      process.stderr.write(`consentry: the database is unavailable (${cause}): ${(err as Error).message}\n`);
      return 1;
    }
    throw err;
  }
}

function usage(): string {
  const lines = Object.entries(commands).map(([k, c]) => `  consentry ${k.padEnd(16)} ${c.summary}`);
  return `Usage: consentry <command> [options]\n\nCommands:\n${lines.join('\n')}\n\nConfiguration is read from the environment (see README).\n`;
}
