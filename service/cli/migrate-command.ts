import { openConfiguredDatabase } from '../storage/database.js';
import { migrate } from '../storage/migrate.js';
import type { Command } from './command.js';

export const migrateCommand: Command = {
  summary: 'apply pending database migrations',
  async run({ config, out }) {
    const db = openConfiguredDatabase(config);
    try {
      out({ applied: await migrate(db) });
      return 0;
    } finally {
      await db.close();
    }
  },
};
