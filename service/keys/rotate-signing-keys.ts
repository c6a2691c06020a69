import type { Deps } from '../deps.js';
import { generateSigningKey } from './generate-signing-key.js';
import { publishDelayMs, retainPreviousMs } from './key-timing.js';

export type RotationResult =
  | { status: 'staged'; kid: string; promotes_at: number }
  | { status: 'pending'; kid: string; promotes_at: number }
  | { status: 'promoted'; kid: string };

/**
 * One step of the rolling key rotation (node-oidc-provider's 4-step recipe; docs/security.md S7,
 * RL7), callable from the CLI (`consentry keys rotate`) and the admin UI:
 *
 * 1. No `next` key yet: create one. It is published in the JWKS at once but does not sign.
 * 2. Every process re-reads the keys within KEY_REFRESH_MS, verifiers re-fetch the JWKS within
 *    its max-age; after that the key ring promotes `next` to `current` on its own (or a second
 *    call here does), and the old key becomes `previous`.
 * 3. `previous` stays published until the tokens it signed have expired, then it is retired.
 *
 * `immediate` promotes without waiting (a compromised key): verifiers holding a cached JWKS
 * reject new tokens until they re-fetch it.
 */
export async function rotateSigningKeys(
  deps: Pick<Deps, 'stores' | 'clock' | 'config' | 'keys' | 'audit'>,
  opts: { immediate?: boolean; actorUserId?: string | null; accountId?: string | null } = {},
): Promise<RotationResult> {
  const now = deps.clock.now();
  await deps.stores.signingKeys.retirePrevious(now - retainPreviousMs(deps.config));
  let next = (await deps.stores.signingKeys.active()).find((k) => k.state === 'next');
  let staged = false;
  if (!next) {
    const created = await generateSigningKey('next', now);
    staged = await deps.stores.signingKeys.insert(created);
    next = (await deps.stores.signingKeys.active()).find((k) => k.state === 'next');
    if (!next) throw new Error('a next signing key could not be created');
  }
  const promotesAt = next.createdAt + publishDelayMs();
  let result: RotationResult;
  if (opts.immediate || now >= promotesAt) {
    await deps.stores.signingKeys.promoteNext(now);
    result = { status: 'promoted', kid: next.kid };
  } else {
    result = { status: staged ? 'staged' : 'pending', kid: next.kid, promotes_at: promotesAt };
  }
  deps.keys.invalidate();
  await deps.audit.record({
    accountId: opts.accountId ?? null,
    actorUserId: opts.actorUserId ?? null,
    action: `signing_key.${result.status}`,
    targetType: 'signing_key',
    targetId: next.kid,
    data: { immediate: opts.immediate === true },
    ip: null,
  });
  return result;
}
