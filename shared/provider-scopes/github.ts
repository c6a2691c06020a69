import type { ProviderScopeCatalog } from './provider-scope-catalog.js';

/**
 * GitHub OAuth app scopes. GitHub Apps use fine-grained permissions instead and send no scope.
 * A scope never grants more than the user already has (repo on an organisation needs membership).
 */
export const githubCatalog = {
  catalog: 'github',
  provider: 'GitHub',
  sources: [
    { title: 'Scopes for OAuth apps', url: 'https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/scopes-for-oauth-apps', retrieved: '2026-12-07' },
  ],
  noScope: { risk: 'identity', description: 'Read-only access to public information: your public profile, public repositories and gists.' },
  version: 1,
  scopes: [
    { id: 'read:user', name: 'Read your profile', category: 'Profile', description: 'Lets the app read all of your profile data.', risk: 'identity' },
    { id: 'user:email', name: 'Read your email addresses', category: 'Profile', description: 'Lets the app read all of your email addresses, including private ones.', risk: 'identity' },
    { id: 'user:follow', name: 'Follow and unfollow', category: 'Profile', description: 'Lets the app follow and unfollow other users as you.', risk: 'write' },
    { id: 'user', name: 'Edit your profile', category: 'Profile', description: 'Lets the app read and change your profile, see your email addresses and follow or unfollow people as you.', risk: 'write' },

    { id: 'repo', name: 'Full control of repositories', category: 'Repositories', description: 'Lets the app read and change code, issues, webhooks, collaborators and invitations in all your public and private repositories.', risk: 'write' },
    { id: 'repo:status', name: 'Commit statuses', category: 'Repositories', description: 'Lets the app read and set commit statuses in your public and private repositories, without access to the code.', risk: 'write' },
    { id: 'repo_deployment', name: 'Deployment statuses', category: 'Repositories', description: 'Lets the app read and set deployments and deployment statuses, without access to the code.', risk: 'write' },
    { id: 'public_repo', name: 'Public repositories', category: 'Repositories', description: 'Lets the app push code, open issues and change settings in your public repositories, and star repositories.', risk: 'write' },
    { id: 'repo:invite', name: 'Repository invitations', category: 'Repositories', description: 'Lets the app accept and decline your invitations to collaborate on repositories.', risk: 'write' },
    { id: 'security_events', name: 'Security events', category: 'Repositories', description: 'Lets the app read and change code scanning and other security alerts of your repositories.', risk: 'write' },
    { id: 'workflow', name: 'Update GitHub Actions workflows', category: 'Repositories', description: 'Lets the app add and change workflow files, which run code with access to your repository secrets.', risk: 'write' },
    { id: 'delete_repo', name: 'Delete repositories', category: 'Repositories', description: 'Lets the app delete any repository you can administer.', risk: 'admin' },

    { id: 'read:repo_hook', name: 'Read repository webhooks', category: 'Webhooks', description: 'Lets the app list and read the webhooks of your repositories.', risk: 'read' },
    { id: 'write:repo_hook', name: 'Write repository webhooks', category: 'Webhooks', description: 'Lets the app create and change webhooks that send your repository events to other servers.', risk: 'write' },
    { id: 'admin:repo_hook', name: 'Manage repository webhooks', category: 'Webhooks', description: 'Lets the app create, change, ping and delete the webhooks of your repositories.', risk: 'write' },
    { id: 'admin:org_hook', name: 'Manage organization webhooks', category: 'Webhooks', description: 'Lets the app create, change and delete the webhooks of organizations you own, which see every event in them.', risk: 'admin' },

    { id: 'read:org', name: 'Read organizations', category: 'Organizations', description: 'Lets the app read your organizations, their members, teams and projects.', risk: 'read' },
    { id: 'write:org', name: 'Organization membership', category: 'Organizations', description: 'Lets the app read and change organization membership and organization projects.', risk: 'admin' },
    { id: 'admin:org', name: 'Administer organizations', category: 'Organizations', description: 'Lets the app fully manage your organizations, their teams, members and settings.', risk: 'admin' },
    { id: 'read:audit_log', name: 'Read audit logs', category: 'Organizations', description: 'Lets the app read the audit log of your organizations or enterprise.', risk: 'read' },

    { id: 'read:public_key', name: 'Read SSH keys', category: 'Keys', description: 'Lets the app list and read the SSH keys on your account.', risk: 'read' },
    { id: 'write:public_key', name: 'Add SSH keys', category: 'Keys', description: 'Lets the app add SSH keys to your account, which give their holder push and pull access as you.', risk: 'admin' },
    { id: 'admin:public_key', name: 'Manage SSH keys', category: 'Keys', description: 'Lets the app add and delete the SSH keys on your account, which decide who can push and pull as you.', risk: 'admin' },
    { id: 'read:gpg_key', name: 'Read GPG keys', category: 'Keys', description: 'Lets the app list and read the GPG keys on your account.', risk: 'read' },
    { id: 'write:gpg_key', name: 'Add GPG keys', category: 'Keys', description: 'Lets the app add GPG keys to your account, so commits they sign show as verified from you.', risk: 'write' },
    { id: 'admin:gpg_key', name: 'Manage GPG keys', category: 'Keys', description: 'Lets the app add and delete the GPG keys that mark commits as verified from you.', risk: 'write' },

    { id: 'gist', name: 'Gists', category: 'Other', description: 'Lets the app create, change and delete your gists.', risk: 'write' },
    { id: 'notifications', name: 'Notifications', category: 'Other', description: 'Lets the app read your notifications, mark them read and watch or unwatch repositories.', risk: 'write' },
    { id: 'read:project', name: 'Read projects', category: 'Other', description: 'Lets the app read your projects and those of your organizations.', risk: 'read' },
    { id: 'project', name: 'Projects', category: 'Other', description: 'Lets the app read, create and change your projects and those of your organizations.', risk: 'write' },
    { id: 'codespace', name: 'Codespaces', category: 'Other', description: 'Lets the app create, open and delete your codespaces, which hold your code and secrets.', risk: 'write' },
    { id: 'read:packages', name: 'Read packages', category: 'Packages', description: 'Lets the app download packages from GitHub Packages, including private ones.', risk: 'read' },
    { id: 'write:packages', name: 'Publish packages', category: 'Packages', description: 'Lets the app publish packages to GitHub Packages, which others may install.', risk: 'write' },
    { id: 'delete:packages', name: 'Delete packages', category: 'Packages', description: 'Lets the app delete packages from GitHub Packages.', risk: 'write' },
    { id: 'read:discussion', name: 'Read team discussions', category: 'Other', description: 'Lets the app read your team discussions.', risk: 'read' },
    { id: 'write:discussion', name: 'Team discussions', category: 'Other', description: 'Lets the app read and write team discussions as you.', risk: 'write' },
  ],
} as const satisfies ProviderScopeCatalog;
