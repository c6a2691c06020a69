import { parseArgs } from 'node:util';
import { CliError } from './cli-error.js';

/** `--name value` flags of a sub-command, all strings, the listed ones required. */
export function parseFlags<const K extends string>(args: string[], names: readonly K[], required: readonly K[] = []): Record<K, string | undefined> {
  let values: Record<string, unknown>;
  try {
    values = parseArgs({
      args: joinValues(args, names),
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

/**
 * `--flag value` → `--flag=value` for our flags, so a value that starts with `-` (a random
 * base64url client_id can) is taken as the value instead of being refused as an option.
 */
function joinValues(args: string[], names: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const isFlag = a.startsWith('--') && !a.includes('=') && names.includes(a.slice(2));
    out.push(isFlag && i + 1 < args.length ? `${a}=${args[++i]}` : a);
  }
  return out;
}
