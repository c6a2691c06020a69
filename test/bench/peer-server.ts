import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BENCH_SCOPE, type AuthServer, type BenchClient } from './auth-server.js';
import { browse, codeFrom, CookieJar, formFields, inParallel, pkcePair } from './http-flow.js';
import { spawnServer } from './spawn-server.js';

const USERS = 4;

/**
 * node-oidc-provider in its own process with the same clients, minting codes through its real
 * interaction flow (its development login and consent forms, posted as a browser would), one
 * session per bench user; after the first consent, later authorizations return a code at once.
 */
export async function startPeer(clients: BenchClient[]): Promise<AuthServer> {
  const dir = mkdtempSync(join(tmpdir(), 'peer-bench-'));
  const clientsFile = join(dir, 'clients.json');
  writeFileSync(clientsFile, JSON.stringify(clients));
  const server = await spawnServer('oidc-provider', ['--import', 'tsx', new URL('./servers/peer-provider.ts', import.meta.url).pathname], {
    env: { BENCH_CLIENTS_FILE: clientsFile, NODE_ENV: 'production' },
  });
  const jars = Array.from({ length: USERS }, () => new CookieJar());
  const jarOf = new Map(clients.map((c, i) => [c.client_id, i % USERS]));

  const mintCode = async (client: BenchClient) => {
    const user = jarOf.get(client.client_id)!;
    const jar = jars[user]!;
    const { verifier, challenge } = pkcePair();
    const query = new URLSearchParams({
      response_type: 'code',
      client_id: client.client_id,
      redirect_uri: client.redirect_uri,
      scope: BENCH_SCOPE,
      state: 'xyz',
      code_challenge: challenge,
      code_challenge_method: 'S256',
    });
    let res = await browse(jar, `${server.url}/auth?${query}`);
    for (let step = 0; step < 10; step++) {
      const location = res.headers.get('location');
      const code = codeFrom(location, client.redirect_uri);
      if (code) return { client, code, verifier };
      if (!location) throw new Error(`oidc-provider answered ${res.status} without a redirect: ${(await res.text()).replace(/<style>[\s\S]*<\/style>/, "").replace(/<[^>]+>/g, " ").replace(/\s+/g, " ").slice(0, 400)}`);
      const next = new URL(location, server.url).href;
      if (/\/interaction\/[^/]+$/.test(new URL(next).pathname)) {
        const page = await (await browse(jar, next)).text();
        const fields = formFields(page);
        const form: Record<string, string> = fields.prompt?.[0] === 'login' ? { prompt: 'login', login: `bench${user}` } : { prompt: 'consent' };
        res = await browse(jar, next, form);
      } else {
        res = await browse(jar, next);
      }
    }
    throw new Error('oidc-provider: no code after 10 redirects');
  };
  // Interactions of one browser run one at a time (the interaction cookie is per browser), so each
  // user signs in once and consents to its clients in turn; the users go in parallel.
  await inParallel(USERS, USERS, async (u) => {
    for (let i = u; i < clients.length; i += USERS) await mintCode(clients[i]!);
  });
  return {
    name: 'oidc-provider',
    server,
    clients,
    paths: { token: '/token', introspect: '/token/introspection', discovery: '/.well-known/openid-configuration', jwks: '/jwks' },
    mintCode,
    async stop() {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
