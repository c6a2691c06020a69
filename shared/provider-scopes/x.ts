import type { ProviderScopeCatalog } from './provider-scope-catalog.js';

/**
 * X (Twitter) API v2 OAuth 2.0 scopes. Lasting access is the `offline.access` scope, which makes
 * X issue a refresh token. Reading scopes include protected accounts you follow.
 */
export const xCatalog = {
  catalog: 'x',
  provider: 'X',
  sources: [
    { title: 'OAuth 2.0 Authorization Code Flow with PKCE: scopes', url: 'https://docs.x.com/fundamentals/authentication/oauth-2-0/authorization-code', retrieved: '2026-12-07' },
  ],
  noScope: { risk: 'identity', description: 'X refuses an authorization request without a scope, so the app gets nothing.' },
  version: 1,
  scopes: [
    { id: 'users.read', name: 'Read accounts', category: 'Account', description: 'Lets the app see the accounts you can see, including protected ones you follow.', risk: 'read' },
    { id: 'users.email', name: 'Email address', category: 'Account', description: 'Lets the app see the email address of your X account.', risk: 'identity' },
    { id: 'offline.access', name: 'Keep access', category: 'Account', description: 'Lets the app get a refresh token and keep its access while you are away, until you revoke it.', risk: 'write', lasting: true },
    { id: 'tweet.read', name: 'Read posts', category: 'Posts', description: 'Lets the app read the posts you can see, including those of protected accounts you follow.', risk: 'read' },
    { id: 'tweet.write', name: 'Post for you', category: 'Posts', description: 'Lets the app post, repost and delete posts as you.', risk: 'write' },
    { id: 'tweet.moderate.write', name: 'Hide replies', category: 'Posts', description: 'Lets the app hide and unhide replies to your posts.', risk: 'write' },
    { id: 'media.write', name: 'Upload media', category: 'Posts', description: 'Lets the app upload images and videos for you.', risk: 'write' },
    { id: 'like.read', name: 'Read likes', category: 'Posts', description: 'Lets the app see the posts you and others liked.', risk: 'read' },
    { id: 'like.write', name: 'Like posts', category: 'Posts', description: 'Lets the app like and unlike posts as you.', risk: 'write' },
    { id: 'bookmark.read', name: 'Read bookmarks', category: 'Posts', description: 'Lets the app see your bookmarks.', risk: 'read' },
    { id: 'bookmark.write', name: 'Edit bookmarks', category: 'Posts', description: 'Lets the app add and remove your bookmarks.', risk: 'write' },
    { id: 'follows.read', name: 'Read follows', category: 'People', description: 'Lets the app see who you follow and who follows you.', risk: 'read' },
    { id: 'follows.write', name: 'Follow for you', category: 'People', description: 'Lets the app follow and unfollow accounts as you.', risk: 'write' },
    { id: 'mute.read', name: 'Read mutes', category: 'People', description: 'Lets the app see the accounts you muted.', risk: 'read' },
    { id: 'mute.write', name: 'Mute for you', category: 'People', description: 'Lets the app mute and unmute accounts as you.', risk: 'write' },
    { id: 'block.read', name: 'Read blocks', category: 'People', description: 'Lets the app see the accounts you blocked.', risk: 'read' },
    { id: 'block.write', name: 'Block for you', category: 'People', description: 'Lets the app block and unblock accounts as you.', risk: 'write' },
    { id: 'list.read', name: 'Read lists', category: 'People', description: 'Lets the app see your lists, their members and followers, including private lists.', risk: 'read' },
    { id: 'list.write', name: 'Edit lists', category: 'People', description: 'Lets the app create and change lists and who is in them.', risk: 'write' },
    { id: 'dm.read', name: 'Read direct messages', category: 'Direct messages', description: 'Lets the app read all your direct messages.', risk: 'read' },
    { id: 'dm.write', name: 'Send direct messages', category: 'Direct messages', description: 'Lets the app send and delete direct messages as you.', risk: 'write' },
    { id: 'space.read', name: 'Read Spaces', category: 'Direct messages', description: 'Lets the app see the Spaces you can see.', risk: 'read' },
  ],
} as const satisfies ProviderScopeCatalog;
