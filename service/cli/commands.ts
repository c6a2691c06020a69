import type { Command } from './command.js';
import { migrateCommand } from './migrate-command.js';
import { serveCommand } from './serve-command.js';

/** Every CLI command by its words (`"client create"`). */
export const commands: Record<string, Command> = {
  serve: serveCommand,
  start: serveCommand,
  migrate: migrateCommand,
};
