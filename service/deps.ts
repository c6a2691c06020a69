import { pino, type Logger } from 'pino';
import type { ScopeCatalog } from '../shared/scopes/scope-catalog.js';
import { createAuditRecorder, type AuditRecorder } from './audit/audit-recorder.js';
import { createPasswordHasher, type PasswordHasher } from './auth/password-hasher.js';
import type { Config } from './config/config.js';
import { loadScopeCatalog } from './config/load-scope-catalog.js';
import { createMetrics, type Metrics } from './http/metrics.js';
import type { HostChecker } from './domains/check-host.js';
import { createLazyHostChecker } from './domains/configured-host-checker.js';
import { createRateLimiters, defaultLimits, type Limits, type RateLimiters } from './http/rate-limiters.js';
import { createKeyRing, type KeyRing } from './keys/key-ring.js';
import { systemClock, type Clock } from './ports/clock.js';
import { systemRandom, type Random } from './ports/random.js';
import { openConfiguredDatabase, type Db } from './storage/database.js';
import { createStores, type Stores } from './storage/stores.js';

/**
 * Everything a module may depend on, built once by the composition root. Modules ask for a
 * narrow `Pick<Deps, …>` (CONTRIBUTING.md#dependencies-are-passed-in); nothing is a
 * module-level singleton.
 */
export interface Deps {
  config: Config;
  db: Db;
  stores: Stores;
  catalog: ScopeCatalog;
  clock: Clock;
  random: Random;
  logger: Logger;
  passwords: PasswordHasher;
  limiters: RateLimiters;
  metrics: Metrics;
  audit: AuditRecorder;
  /** Token signing keys (database-backed, cached per process). */
  keys: KeyRing;
  /** DNS TXT checks of client_uri hosts (a port: tests point it at dnsmasq or a responder). */
  hostChecker: HostChecker;
}

export interface DepsOverrides {
  clock?: Clock;
  random?: Random;
  logger?: Logger;
  passwords?: PasswordHasher;
  limits?: Partial<Limits>;
  hostChecker?: HostChecker;
}

export function createDeps(config: Config, o: DepsOverrides = {}): Deps {
  const logger = o.logger ?? pino({ level: config.LOG_LEVEL, base: { service: 'consentry' } });
  const catalog = loadScopeCatalog(config.SCOPE_CATALOG);
  const db = openConfiguredDatabase(config, logger);
  const stores = createStores(db);
  const clock = o.clock ?? systemClock;
  const random = o.random ?? systemRandom;
  return {
    config,
    db,
    stores,
    catalog,
    clock,
    random,
    logger,
    passwords: o.passwords ?? createPasswordHasher(),
    limiters: createRateLimiters(db, { ...defaultLimits, ...o.limits }),
    metrics: createMetrics(),
    audit: createAuditRecorder({ audit: stores.audit, clock, random }),
    keys: createKeyRing({ signingKeys: stores.signingKeys, clock, config }),
    hostChecker: o.hostChecker ?? createLazyHostChecker(config),
  };
}
