import { Router } from 'express';
import { createRequireCsrf } from '../auth/csrf.js';
import { requireUserPage } from '../auth/require-user-page.js';
import type { Deps } from '../deps.js';
import type { VerificationPoller } from '../domains/verification-poller.js';
import { createCheckVerificationPageEndpoint } from './pages/check-verification-page-endpoint.js';
import { createMakePublicFormEndpoint, createMakePublicPageEndpoint } from './pages/make-public-page-endpoint.js';
import { createRestartVerificationPageEndpoint } from './pages/restart-verification-page-endpoint.js';
import { formBody } from '../http/body-parsers.js';
import { htmlErrors } from '../http/error-style.js';
import { createClientDeletePageEndpoint } from './pages/client-delete-page-endpoint.js';
import { createClientDetailPageEndpoint } from './pages/client-detail-page-endpoint.js';
import { createClientListPageEndpoint } from './pages/client-list-page-endpoint.js';
import { createClientNewPageEndpoint } from './pages/client-new-page-endpoint.js';
import { createCreateClientPageEndpoint } from './pages/create-client-page-endpoint.js';
import { createDeleteClientPageEndpoint } from './pages/delete-client-page-endpoint.js';
import { createFinishRotationPageEndpoint } from './pages/finish-rotation-page-endpoint.js';
import { createRotateSecretPageEndpoint } from './pages/rotate-secret-page-endpoint.js';
import { createUpdateClientPageEndpoint } from './pages/update-client-page-endpoint.js';

/**
 * `/accounts/:account/clients` dashboard pages (server-rendered, no JS needed). Errors render
 * as HTML pages; every POST is a form with the session's CSRF token.
 */
export function createClientPagesRouter(deps: Deps, poller: Pick<VerificationPoller, 'checkNow'>): Router {
  const router = Router({ mergeParams: true });
  const form = [formBody, createRequireCsrf(deps)];
  router.use(htmlErrors, requireUserPage);
  router.get('/', createClientListPageEndpoint(deps));
  router.post('/', ...form, createCreateClientPageEndpoint(deps));
  router.get('/new', createClientNewPageEndpoint(deps));
  router.get('/:client_id', createClientDetailPageEndpoint(deps));
  router.post('/:client_id', ...form, createUpdateClientPageEndpoint(deps));
  router.post('/:client_id/rotate_secret', ...form, createRotateSecretPageEndpoint(deps));
  router.post('/:client_id/rotate_secret/finish', ...form, createFinishRotationPageEndpoint(deps));
  router.get('/:client_id/delete', createClientDeletePageEndpoint(deps));
  router.post('/:client_id/delete', ...form, createDeleteClientPageEndpoint(deps));
  // Domain verification and promotion.
  router.post('/:client_id/verification/check', ...form, createCheckVerificationPageEndpoint({ ...deps, poller }));
  router.post('/:client_id/verification/restart', ...form, createRestartVerificationPageEndpoint(deps));
  router.get('/:client_id/make_public', createMakePublicPageEndpoint(deps));
  router.post('/:client_id/make_public', ...form, createMakePublicFormEndpoint(deps));
  return router;
}
