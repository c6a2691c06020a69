import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { createClient } from '../../service/clients/create-client.js';
import { loadConfig } from '../../service/config/config.js';
import { createDeps, type Deps } from '../../service/deps.js';
import { createAccountWithMember, createUser, signIn, type SignedIn } from '../helpers/fixtures.js';
import { authorize, authzParams } from '../helpers/oauth-flow.js';
import type { TestApp } from '../helpers/test-app.js';
import type { User } from '../../service/storage/stores/users-store.js';
import { BENCH_SCOPE, type AuthServer, type BenchClient } from './auth-server.js';
import { inParallel, pkcePair } from './http-flow.js';
import { spawnServer, type RunningServer } from './spawn-server.js';

const ROOT = new URL('../../', import.meta.url).pathname;

/**
 * `npm start` as an operator runs it in production, on a fresh SQLite file. BENCH_CONSENTRY_NODE_ARGS
 * adds Node flags, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof` to find a hot path.
 */
export async function spawnConsentry(dir: string): Promise<RunningServer> {
  const nodeArgs = process.env.BENCH_CONSENTRY_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
  return spawnServer('consentry', [...nodeArgs, join(ROOT, 'bin/consentry.js'), 'serve'], {
    env: {
      PORT: '0',
      HOST: '127.0.0.1',
      DEMO_SEED: 'false',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
      // No load balancer to wait for when the bench stops it.
      SHUTDOWN_DELAY_SECONDS: '0',
      DATABASE_URL: `sqlite:${join(dir, 'consentry.db')}`,
    },
    urlPattern: /Consentry is running at (http:\/\/\S+)/,
  });
}

export interface ConsentryUnderTest extends AuthServer {
  deps: Deps;
  /** Sessions of the bench users (cookie + CSRF token), signed in through the login form. */
  sessions: SignedIn[];
  /** A client nobody has consented to: its authorization request always renders the consent page. */
  consentOnlyClient: BenchClient;
  accountId: string;
  /** The first authorization of each client: the consent page, approved (throws if the flow is not there yet). */
  consentAll(): Promise<void>;
}

const USERS = 4;
const PASSWORD = 'bench-password-0123456789';

/**
 * Consentry in its own process, seeded the way an operator's users would be: users and an
 * account through the stores, clients through the same domain operation the API uses, sign-in
 * through the login form; `consentAll` then approves each client once on the real consent page
 * (each user consents to at most 50 clients: the consent limit is 60 per user per minute).
 */
export async function startConsentry(clientCount: number): Promise<ConsentryUnderTest> {
  const dir = mkdtempSync(join(tmpdir(), 'consentry-bench-'));
  const server = await spawnConsentry(dir);
  const config = loadConfig({ DATABASE_URL: `sqlite:${join(dir, 'consentry.db')}`, PUBLIC_URL: server.url, LOG_LEVEL: 'silent', DEMO_SEED: 'false' });
  const deps = createDeps(config, { logger: pino({ level: 'silent' }) });
  const app = { url: server.url, deps } as TestApp;
  try {
    const users: User[] = [];
    for (let u = 0; u < Math.max(USERS, Math.ceil(clientCount / 50)); u++) {
      users.push(await createUser(deps, { email: `bench${u}@bench.test`, password: PASSWORD }));
    }
    const account = await createAccountWithMember(deps, { userId: users[0]!.id, role: 'admin', name: 'Bench' });
    for (const user of users.slice(1)) {
      await deps.stores.accounts.putMember({ accountId: account.id, userId: user.id, role: 'member', createdAt: deps.clock.now() });
    }
    const register = async (i: number): Promise<BenchClient> => {
      const redirect_uri = `https://app${i}.bench.test/callback`;
      const made = await createClient(deps, {
        accountId: account.id,
        actorUserId: users[0]!.id,
        ip: null,
        input: {
          client_name: `Bench app ${i}`,
          redirect_uris: [redirect_uri],
          grant_types: ['authorization_code', 'refresh_token'],
          response_types: ['code'],
          token_endpoint_auth_method: 'client_secret_basic',
          scopes: BENCH_SCOPE.split(' '),
        },
      });
      return { client_id: made.client.client_id, client_secret: made.clientSecret!, redirect_uri };
    };
    const clients: BenchClient[] = [];
    for (let i = 0; i < clientCount; i++) clients.push(await register(i));
    const consentOnlyClient = await register(clientCount);
    const sessions: SignedIn[] = [];
    for (const user of users) sessions.push(await signIn(app, user.email, PASSWORD));
    const sessionOf = new Map(clients.map((c, i) => [c.client_id, sessions[i % sessions.length]!]));

    const mintCode = async (client: BenchClient) => {
      const { verifier, challenge } = pkcePair();
      const params = authzParams({ client_id: client.client_id, redirect_uris: [client.redirect_uri] }, { scope: BENCH_SCOPE, code_challenge: challenge });
      const result = await authorize(app, sessionOf.get(client.client_id)!, params);
      if (!result.code) throw new Error(`authorization gave no code (${result.error ?? result.location.href})`);
      return { client, code: result.code, verifier };
    };
    return {
      name: 'Consentry',
      server,
      deps,
      sessions,
      accountId: account.id,
      clients,
      consentOnlyClient,
      paths: {
        token: '/oauth2/token',
        introspect: '/oauth2/introspect',
        discovery: '/.well-known/oauth-authorization-server',
        jwks: '/.well-known/jwks.json',
      },
      mintCode,
      async consentAll() {
        await inParallel(clients.length, 8, (i) => mintCode(clients[i]!));
      },
      async stop() {
        await server.stop();
        await deps.db.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (err) {
    await server.stop();
    await deps.db.close();
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }
}
