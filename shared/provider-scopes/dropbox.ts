import type { ProviderScopeCatalog } from './provider-scope-catalog.js';

/**
 * Dropbox's scoped app permissions (user and team), which an app enables on its Permissions tab.
 * Lasting access is asked with `token_access_type=offline`, not a scope. Team scopes need a
 * team admin and reach every member of the team.
 */
export const dropboxCatalog = {
  catalog: 'dropbox',
  provider: 'Dropbox',
  sources: [
    { title: 'OAuth Guide', url: 'https://developers.dropbox.com/oauth-guide', retrieved: '2026-12-07' },
    { title: 'HTTP API documentation: /oauth2/authorize', url: 'https://www.dropbox.com/developers/documentation/http/documentation#oauth2-authorize', retrieved: '2026-12-07' },
    { title: 'Customizing scopes in the OAuth app authorization flow', url: 'https://dropbox.tech/developers/customizing-scopes-in-oauth-flow', retrieved: '2026-12-07' },
  ],
  noScope: { risk: 'unknown', description: 'Dropbox grants every scope the app enabled on its Permissions tab, which the URL does not list.' },
  version: 1,
  scopes: [
    { id: 'openid', name: 'Sign you in', category: 'Account', description: 'Lets the app sign you in with your Dropbox account.', risk: 'identity', protocol: true },
    { id: 'profile', name: 'Basic profile', category: 'Account', description: 'Lets the app see your name.', risk: 'identity', protocol: true },
    { id: 'email', name: 'Email address', category: 'Account', description: 'Lets the app see your email address and whether it is verified.', risk: 'identity', protocol: true },
    { id: 'account_info.read', name: 'Read account info', category: 'Account', description: 'Lets the app see your name, email address, country and how much space you use.', risk: 'identity' },
    { id: 'account_info.write', name: 'Edit account info', category: 'Account', description: 'Lets the app change your profile photo and account settings.', risk: 'write' },
    { id: 'contacts.read', name: 'Read contacts', category: 'Account', description: 'Lets the app see your Dropbox contacts.', risk: 'read' },
    { id: 'contacts.write', name: 'Edit contacts', category: 'Account', description: 'Lets the app change and delete your Dropbox contacts.', risk: 'write' },

    { id: 'files.metadata.read', name: 'Read file details', category: 'Files', description: 'Lets the app see the names, sizes and folders of all your files, but not their content.', risk: 'read' },
    { id: 'files.metadata.write', name: 'Edit file details', category: 'Files', description: 'Lets the app rename, move and delete your files and folders.', risk: 'write' },
    { id: 'files.content.read', name: 'Read file content', category: 'Files', description: 'Lets the app download all your files.', risk: 'read' },
    { id: 'files.content.write', name: 'Edit file content', category: 'Files', description: 'Lets the app upload, change and delete the content of your files.', risk: 'write' },
    { id: 'files.permanent_delete', name: 'Delete permanently', category: 'Files', description: 'Lets the app delete your files so they cannot be restored.', risk: 'write' },
    { id: 'sharing.read', name: 'Read sharing', category: 'Sharing', description: 'Lets the app see your shared links and who your files and folders are shared with.', risk: 'read' },
    { id: 'sharing.write', name: 'Share files', category: 'Sharing', description: 'Lets the app share your files and folders with anyone and create public links to them.', risk: 'write' },
    { id: 'file_requests.read', name: 'Read file requests', category: 'Sharing', description: 'Lets the app see your file requests.', risk: 'read' },
    { id: 'file_requests.write', name: 'Edit file requests', category: 'Sharing', description: 'Lets the app create and change file requests that let others upload into your Dropbox.', risk: 'write' },

    { id: 'team_info.read', name: 'Read team info', category: 'Team', description: 'Lets the app see the name, licences and settings of your team.', risk: 'read' },
    { id: 'team_info.write', name: 'Edit team info', category: 'Team', description: 'Lets the app change the name and settings of your team.', risk: 'admin' },
    { id: 'members.read', name: 'Read members', category: 'Team', description: 'Lets the app see the members of your team and their roles.', risk: 'read' },
    { id: 'members.write', name: 'Manage members', category: 'Team', description: 'Lets the app invite members and change their roles and profiles.', risk: 'admin' },
    { id: 'members.delete', name: 'Remove members', category: 'Team', description: 'Lets the app remove members from your team and move their files.', risk: 'admin' },
    { id: 'groups.read', name: 'Read groups', category: 'Team', description: 'Lets the app see the groups of your team and who is in them.', risk: 'read' },
    { id: 'groups.write', name: 'Manage groups', category: 'Team', description: 'Lets the app create groups and change who is in them, and so what they can open.', risk: 'admin' },
    { id: 'sessions.list', name: 'Read sessions', category: 'Team', description: "Lets the app see the members' signed-in devices and web sessions.", risk: 'read' },
    { id: 'sessions.modify', name: 'End sessions', category: 'Team', description: "Lets the app sign members out and unlink their devices.", risk: 'admin' },
    { id: 'events.read', name: 'Read team activity', category: 'Team', description: 'Lets the app read the activity log of everything members did.', risk: 'read' },
    { id: 'team_data.member', name: 'Act as any member', category: 'Team', description: "Lets the app call the user API as any member of the team, reaching that member's files.", risk: 'admin' },
    { id: 'team_data.team_space', name: 'Team space', category: 'Team', description: "Lets the app read and change the team's shared space and team folders.", risk: 'write' },
    { id: 'team_data.governance.read', name: 'Read data governance', category: 'Team', description: 'Lets the app see the legal holds and retention policies of the team.', risk: 'read' },
    { id: 'team_data.governance.write', name: 'Manage data governance', category: 'Team', description: 'Lets the app create and release legal holds on the data of members.', risk: 'admin' },
    { id: 'files.team_metadata.read', name: 'Read team file details', category: 'Team', description: 'Lets the app see the details of the files in team folders.', risk: 'read' },
    { id: 'files.team_metadata.write', name: 'Edit team file details', category: 'Team', description: 'Lets the app change and delete the files of team folders.', risk: 'write' },
  ],
} as const satisfies ProviderScopeCatalog;
