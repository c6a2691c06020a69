import { once } from 'node:events';
import { createServer } from 'node:http';
import { createRequestListener, type AppState } from '../app.js';
import { createDeps, type Deps } from '../deps.js';
import { createDrain } from '../http/drain.js';
import { migrate } from '../storage/migrate.js';
import { seedDemo } from '../demo/seed-demo.js';
import { createServicePoller } from '../domains/service-poller.js';
import { createMaintenance } from '../ops/maintenance.js';
import type { Command } from './command.js';

/** Migrate, seed the demo on an empty database, listen, and drain on SIGTERM/SIGINT (service/http/drain.ts). */
export const serveCommand: Command = {
  summary: 'migrate, seed the demo on first run, and serve HTTP',
  async run({ config }) {
    const started = performance.now();
    // Listen first, answering 503 until ready: with PORT=0 the real port must be known before
    // the issuer (PUBLIC_URL) is fixed, and a load balancer sees "not ready" during migrations.
    const server = createServer((_req, res) => {
      res.writeHead(503, { 'Retry-After': '1', 'Content-Type': 'application/json' }).end('{"status":"starting"}');
    });
    server.listen(config.PORT, config.HOST);
    await once(server, 'listening');
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.PORT;
    const url = config.PUBLIC_URL.replace(/:0$/, `:${port}`);
    let deps: Deps | undefined;
    let demo: Awaited<ReturnType<typeof seedDemo>> | undefined;
    try {
      deps = createDeps({ ...config, PUBLIC_URL: url });
      await migrate(deps.db);
      // A database that reads but cannot be written (read-only server, full disk) stops
      // start-up here with one line (main.ts), rather than a service whose every write fails.
      await deps.db.probeWrite();
      await deps.keys.signingKey(); // creates the first signing key on an empty database
      demo = config.DEMO_SEED ? await seedDemo(deps) : undefined;
    } catch (err) {
      server.close();
      await deps?.db.close();
      throw err;
    }
    const state: AppState = { draining: false };
    const drain = createDrain(server, createRequestListener(deps, state), deps.logger);
    server.removeAllListeners('request');
    server.on('request', drain.listener);
    // Pending challenges and daily re-checks; leases in the database keep processes from doubling up.
    const poller = createServicePoller(deps);
    poller.start();
    // Expired sessions, pending authorization requests and old codes are deleted periodically.
    const maintenance = createMaintenance(deps);
    maintenance.start();
    deps.logger.info({ url, ms: Math.round(performance.now() - started) }, 'consentry ready');
    process.stdout.write(`\nConsentry is running at ${url}\n`);
    if (demo) process.stdout.write(demo.banner);

    // SIGTERM (an orchestrator) drains with the delay a load balancer needs; SIGINT (Ctrl-C at
    // a terminal) has nobody to wait for. Both handlers go at the first signal, so a second one
    // ends the process at once.
    const signal = await new Promise<NodeJS.Signals>((resolve) => {
      const first = (s: NodeJS.Signals) => {
        process.off('SIGTERM', first);
        process.off('SIGINT', first);
        resolve(s);
      };
      process.on('SIGTERM', first);
      process.on('SIGINT', first);
    });
    deps.logger.info({ signal }, 'shutting down');
    let pollerStopped: Promise<void> | undefined;
    await drain.drain({
      delayMs: signal === 'SIGTERM' ? config.SHUTDOWN_DELAY_SECONDS * 1000 : 0,
      timeoutMs: config.SHUTDOWN_TIMEOUT_SECONDS * 1000,
      onDraining: () => {
        state.draining = true;
        // No new sweep starts; the one in flight finishes while requests drain.
        pollerStopped = poller.stop();
        maintenance.stop();
      },
    });
    await pollerStopped;
    // Only now: a request still in flight would otherwise fail on a closed pool.
    await deps.db.close();
    deps.logger.info('stopped: every response written, database closed');
    return 0;
  },
};
