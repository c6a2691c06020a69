import { pino } from 'pino';
import { OAuthError } from '../../shared/errors/index.js';
import type { Config } from '../config/config.js';
import { createDeps, type Deps } from '../deps.js';
import { migrate } from '../storage/migrate.js';
import { CliError } from './cli-error.js';

/**
 * Opens the configured database, migrates it, runs `work` with the same Deps the server uses,
 * and closes. Logs go to stderr so stdout stays one JSON document; a refused operation
 * (bad input, unknown account, conflict) becomes a one-line CliError (exit 2).
 */
export async function withCliDeps<T>(config: Config, work: (deps: Deps) => Promise<T>): Promise<T> {
  const logger = pino({ level: config.LOG_LEVEL, base: { service: 'consentry-cli' } }, pino.destination({ dest: 2, sync: true }));
  const deps = createDeps(config, { logger });
  try {
    await migrate(deps.db);
    return await work(deps);
  } catch (err) {
    if (err instanceof OAuthError) throw new CliError(err.description);
    throw err;
  } finally {
    await deps.db.close();
  }
}
