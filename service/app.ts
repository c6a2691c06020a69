import express, { type Express } from 'express';
import { fileURLToPath } from 'node:url';
import { NotFound } from '../shared/errors/index.js';
import type { Deps } from './deps.js';
import { createErrorMapper } from './http/error-mapper.js';
import { paths } from './http/paths.js';
import { requestLogger } from './http/request-logger.js';
import { securityHeaders } from './http/security-headers.js';
import { createMetricsEndpoint, createReadyz, healthz } from './ops/health-endpoints.js';
import { renderErrorPage } from './ui/render-error-page.js';

export interface AppState {
  /** Set on SIGTERM: readiness turns 503 while in-flight requests drain. */
  draining: boolean;
}

const assetsDir = fileURLToPath(new URL('./ui/assets/', import.meta.url));

/**
 * The one route table (STYLE.md §3): operations, static assets, the public OAuth protocol
 * router, the management API, the dashboard pages, then 404 and the one error mapper.
 */
export function createApp(deps: Deps, state: AppState = { draining: false }): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', deps.config.TRUST_PROXY);
  app.set('query parser', 'simple');

  app.get(paths.healthz, healthz);
  app.get(paths.readyz, createReadyz(deps, state));
  app.get(paths.metrics, createMetricsEndpoint(deps));

  app.use(deps.metrics.observe);
  app.use(requestLogger(deps.logger));
  app.use(securityHeaders({ https: deps.config.PUBLIC_URL.startsWith('https:') }));
  app.use(paths.assets, express.static(assetsDir, { index: false, maxAge: '1h', fallthrough: false }));

  app.use((_req, _res, next) => next(new NotFound('no such page or endpoint')));
  app.use(createErrorMapper({ logger: deps.logger, renderErrorPage }));
  return app;
}
