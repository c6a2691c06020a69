import { standardScope } from './oidc.js';
import type { ProviderScopeCatalog } from './provider-scope-catalog.js';

/**
 * Atlassian Cloud OAuth 2.0 (3LO): the classic Jira, Jira Service Management and Confluence
 * scopes, the User Identity API scopes and `offline_access`. A scope reaches every site the
 * user picks on the consent screen, and never more than the user may do there.
 */
export const atlassianCatalog = {
  catalog: 'atlassian',
  provider: 'Atlassian',
  sources: [
    { title: 'Jira: OAuth 2.0 (3LO) apps', url: 'https://developer.atlassian.com/cloud/jira/platform/oauth-2-3lo-apps/', retrieved: '2026-12-07' },
    { title: 'Jira scopes for OAuth 2.0 (3LO) and Forge apps', url: 'https://developer.atlassian.com/cloud/jira/platform/scopes-for-oauth-2-3LO-and-forge-apps/', retrieved: '2026-12-07' },
    { title: 'Jira Service Management scopes', url: 'https://developer.atlassian.com/cloud/jira/service-desk/scopes-for-oauth-2-3LO-and-forge-apps/', retrieved: '2026-12-07' },
    { title: 'Confluence scopes for OAuth 2.0 (3LO) and Forge apps', url: 'https://developer.atlassian.com/cloud/confluence/scopes-for-oauth-2-3LO-and-forge-apps/', retrieved: '2026-12-07' },
  ],
  noScope: { risk: 'identity', description: 'Atlassian refuses an authorization request without a scope, so the app gets nothing.' },
  version: 1,
  scopes: [
    { id: 'read:me', name: 'Your profile', category: 'Account', description: 'Lets the app see your name, email address and avatar.', risk: 'identity' },
    { id: 'read:account', name: 'Read profiles', category: 'Account', description: 'Lets the app see the profiles of active Atlassian users.', risk: 'read' },
    { ...standardScope('offline_access'), category: 'Account' },

    { id: 'read:jira-user', name: 'Read Jira users', category: 'Jira', description: 'Lets the app see the names, email addresses and avatars of Jira users you can see.', risk: 'read' },
    { id: 'read:jira-work', name: 'Read Jira work', category: 'Jira', description: 'Lets the app read the projects, issues, comments and attachments you can see in Jira.', risk: 'read' },
    { id: 'write:jira-work', name: 'Edit Jira work', category: 'Jira', description: 'Lets the app create, change and delete issues, comments and worklogs as you.', risk: 'write' },
    { id: 'manage:jira-project', name: 'Manage Jira projects', category: 'Jira', description: 'Lets the app change project settings and create versions and components.', risk: 'write' },
    { id: 'manage:jira-configuration', name: 'Administer Jira', category: 'Jira', description: 'Lets the app take Jira admin actions, such as creating projects and custom fields and changing workflows.', risk: 'admin' },
    { id: 'manage:jira-webhook', name: 'Jira webhooks', category: 'Jira', description: 'Lets the app register webhooks that send Jira events to its servers.', risk: 'write' },
    { id: 'manage:jira-data-provider', name: 'Jira development data', category: 'Jira', description: 'Lets the app add and change builds, deployments and other development data shown in Jira.', risk: 'write' },
    { id: 'read:servicedesk-request', name: 'Read service requests', category: 'Jira Service Management', description: 'Lets the app read the service desk requests you can see.', risk: 'read' },
    { id: 'write:servicedesk-request', name: 'Edit service requests', category: 'Jira Service Management', description: 'Lets the app create and change service desk requests as you.', risk: 'write' },
    { id: 'manage:servicedesk-customer', name: 'Manage service desk customers', category: 'Jira Service Management', description: 'Lets the app add and remove service desk customers and organizations, and so who may raise requests.', risk: 'admin' },

    { id: 'read:confluence-content.all', name: 'Read all content', category: 'Confluence', description: 'Lets the app read all the Confluence pages, blog posts, comments and attachments you can see.', risk: 'read' },
    { id: 'read:confluence-content.summary', name: 'Read content summaries', category: 'Confluence', description: 'Lets the app see the titles and summaries of the Confluence content you can see.', risk: 'read' },
    { id: 'read:confluence-content.permission', name: 'Read content permissions', category: 'Confluence', description: 'Lets the app see who may view and edit Confluence content.', risk: 'read' },
    { id: 'read:confluence-props', name: 'Read content properties', category: 'Confluence', description: 'Lets the app read the properties apps store on Confluence content.', risk: 'read' },
    { id: 'read:confluence-space.summary', name: 'Read spaces', category: 'Confluence', description: 'Lets the app see the Confluence spaces you can see.', risk: 'read' },
    { id: 'read:confluence-groups', name: 'Read groups', category: 'Confluence', description: 'Lets the app see the Confluence user groups and their members.', risk: 'read' },
    { id: 'read:confluence-user', name: 'Read users', category: 'Confluence', description: 'Lets the app see the profiles of Confluence users, including email addresses where allowed.', risk: 'read' },
    { id: 'readonly:content.attachment:confluence', name: 'Download attachments', category: 'Confluence', description: 'Lets the app download the attachments of the Confluence content you can see.', risk: 'read' },
    { id: 'search:confluence', name: 'Search Confluence', category: 'Confluence', description: 'Lets the app search all the Confluence content you can see.', risk: 'read' },
    { id: 'write:confluence-content', name: 'Edit content', category: 'Confluence', description: 'Lets the app create, change and delete Confluence pages, blog posts and comments as you.', risk: 'write' },
    { id: 'write:confluence-file', name: 'Upload files', category: 'Confluence', description: 'Lets the app upload attachments to Confluence as you.', risk: 'write' },
    { id: 'write:confluence-props', name: 'Edit content properties', category: 'Confluence', description: 'Lets the app change the properties apps store on Confluence content.', risk: 'write' },
    { id: 'write:confluence-space', name: 'Edit spaces', category: 'Confluence', description: 'Lets the app create, change and delete Confluence spaces.', risk: 'write' },
    { id: 'write:confluence-groups', name: 'Manage groups', category: 'Confluence', description: 'Lets the app create and delete user groups and change who is in them.', risk: 'admin' },
    { id: 'manage:confluence-configuration', name: 'Administer Confluence', category: 'Confluence', description: 'Lets the app change the global settings of your Confluence site.', risk: 'admin' },
  ],
} as const satisfies ProviderScopeCatalog;
