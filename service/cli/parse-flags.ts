import { parseArgs } from 'node:util';
import { CliError } from './cli-error.js';

/** `--name value` flags of a sub-command, all strings, the listed ones required. */
export function parseFlags<const K extends string>(args: string[], names: readonly K[], required: readonly K[] = []): Record<K, string | undefined> {
  let values: Record<string, unknown>;
  try {
    values = parseArgs({
      args,
      options: Object.fromEntries(names.map((n) => [n, { type: 'string' as const }])),
      allowPositionals: false,
      strict: true,
    }).values;
  } catch (err) {
    throw new CliError((err as Error).message);
  }
  for (const r of required) if (values[r] === undefined) throw new CliError(`missing --${r}`);
  return values as Record<K, string | undefined>;
}
