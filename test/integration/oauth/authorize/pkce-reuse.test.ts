import { createHash, randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { StoredClient } from '../../../../service/storage/stores/clients-store.js';
import { PKCE, authorize, authzParams, registerClient } from '../../../helpers/oauth-flow.js';
import { useAuthorizeFixture } from './authorize-fixture.js';

describe('GET /oauth2/auth', () => {
  const fx = useAuthorizeFixture();
  let client: StoredClient;

  beforeAll(async () => {
    client = await registerClient(fx.app.deps, { account_id: fx.account.id, scopes: ['openid', 'zone.read'] });
  });

  const flags = async () =>
    (await fx.app.deps.stores.audit.forAccount(fx.account.id, { limit: 100 })).filter(
      (e) => e.action === 'oauth_client.pkce_challenge_reused' && e.targetId === client.client_id,
    );

  describe('P9 constant PKCE challenge', () => {
    it('serves a request that repeats an earlier code_challenge, and flags it in the owning account', async () => {
      const first = await authorize(fx.app, fx.session, authzParams(client, { code_challenge: PKCE.challenge }));
      expect(first.code).toBeTruthy();
      expect(await flags()).toHaveLength(0);

      const second = await authorize(fx.app, fx.session, authzParams(client, { code_challenge: PKCE.challenge }));
      expect(second.code).toBeTruthy();
      expect(second.code).not.toBe(first.code);
      const flagged = await flags();
      expect(flagged).toHaveLength(1);
      expect(flagged[0]).toMatchObject({ actorUserId: fx.user.id, targetType: 'oauth_client', data: {} });
    });

    it('does not flag a fresh challenge', async () => {
      const before = (await flags()).length;
      const challenge = createHash('sha256').update(randomBytes(32).toString('base64url')).digest('base64url');
      const res = await authorize(fx.app, fx.session, authzParams(client, { code_challenge: challenge }));
      expect(res.code).toBeTruthy();
      expect(await flags()).toHaveLength(before);
    });
  });
});
