import type { ScopeCatalogInput } from './scope-catalog-schema.js';

/**
 * The catalog Consentry ships with, modelled on Cloudflare's API-token permission groups.
 * Operators can replace it with their own JSON file (validated by `parseScopeCatalog`).
 * Order matters: categories and scopes are shown on the consent page in this order.
 */
export const defaultCatalog = {
  version: 1,
  scopes: [
    // Protocol scopes (OpenID Connect Core §5.4, §11).
    { id: 'openid', name: 'Sign you in', category: 'Identity', description: 'Lets the app confirm who you are with a unique identifier for your user.', risk: 'identity', protocol: true },
    { id: 'profile', name: 'Basic profile', category: 'Identity', description: 'Lets the app see your name and profile picture.', risk: 'identity', protocol: true },
    { id: 'email', name: 'Email address', category: 'Identity', description: 'Lets the app see your email address and whether it is verified.', risk: 'identity', protocol: true },
    { id: 'offline_access', name: 'Offline access', category: 'Identity', description: 'Lets the app keep the access you grant, even when you are not using it, until you revoke it.', risk: 'write', protocol: true, lasting: true },

    { id: 'account.read', name: 'Read account', category: 'Account', description: 'Lets the app see the accounts you choose and their basic details.', risk: 'read' },
    { id: 'account-settings.read', name: 'Read account settings', category: 'Account', description: 'Lets the app see the settings of the accounts you choose.', risk: 'read' },
    { id: 'account-settings.write', name: 'Edit account settings', category: 'Account', description: 'Lets the app change the settings of the accounts you choose.', risk: 'write' },
    { id: 'billing.read', name: 'Read billing', category: 'Account', description: 'Lets the app see invoices, subscriptions and payment details of the accounts you choose.', risk: 'read' },
    { id: 'audit-logs.read', name: 'Read audit logs', category: 'Account', description: 'Lets the app read the audit log of who changed what in the accounts you choose.', risk: 'read' },
    { id: 'analytics.read', name: 'Read analytics', category: 'Account', description: 'Lets the app read traffic and usage analytics of the accounts you choose.', risk: 'read' },
    { id: 'api-tokens.read', name: 'Read API tokens', category: 'Account', description: 'Lets the app list API tokens and the permissions each one carries.', risk: 'read' },
    { id: 'api-tokens.write', name: 'Manage API tokens', category: 'Account', description: 'Lets the app create, change and delete API tokens, which can grant any permission you hold.', risk: 'admin' },

    { id: 'user-details.read', name: 'Read user details', category: 'User', description: 'Lets the app see your user profile, including your name, email and preferences.', risk: 'read' },
    { id: 'user-details.write', name: 'Edit user details', category: 'User', description: 'Lets the app change your user profile and preferences.', risk: 'write' },

    { id: 'memberships.read', name: 'Read memberships', category: 'Memberships', description: 'Lets the app see the members of the accounts you choose and their roles.', risk: 'read' },
    { id: 'memberships.write', name: 'Manage memberships', category: 'Memberships', description: 'Lets the app invite and remove members and change their roles.', risk: 'admin' },

    { id: 'zone.read', name: 'Read zones', category: 'Zone', description: 'Lets the app list your zones (domains) and see their status.', risk: 'read' },
    { id: 'zone.write', name: 'Edit zones', category: 'Zone', description: 'Lets the app add, pause and delete zones.', risk: 'write' },
    { id: 'zone-settings.read', name: 'Read zone settings', category: 'Zone', description: 'Lets the app see caching, security and performance settings of your zones.', risk: 'read' },
    { id: 'zone-settings.write', name: 'Edit zone settings', category: 'Zone', description: 'Lets the app change caching, security and performance settings of your zones.', risk: 'write' },

    { id: 'dns.read', name: 'Read DNS records', category: 'DNS', description: 'Lets the app see the DNS records of your zones.', risk: 'read' },
    { id: 'dns.write', name: 'Edit DNS records', category: 'DNS', description: 'Lets the app create, change and delete DNS records, which decides where your domains point.', risk: 'write' },

    { id: 'ssl-certs.read', name: 'Read SSL/TLS certificates', category: 'SSL/TLS', description: 'Lets the app see the certificates and TLS settings of your zones.', risk: 'read' },
    { id: 'ssl-certs.write', name: 'Manage SSL/TLS certificates', category: 'SSL/TLS', description: 'Lets the app order, upload and delete certificates for your zones.', risk: 'write' },

    { id: 'workers-scripts.read', name: 'Read Workers scripts', category: 'Workers', description: 'Lets the app read the code and settings of your Workers.', risk: 'read' },
    { id: 'workers-scripts.write', name: 'Edit Workers scripts', category: 'Workers', description: 'Lets the app deploy, change and delete the code of your Workers.', risk: 'write' },
    { id: 'workers-routes.read', name: 'Read Workers routes', category: 'Workers', description: 'Lets the app see which URLs of your zones run which Worker.', risk: 'read' },
    { id: 'workers-routes.write', name: 'Edit Workers routes', category: 'Workers', description: 'Lets the app decide which Worker runs on which URL of your zones.', risk: 'write' },

    { id: 'kv.read', name: 'Read KV storage', category: 'KV', description: 'Lets the app list your KV namespaces and read the keys and values in them.', risk: 'read' },
    { id: 'kv.write', name: 'Edit KV storage', category: 'KV', description: 'Lets the app create namespaces and write or delete keys in your KV storage.', risk: 'write' },

    { id: 'r2.read', name: 'Read R2 storage', category: 'R2', description: 'Lets the app list your R2 buckets and download the objects in them.', risk: 'read' },
    { id: 'r2.write', name: 'Edit R2 storage', category: 'R2', description: 'Lets the app create buckets and upload, overwrite or delete objects in R2.', risk: 'write' },

    { id: 'd1.read', name: 'Read D1 databases', category: 'D1', description: 'Lets the app list your D1 databases and run read-only queries on them.', risk: 'read' },
    { id: 'd1.write', name: 'Edit D1 databases', category: 'D1', description: 'Lets the app create and delete D1 databases and change the data in them.', risk: 'write' },

    { id: 'pages.read', name: 'Read Pages projects', category: 'Pages', description: 'Lets the app see your Pages projects, their deployments and build settings.', risk: 'read' },
    { id: 'pages.write', name: 'Edit Pages projects', category: 'Pages', description: 'Lets the app deploy, roll back and delete your Pages projects.', risk: 'write' },

    { id: 'queues.read', name: 'Read Queues', category: 'Queues', description: 'Lets the app list your queues and see their consumers and backlog.', risk: 'read' },
    { id: 'queues.write', name: 'Edit Queues', category: 'Queues', description: 'Lets the app create and delete queues and send or purge messages.', risk: 'write' },

    { id: 'ai.read', name: 'Read AI models', category: 'AI', description: 'Lets the app list the AI models and settings available to your accounts.', risk: 'read' },
    { id: 'ai.run', name: 'Run AI models', category: 'AI', description: 'Lets the app run AI models on your behalf, which is billed to your account.', risk: 'write' },

    { id: 'logs.read', name: 'Read logs', category: 'Logs', description: 'Lets the app read request logs and Logpush jobs, which may contain visitor data.', risk: 'read' },
    { id: 'logs.write', name: 'Manage log delivery', category: 'Logs', description: 'Lets the app create and change Logpush jobs that send your logs to other destinations.', risk: 'write' },
  ],
} as const satisfies ScopeCatalogInput;

/** Ids of the scopes in {@link defaultCatalog}. */
export type DefaultScopeId = (typeof defaultCatalog.scopes)[number]['id'];
