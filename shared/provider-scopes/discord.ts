import type { ProviderScopeCatalog } from './provider-scope-catalog.js';

/**
 * Discord's OAuth2 scopes. `bot` adds the app's bot to a server you manage with the permissions
 * named in the request's `permissions` parameter (8 is Administrator), which the analyzer reads.
 */
export const discordCatalog = {
  catalog: 'discord',
  provider: 'Discord',
  sources: [
    { title: 'OAuth2: scopes', url: 'https://discord.com/developers/docs/topics/oauth2#shared-resources-oauth2-scopes', retrieved: '2026-12-07' },
    { title: 'OAuth2: bot authorization flow', url: 'https://discord.com/developers/docs/topics/oauth2#bot-authorization-flow', retrieved: '2026-12-07' },
  ],
  noScope: { risk: 'identity', description: 'Discord refuses an authorization request without a scope, so the app gets nothing.' },
  version: 1,
  scopes: [
    { id: 'identify', name: 'Your account', category: 'Account', description: 'Lets the app see your username, avatar and banner, without your email.', risk: 'identity' },
    { id: 'email', name: 'Email address', category: 'Account', description: 'Lets the app see your email address.', risk: 'identity' },
    { id: 'openid', name: 'Sign you in', category: 'Account', description: 'Lets the app sign you in with your Discord account.', risk: 'identity', protocol: true },
    { id: 'connections', name: 'Linked accounts', category: 'Account', description: 'Lets the app see the accounts you linked to Discord, such as Steam or YouTube.', risk: 'read' },
    { id: 'relationships.read', name: 'Your friends', category: 'Account', description: 'Lets the app see your friends and the people you blocked.', risk: 'read' },
    { id: 'role_connections.write', name: 'Linked roles', category: 'Account', description: 'Lets the app update the data that servers use to give you linked roles.', risk: 'write' },
    { id: 'activities.read', name: 'Read activities', category: 'Account', description: 'Lets the app see your activities in games.', risk: 'read' },
    { id: 'activities.write', name: 'Update activities', category: 'Account', description: 'Lets the app update your activity in the games it makes.', risk: 'write' },

    { id: 'guilds', name: 'Your servers', category: 'Servers', description: 'Lets the app see the list of servers you are in.', risk: 'read' },
    { id: 'guilds.members.read', name: 'Your server profiles', category: 'Servers', description: 'Lets the app see your nickname, roles and join date in the servers you are in.', risk: 'read' },
    { id: 'guilds.join', name: 'Join servers for you', category: 'Servers', description: 'Lets the app make you join servers.', risk: 'write' },
    { id: 'gdm.join', name: 'Join group chats for you', category: 'Servers', description: 'Lets the app add you to group direct messages.', risk: 'write' },
    { id: 'bot', name: 'Add a bot', category: 'Servers', description: 'Lets the app add its bot to a server you manage, with the permissions the request names.', risk: 'admin' },
    { id: 'applications.commands', name: 'Add commands', category: 'Servers', description: 'Lets the app add its commands to a server you manage.', risk: 'write' },
    { id: 'applications.commands.permissions.update', name: 'Command permissions', category: 'Servers', description: 'Lets the app change who may use its commands in the servers you manage.', risk: 'write' },
    { id: 'webhook.incoming', name: 'Channel webhook', category: 'Servers', description: 'Lets the app post messages to a channel you pick, through a webhook.', risk: 'write' },

    { id: 'messages.read', name: 'Read messages locally', category: 'Discord client', description: 'Lets the app read the messages of every channel you are in, through your Discord client.', risk: 'read' },
    { id: 'dm_channels.read', name: 'Your direct messages', category: 'Discord client', description: 'Lets the app see your direct message conversations and group chats.', risk: 'read' },
    { id: 'rpc', name: 'Control your Discord client', category: 'Discord client', description: 'Lets the app control your local Discord client as you.', risk: 'admin' },
    { id: 'rpc.notifications.read', name: 'Read notifications', category: 'Discord client', description: 'Lets the app receive your notifications through your local Discord client.', risk: 'read' },
    { id: 'rpc.voice.read', name: 'Read voice settings', category: 'Discord client', description: 'Lets the app see your voice settings and who is talking, through your local client.', risk: 'read' },
    { id: 'rpc.voice.write', name: 'Change voice settings', category: 'Discord client', description: 'Lets the app change your voice settings, such as muting you, through your local client.', risk: 'write' },
    { id: 'rpc.activities.write', name: 'Set your activity', category: 'Discord client', description: 'Lets the app set your activity through your local Discord client.', risk: 'write' },
    { id: 'voice', name: 'Voice channels', category: 'Discord client', description: 'Lets the app join voice channels as you and hear and speak there.', risk: 'write' },

    { id: 'applications.builds.read', name: 'Read game builds', category: 'Developer', description: 'Lets the app see the builds of games you develop.', risk: 'read' },
    { id: 'applications.builds.upload', name: 'Upload game builds', category: 'Developer', description: 'Lets the app upload builds of games you develop.', risk: 'write' },
    { id: 'applications.entitlements', name: 'Read entitlements', category: 'Developer', description: 'Lets the app see what you bought in its games.', risk: 'read' },
    { id: 'applications.store.update', name: 'Store listings', category: 'Developer', description: 'Lets the app change the store listings of games you develop.', risk: 'write' },
    { id: 'applications.commands.update', name: 'Update commands', category: 'Developer', description: 'Lets the app change the commands of your own Discord applications.', risk: 'write' },
  ],
} as const satisfies ProviderScopeCatalog;
