import { defaultCatalog } from '../scopes/default-catalog.js';
import type { ProviderScopeCatalog } from './provider-scope-catalog.js';

/**
 * Cloudflare: the ids of Consentry's own catalog (a Consentry service speaks for Cloudflare's
 * self-managed OAuth clients) plus the colon scopes wrangler asks for on `wrangler login`, exactly
 * as its source lists them; wrangler appends `offline_access` to every request. Two of wrangler's
 * ids use a dot (`websearch.run`, `challenge-widgets.write`), as its source spells them.
 */
export const cloudflareCatalog = {
  catalog: 'cloudflare',
  provider: 'Cloudflare',
  sources: [
    {
      title: 'wrangler scope list (cloudflare/workers-sdk packages/workers-auth/src/core/scopes.ts, re-exported by packages/wrangler/src/user/user.ts)',
      url: 'https://github.com/cloudflare/workers-sdk/blob/f8308360283f97d33e188aee2e19c1ef9c09524a/packages/workers-auth/src/core/scopes.ts',
      retrieved: '2026-12-07',
    },
    { title: 'Wrangler commands: login', url: 'https://developers.cloudflare.com/workers/wrangler/commands/#login', retrieved: '2026-12-07' },
  ],
  noScope: { risk: 'unknown', description: "A Consentry service grants the scopes the app registered, which the URL does not list; Cloudflare's own default is not documented." },
  version: 1,
  scopes: [
    ...defaultCatalog.scopes,

    { id: 'user:read', name: 'Read your user', category: 'User', description: 'Lets the app see your name, email address and the accounts you belong to.', risk: 'read' },
    { id: 'account:read', name: 'Read accounts', category: 'Account', description: 'Lets the app see your accounts, their analytics and their members.', risk: 'read' },
    { id: 'zone:read', name: 'Read zones', category: 'Zone', description: 'Lets the app see the zones (domains) of your accounts.', risk: 'read' },
    { id: 'ssl_certs:write', name: 'Manage mTLS certificates', category: 'SSL/TLS', description: 'Lets the app see, upload and delete the mTLS certificates of your accounts.', risk: 'write' },

    { id: 'workers:write', name: 'Edit Workers', category: 'Workers', description: 'Lets the app see and change your Workers, their scripts, routes, KV namespaces and zones.', risk: 'write' },
    { id: 'workers_scripts:write', name: 'Edit Workers scripts', category: 'Workers', description: 'Lets the app deploy, change and delete Workers scripts, Durable Objects, triggers and subdomains.', risk: 'write' },
    { id: 'workers_routes:write', name: 'Edit Workers routes', category: 'Workers', description: 'Lets the app decide which Worker runs on which URL of your zones.', risk: 'write' },
    { id: 'workers_tail:read', name: 'Tail Workers logs', category: 'Workers', description: 'Lets the app stream the live logs of your Workers, which may contain visitor data.', risk: 'read' },
    { id: 'workers_kv:write', name: 'Edit KV storage', category: 'KV', description: 'Lets the app create namespaces and read, write and delete keys in your Workers KV.', risk: 'write' },
    { id: 'd1:write', name: 'Edit D1 databases', category: 'D1', description: 'Lets the app create and delete D1 databases and read and change the data in them.', risk: 'write' },
    { id: 'pages:write', name: 'Edit Pages projects', category: 'Pages', description: 'Lets the app change the settings of your Pages projects and deploy them.', risk: 'write' },
    { id: 'queues:write', name: 'Edit Queues', category: 'Queues', description: 'Lets the app create and change your queues and send or read their messages.', risk: 'write' },
    { id: 'pipelines:write', name: 'Edit Pipelines', category: 'Pipelines', description: 'Lets the app create and change your Pipelines and the data flowing through them.', risk: 'write' },
    { id: 'secrets_store:write', name: 'Edit Secrets Store', category: 'Secrets', description: 'Lets the app create, change and delete the secrets and stores in your Secrets Store.', risk: 'write' },
    { id: 'containers:write', name: 'Manage Containers', category: 'Containers', description: 'Lets the app deploy and manage your Workers Containers.', risk: 'write' },
    { id: 'cloudchamber:write', name: 'Manage Cloudchamber', category: 'Containers', description: 'Lets the app deploy and manage your Cloudchamber containers.', risk: 'write' },
    { id: 'artifacts:write', name: 'Edit Artifacts', category: 'Artifacts', description: 'Lets the app create, change and delete your artifact registries and the artifacts in them.', risk: 'write' },
    { id: 'ai:write', name: 'Edit Workers AI', category: 'AI', description: 'Lets the app see and change your Workers AI catalog and assets.', risk: 'write' },
    { id: 'ai-search:write', name: 'Edit AI Search', category: 'AI', description: 'Lets the app see and change your AI Search instances and their data.', risk: 'write' },
    { id: 'ai-search:run', name: 'Run AI Search', category: 'AI', description: 'Lets the app run queries on your AI Search instances, billed to your account.', risk: 'write' },
    { id: 'websearch.run', name: 'Run Web Search', category: 'AI', description: 'Lets the app run Cloudflare Web Search queries, billed to your account.', risk: 'write' },
    { id: 'agent-memory:write', name: 'Edit Agent Memory', category: 'AI', description: 'Lets the app see and change your Agent Memory keys and namespaces.', risk: 'write' },
    { id: 'browser:write', name: 'Manage Browser Run', category: 'Browser', description: 'Lets the app start, see and manage your headless browser sessions.', risk: 'write' },
    { id: 'connectivity:admin', name: 'Manage Connectivity Directory', category: 'Connectivity', description: 'Lets the app create, change and bind to services in your Connectivity Directory, including ones reached through a Tunnel.', risk: 'write' },
    { id: 'email_routing:write', name: 'Edit Email Routing', category: 'Email', description: 'Lets the app change the rules and destination addresses that decide where email to your domains goes.', risk: 'write' },
    { id: 'email_sending:write', name: 'Edit Email Sending', category: 'Email', description: 'Lets the app change the settings of sending email from your domains.', risk: 'write' },
    { id: 'flagship:write', name: 'Edit feature flags', category: 'Flagship', description: 'Lets the app see and change your Flagship feature flags and apps.', risk: 'write' },
    { id: 'challenge-widgets.write', name: 'Edit Turnstile widgets', category: 'Turnstile', description: 'Lets the app create, change and delete your Turnstile widgets.', risk: 'write' },
  ],
} as const satisfies ProviderScopeCatalog;
