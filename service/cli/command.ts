import type { Config } from '../config/config.js';

export interface CommandContext {
  config: Config;
  args: string[];
  /** Prints a JSON document on stdout. */
  out(value: unknown): void;
}

export interface Command {
  summary: string;
  /** Returns the process exit code (serve resolves only at shutdown). */
  run(ctx: CommandContext): Promise<number>;
}
