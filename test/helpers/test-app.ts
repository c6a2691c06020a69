import type { AddressInfo } from 'node:net';
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import { pino } from 'pino';
import { createRequestListener } from '../../service/app.js';
import { createPasswordHasher } from '../../service/auth/password-hasher.js';
import { loadConfig, type Config } from '../../service/config/config.js';
import { createDeps, type Deps, type DepsOverrides } from '../../service/deps.js';
import type { Engine } from '../../service/storage/database.js';
import { migrate } from '../../service/storage/migrate.js';
import { freshDatabaseUrl } from './test-databases.js';

export interface TestApp {
  url: string;
  deps: Deps;
  server: Server;
  close(): Promise<void>;
}

/**
 * The real app, in-process, over real HTTP on a free loopback port, on a fresh real database.
 * Password hashing keeps argon2id with lighter parameters so suites stay quick.
 */
export async function startTestApp(
  opts: { engine?: Engine; databaseUrl?: string; env?: Record<string, string>; overrides?: DepsOverrides } = {},
): Promise<TestApp> {
  // `databaseUrl` lets several instances share one database, as several processes would.
  const databaseUrl = opts.databaseUrl ?? (await freshDatabaseUrl(opts.engine ?? 'sqlite'));
  // Listen first so the issuer (PUBLIC_URL) is the URL tests reach the server at.
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const base: Config = loadConfig({
    DATABASE_URL: databaseUrl,
    PUBLIC_URL: url,
    DEMO_SEED: 'false',
    LOG_LEVEL: 'silent',
    ...opts.env,
  });
  const deps = createDeps(base, {
    logger: pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }),
    passwords: createPasswordHasher({ memoryCost: 1024, timeCost: 1 }),
    ...opts.overrides,
  });
  await migrate(deps.db);
  server.on('request', createRequestListener(deps));
  return {
    url,
    deps,
    server,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await deps.db.close();
    },
  };
}
