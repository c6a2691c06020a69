import { accountAddCommand } from './account-add-command.js';
import { clientCreateCommand } from './client-create-command.js';
import { clientDeleteCommand } from './client-delete-command.js';
import { clientListCommand } from './client-list-command.js';
import type { Command } from './command.js';
import { memberAddCommand } from './member-add-command.js';
import { keysRotateCommand } from './keys-rotate-command.js';
import { migrateCommand } from './migrate-command.js';
import { serveCommand } from './serve-command.js';
import { userAddCommand } from './user-add-command.js';

/** Every CLI command by its words (`"client create"`). */
export const commands: Record<string, Command> = {
  serve: serveCommand,
  start: serveCommand,
  migrate: migrateCommand,
  'user add': userAddCommand,
  'account add': accountAddCommand,
  'member add': memberAddCommand,
  'client create': clientCreateCommand,
  'client list': clientListCommand,
  'client delete': clientDeleteCommand,
  'keys rotate': keysRotateCommand,
};
