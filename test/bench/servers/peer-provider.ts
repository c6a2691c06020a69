import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { exportJWK, generateKeyPair } from 'jose';
import Provider from 'oidc-provider';
import MemoryAdapter from 'oidc-provider/lib/adapters/memory_adapter.js';
import LRU from 'oidc-provider/lib/helpers/lru.js';

/**
 * node-oidc-provider configured like Consentry for the benchmark: the same confidential clients
 * (client_secret_basic), PKCE S256 required, refresh tokens issued and rotated on every use,
 * ES256 JWT access tokens for one resource server (resource indicators), introspection and
 * revocation on. Storage is its own in-memory adapter (nothing survives a restart), where
 * Consentry writes every code and rotation to SQLite with fsync; only the adapter's capacity is
 * raised, since its default LRU keeps 1,000 entries and would evict the codes a run mints.
 */
export interface PeerClient {
  client_id: string;
  client_secret: string;
  redirect_uri: string;
}

const RESOURCE = 'https://api.bench.test';
const SCOPE = 'offline_access account.read';
const clients = JSON.parse(readFileSync(process.env.BENCH_CLIENTS_FILE!, 'utf8')) as PeerClient[];

const { privateKey } = await generateKeyPair('ES256', { extractable: true });
const jwk = { ...(await exportJWK(privateKey)), alg: 'ES256', use: 'sig', kid: 'bench-es256' };

const server = createServer();
server.listen(0, '127.0.0.1');
await new Promise((r) => server.once('listening', r));
const address = server.address();
const issuer = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

const store = new LRU({ maxSize: 10_000_000 });
const provider = new Provider(issuer, {
  adapter: (model: string) => new MemoryAdapter(model, store),
  clients: clients.map((c) => ({
    client_id: c.client_id,
    client_secret: c.client_secret,
    redirect_uris: [c.redirect_uri],
    grant_types: ['authorization_code', 'refresh_token'],
    response_types: ['code'],
    token_endpoint_auth_method: 'client_secret_basic',
    scope: SCOPE,
    // The only signing key is ES256 (as Consentry's); ID tokens would default to RS256.
    id_token_signed_response_alg: 'ES256',
  })),
  jwks: { keys: [jwk] },
  scopes: ['openid', ...SCOPE.split(' ')],
  pkce: { required: () => true },
  rotateRefreshToken: true,
  issueRefreshToken: () => true,
  // Consentry's codes and tokens hang off the grant, not off the browser session.
  expiresWithSession: () => false,
  findAccount: (_ctx: unknown, sub: string) => ({ accountId: sub, claims: () => ({ sub }) }),
  cookies: { keys: ['bench-cookie-key-0123456789abcdef'] },
  ttl: { AccessToken: 300, AuthorizationCode: 60, RefreshToken: 2_592_000, Grant: 2_592_000, Session: 43_200, Interaction: 600 },
  features: {
    devInteractions: { enabled: true },
    introspection: { enabled: true },
    revocation: { enabled: true },
    resourceIndicators: {
      enabled: true,
      defaultResource: () => RESOURCE,
      useGrantedResource: () => true,
      getResourceServerInfo: () => ({ scope: 'account.read', accessTokenFormat: 'jwt', accessTokenTTL: 300, jwt: { sign: { alg: 'ES256' } } }),
    },
  },
});
server.on('request', provider.callback());
process.stdout.write(`oidc-provider at ${issuer}\n`);
process.once('SIGTERM', () => server.close(() => process.exit(0)));
