import { z } from 'zod';
import type { ApiTokenResponse } from '../../shared/api/index.js';
import { NotFound } from '../../shared/errors/index.js';
import { displayText } from '../../shared/oauth/display-text.js';
import type { Deps } from '../deps.js';
import { sha256 } from '../ports/random.js';
import type { ApiToken } from '../storage/stores/api-tokens-store.js';
import type { User } from '../storage/stores/users-store.js';

/** Prefix that makes a leaked token recognisable to secret scanners (as `ghp_`, `glpat-` do). */
const API_TOKEN_PREFIX = 'cst_';

/** `/user/tokens/:id`: our ids are base64url; anything else cannot name a row. */
export const apiTokenParams = z.object({ id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be an id') });

/** A label the user picks to recognise the token later (e.g. "CI deploy"). */
export const tokenNameSchema = displayText(1, 100).describe('Token name, 1-100 characters.');

/** Checks a token name typed into the page form; the message names the field. */
export function checkTokenName(value: string | undefined): { ok: true; name: string } | { ok: false; message: string } {
  const r = tokenNameSchema.safeParse(value ?? '');
  return r.success ? { ok: true, name: r.data } : { ok: false, message: `Name: ${r.error.issues[0]!.message}.` };
}

type TokenDeps = Pick<Deps, 'stores' | 'clock' | 'random' | 'audit'>;

/** Creates a personal API token; the plaintext is returned once and only its hash is stored. */
export async function createPersonalApiToken(
  deps: TokenDeps,
  user: User,
  name: string,
  ip: string | null,
): Promise<{ token: ApiToken; plaintext: string }> {
  const now = deps.clock.now();
  const plaintext = `${API_TOKEN_PREFIX}${deps.random.token(32)}`;
  const token: ApiToken = {
    id: deps.random.orderedId(now),
    userId: user.id,
    name,
    tokenHash: sha256(plaintext),
    createdAt: now,
    lastUsedAt: null,
    revokedAt: null,
  };
  await deps.stores.apiTokens.create(token);
  await deps.audit.record({ accountId: null, actorUserId: user.id, action: 'api_token.created', targetType: 'api_token', targetId: token.id, data: { name }, ip });
  return { token, plaintext };
}

/** Revokes one of the user's live tokens; another user's or an already revoked token is 404. */
export async function revokePersonalApiToken(deps: TokenDeps, user: User, id: string, ip: string | null): Promise<void> {
  const revoked = await deps.stores.apiTokens.revoke(user.id, id, deps.clock.now());
  if (!revoked) throw new NotFound('no such API token');
  await deps.audit.record({ accountId: null, actorUserId: user.id, action: 'api_token.revoked', targetType: 'api_token', targetId: id, ip });
}

/** The JSON form of a token (never its hash). */
export function apiTokenToWire(t: ApiToken): ApiTokenResponse {
  const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
  return { id: t.id, name: t.name, created_at: iso(t.createdAt)!, last_used_at: iso(t.lastUsedAt), revoked_at: iso(t.revokedAt) };
}
