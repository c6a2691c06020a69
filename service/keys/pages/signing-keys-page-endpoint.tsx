import type { RequestHandler, Response } from 'express';
import { requireAuth } from '../../auth/auth-context.js';
import { csrfTokenFor } from '../../auth/csrf.js';
import type { Deps } from '../../deps.js';
import { pickParams } from '../../http/pick-params.js';
import { SigningKeysPage } from '../../ui/pages/signing-keys-page.js';
import { renderPage } from '../../ui/render-page.js';
import { operatorAdminAccount } from '../operator-admin.js';
import { rotateSigningKeys, type RotationResult } from '../rotate-signing-keys.js';

type KeysPageDeps = Pick<Deps, 'stores' | 'clock' | 'config' | 'keys' | 'audit'>;

/** `GET /admin/signing-keys`: operator admins see the published keys (404 for everyone else). */
export function createSigningKeysPageEndpoint(deps: KeysPageDeps): RequestHandler {
  return async (_req, res) => {
    const { user } = requireAuth(res);
    await renderKeys(deps, res, (await operatorAdminAccount(deps, user.id)).name);
  };
}

/** `POST /admin/signing-keys/rotate`: one step of the rolling rotation, audited in the operator account. */
export function createRotateSigningKeysEndpoint(deps: KeysPageDeps): RequestHandler {
  return async (req, res) => {
    const { user } = requireAuth(res);
    const operator = await operatorAdminAccount(deps, user.id);
    const immediate = pickParams(req.body, ['immediate']).immediate === 'true';
    const result = await rotateSigningKeys(deps, { immediate, actorUserId: user.id, accountId: operator.id });
    await renderKeys(deps, res, operator.name, describe(result));
  };
}

async function renderKeys(deps: KeysPageDeps, res: Response, operatorName: string, notice?: string): Promise<void> {
  const { user } = requireAuth(res);
  const keys = (await deps.stores.signingKeys.active()).map((k) => ({
    kid: k.kid,
    alg: k.alg,
    state: k.state,
    createdAt: new Date(k.createdAt).toISOString(),
    retiredAt: k.retiredAt === null ? null : new Date(k.retiredAt).toISOString(),
  }));
  renderPage(res, <SigningKeysPage user={user} csrfToken={csrfTokenFor(res)} operatorName={operatorName} keys={keys} notice={notice} />);
}

function describe(r: RotationResult): string {
  if (r.status === 'promoted') return `Key ${r.kid} now signs new tokens; the previous key stays published until its tokens expire.`;
  return `Key ${r.kid} is published and starts signing after ${new Date(r.promotes_at).toISOString()} (or when you rotate again).`;
}
