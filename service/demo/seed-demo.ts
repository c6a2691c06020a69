import { createClient } from '../clients/create-client.js';
import type { Deps } from '../deps.js';
import { createAccount } from '../accounts/create-account.js';
import { createUserWithPassword } from '../accounts/create-user.js';
import { demoBanner, type DemoLogin } from './demo-banner.js';

type SeedDeps = Pick<Deps, 'config' | 'stores' | 'catalog' | 'clock' | 'random' | 'passwords' | 'audit'>;

const OPERATOR = 'Consentry (demo operator)';
const ACME = 'Acme Robotics (demo)';

/** Sample clients of each kind a developer registers: confidential web app, native CLI, SPA. */
const ACME_CLIENTS = [
  { client_name: 'Acme Dashboard (demo)', redirect_uris: ['https://acme.example/callback'], token_endpoint_auth_method: 'client_secret_basic',
    scopes: ['openid', 'profile', 'email', 'zone.read', 'dns.read'], optional_scopes: ['dns.write'], client_uri: 'https://acme.example' },
  { client_name: 'Acme CLI (demo)', redirect_uris: ['http://127.0.0.1/callback'], token_endpoint_auth_method: 'none',
    scopes: ['openid', 'zone.read', 'dns.write', 'offline_access'] },
  { client_name: 'Acme Status Page (demo)', redirect_uris: ['https://status.acme.example/callback'], token_endpoint_auth_method: 'none',
    scopes: ['openid', 'analytics.read'], client_uri: 'https://status.acme.example' },
];
const OPERATOR_CLIENT = { client_name: 'Operator Console (demo)', redirect_uris: ['https://console.demo.consentry.test/callback'],
  token_endpoint_auth_method: 'client_secret_basic', scopes: ['openid', 'profile', 'email', 'account.read'] };

/**
 * On the first start of an empty database, creates a clearly labelled demo dataset (accounts,
 * three users with random passwords, sample clients) and returns a banner that prints the
 * logins once. Runs at most once per database: `meta.demo_seeded` is claimed atomically first,
 * so two processes starting together cannot both seed, and a database that ever had users is
 * never touched.
 */
export async function seedDemo(deps: SeedDeps): Promise<{ banner: string } | undefined> {
  if ((await deps.stores.users.count()) > 0) return undefined;
  if (!(await deps.stores.meta.claim('demo_seeded', new Date(deps.clock.now()).toISOString()))) return undefined;

  const password = () => deps.random.token(12);
  const logins: DemoLogin[] = [
    { email: 'admin@demo.consentry.test', name: 'Demo Admin', password: password(), roles: `admin of "${OPERATOR}" and "${ACME}"` },
    { email: 'dev@demo.consentry.test', name: 'Demo Developer', password: password(), roles: `developer of "${ACME}"` },
    { email: 'member@demo.consentry.test', name: 'Demo Member', password: password(), roles: `member of "${ACME}"` },
  ];
  const [admin, dev, member] = await Promise.all(logins.map((l) => createUserWithPassword(deps, l)));
  const operator = await createAccount(deps, { name: OPERATOR, firstParty: true, ownerUserId: admin!.id, actorUserId: null });
  const acme = await createAccount(deps, { name: ACME, ownerUserId: admin!.id, actorUserId: null });
  const now = deps.clock.now();
  await deps.stores.accounts.putMember({ accountId: acme.id, userId: dev!.id, role: 'developer', createdAt: now });
  await deps.stores.accounts.putMember({ accountId: acme.id, userId: member!.id, role: 'member', createdAt: now });

  const create = (accountId: string, input: Record<string, unknown>) =>
    createClient(deps, { accountId, actorUserId: admin!.id, ip: null, input });
  const clients = [];
  for (const input of ACME_CLIENTS) clients.push(await create(acme.id, input));
  clients.push(await create(operator.id, OPERATOR_CLIENT));
  return {
    banner: demoBanner({
      url: deps.config.PUBLIC_URL,
      logins,
      clients: clients.map((c) => ({ name: c.client.client_name, clientId: c.client.client_id, secret: c.clientSecret })),
    }),
  };
}
