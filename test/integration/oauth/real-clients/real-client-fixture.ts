import { beforeAll } from 'vitest';
import type { StoredClient } from '../../../../service/storage/stores/clients-store.js';
import { registerConfidentialClient } from '../../../helpers/oauth-flow.js';
import { useAuthorizeFixture, type AuthorizeFixture } from '../authorize/authorize-fixture.js';

export const REDIRECT_URI = 'https://app.example.com/cb';

export interface RealClientFixture extends AuthorizeFixture {
  client: StoredClient;
  secret: string;
}

/** A signed-in user and a confidential client asking for identity, offline access and zone.read. */
export function useRealClientFixture(): RealClientFixture {
  const fx = useAuthorizeFixture() as RealClientFixture;
  beforeAll(async () => {
    const { client, secret } = await registerConfidentialClient(fx.app.deps, {
      account_id: fx.account.id,
      redirect_uris: [REDIRECT_URI],
      scopes: ['openid', 'zone.read'],
      optional_scopes: ['email', 'offline_access'],
    });
    fx.client = client;
    fx.secret = secret;
  });
  return fx;
}
