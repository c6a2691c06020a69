import { standardScope } from './oidc.js';
import type { ProviderScopeCatalog } from './provider-scope-catalog.js';

/**
 * Okta: the OpenID Connect scopes any Okta authorization server issues, plus the `okta.*` scopes
 * of the Okta management APIs, which only the org authorization server grants. A management
 * scope never exceeds the admin role of the user who consents; `*.self` and `okta.myAccount.*`
 * act on the user's own account.
 */
export const oktaCatalog = {
  catalog: 'okta',
  provider: 'Okta',
  sources: [
    { title: 'OpenID Connect & OAuth 2.0 API: scopes', url: 'https://developer.okta.com/docs/api/openapi/okta-oauth/guides/overview/', retrieved: '2026-12-07' },
    { title: 'Implement OAuth for Okta: scopes and supported endpoints', url: 'https://developer.okta.com/docs/guides/implement-oauth-for-okta/main/', retrieved: '2026-12-07' },
    { title: 'OAuth 2.0 scopes for Okta management APIs', url: 'https://developer.okta.com/docs/api/oauth2/', retrieved: '2026-12-07' },
  ],
  noScope: { risk: 'identity', description: 'Okta refuses an authorization request without a scope, so the app gets nothing.' },
  version: 1,
  scopes: [
    { id: 'openid', name: 'Sign you in', category: 'Sign-in', description: 'Lets the app sign you in with your Okta account.', risk: 'identity', protocol: true },
    { id: 'profile', name: 'Basic profile', category: 'Sign-in', description: 'Lets the app see your name, username, locale and time zone.', risk: 'identity', protocol: true },
    { id: 'email', name: 'Email address', category: 'Sign-in', description: 'Lets the app see your email address and whether it is verified.', risk: 'identity', protocol: true },
    { id: 'address', name: 'Postal address', category: 'Sign-in', description: 'Lets the app see your postal address.', risk: 'read', protocol: true },
    { id: 'phone', name: 'Phone number', category: 'Sign-in', description: 'Lets the app see your phone number.', risk: 'read', protocol: true },
    { id: 'groups', name: 'Your groups', category: 'Sign-in', description: 'Lets the app see the groups you belong to.', risk: 'read' },
    { ...standardScope('offline_access'), category: 'Sign-in' },
    { id: 'device_sso', name: 'Single sign-on on this device', category: 'Sign-in', description: 'Lets the app keep a device secret that signs you in to other apps on this device without asking.', risk: 'write', lasting: true },

    { id: 'okta.users.read.self', name: 'Read your Okta user', category: 'Your account', description: 'Lets the app read your own user profile and settings in Okta.', risk: 'read' },
    { id: 'okta.users.manage.self', name: 'Change your Okta user', category: 'Your account', description: 'Lets the app change your own user profile in Okta.', risk: 'write' },
    { id: 'okta.myAccount.profile.read', name: 'Read your profile', category: 'Your account', description: 'Lets the app read your own profile through the MyAccount API.', risk: 'read' },
    { id: 'okta.myAccount.profile.manage', name: 'Change your profile', category: 'Your account', description: 'Lets the app change your own profile through the MyAccount API.', risk: 'write' },
    { id: 'okta.myAccount.email.manage', name: 'Change your email addresses', category: 'Your account', description: 'Lets the app add and remove the email addresses that can recover your account.', risk: 'admin' },
    { id: 'okta.myAccount.phone.manage', name: 'Change your phone numbers', category: 'Your account', description: 'Lets the app add and remove the phone numbers you sign in and recover your account with.', risk: 'admin' },
    { id: 'okta.myAccount.password.manage', name: 'Change your password', category: 'Your account', description: 'Lets the app set a new password on your account.', risk: 'admin' },
    { id: 'okta.myAccount.authenticators.manage', name: 'Change your authenticators', category: 'Your account', description: 'Lets the app enroll and remove the authenticators you sign in with.', risk: 'admin' },

    { id: 'okta.users.read', name: 'Read users', category: 'Users and groups', description: 'Lets the app read every user of the Okta org and their profiles.', risk: 'read' },
    { id: 'okta.users.manage', name: 'Manage users', category: 'Users and groups', description: 'Lets the app create, change, suspend and delete users and reset their passwords.', risk: 'admin' },
    { id: 'okta.groups.read', name: 'Read groups', category: 'Users and groups', description: 'Lets the app read every group of the Okta org and its members.', risk: 'read' },
    { id: 'okta.groups.manage', name: 'Manage groups', category: 'Users and groups', description: 'Lets the app create and delete groups and change who is in them, and so what they can access.', risk: 'admin' },
    { id: 'okta.factors.read', name: 'Read factors', category: 'Users and groups', description: 'Lets the app see which sign-in factors users have enrolled.', risk: 'read' },
    { id: 'okta.factors.manage', name: 'Manage factors', category: 'Users and groups', description: 'Lets the app enroll, reset and remove the sign-in factors of any user.', risk: 'admin' },
    { id: 'okta.sessions.read', name: 'Read sessions', category: 'Users and groups', description: 'Lets the app see the sign-in sessions of users.', risk: 'read' },
    { id: 'okta.sessions.manage', name: 'Manage sessions', category: 'Users and groups', description: 'Lets the app extend and end the sign-in sessions of users.', risk: 'admin' },
    { id: 'okta.userTypes.manage', name: 'Manage user types', category: 'Users and groups', description: 'Lets the app create and change the user types of the org.', risk: 'admin' },
    { id: 'okta.schemas.read', name: 'Read profile schemas', category: 'Users and groups', description: 'Lets the app read the user and group profile schemas.', risk: 'read' },
    { id: 'okta.schemas.manage', name: 'Manage profile schemas', category: 'Users and groups', description: 'Lets the app change the attributes of user and group profiles.', risk: 'admin' },
    { id: 'okta.devices.read', name: 'Read devices', category: 'Users and groups', description: 'Lets the app see the devices registered with the org.', risk: 'read' },
    { id: 'okta.devices.manage', name: 'Manage devices', category: 'Users and groups', description: 'Lets the app activate, suspend and delete the devices registered with the org.', risk: 'admin' },

    { id: 'okta.apps.read', name: 'Read apps', category: 'Apps and sign-in', description: 'Lets the app read every app of the org and who is assigned to it.', risk: 'read' },
    { id: 'okta.apps.manage', name: 'Manage apps', category: 'Apps and sign-in', description: 'Lets the app add and change apps of the org, their credentials and who may use them.', risk: 'admin' },
    { id: 'okta.clients.read', name: 'Read OAuth clients', category: 'Apps and sign-in', description: 'Lets the app read the OAuth clients registered with the org.', risk: 'read' },
    { id: 'okta.clients.manage', name: 'Manage OAuth clients', category: 'Apps and sign-in', description: 'Lets the app create, change and delete OAuth clients and their secrets.', risk: 'admin' },
    { id: 'okta.clients.register', name: 'Register OAuth clients', category: 'Apps and sign-in', description: 'Lets the app register new OAuth clients with the org.', risk: 'admin' },
    { id: 'okta.authorizationServers.read', name: 'Read authorization servers', category: 'Apps and sign-in', description: 'Lets the app read the authorization servers, their scopes, claims and policies.', risk: 'read' },
    { id: 'okta.authorizationServers.manage', name: 'Manage authorization servers', category: 'Apps and sign-in', description: 'Lets the app change the authorization servers and what their tokens grant.', risk: 'admin' },
    { id: 'okta.idps.read', name: 'Read identity providers', category: 'Apps and sign-in', description: 'Lets the app read the outside identity providers people can sign in with.', risk: 'read' },
    { id: 'okta.idps.manage', name: 'Manage identity providers', category: 'Apps and sign-in', description: 'Lets the app add and change the outside identity providers people can sign in with.', risk: 'admin' },
    { id: 'okta.policies.read', name: 'Read policies', category: 'Apps and sign-in', description: 'Lets the app read the sign-on, password and MFA policies of the org.', risk: 'read' },
    { id: 'okta.policies.manage', name: 'Manage policies', category: 'Apps and sign-in', description: 'Lets the app change the sign-on, password and MFA policies of the org.', risk: 'admin' },
    { id: 'okta.authenticators.read', name: 'Read authenticators', category: 'Apps and sign-in', description: 'Lets the app read which authenticators the org offers.', risk: 'read' },
    { id: 'okta.authenticators.manage', name: 'Manage authenticators', category: 'Apps and sign-in', description: 'Lets the app turn the authenticators of the org on and off and change their settings.', risk: 'admin' },
    { id: 'okta.networkZones.manage', name: 'Manage network zones', category: 'Apps and sign-in', description: 'Lets the app change the network zones that sign-on policies trust or block.', risk: 'admin' },
    { id: 'okta.trustedOrigins.manage', name: 'Manage trusted origins', category: 'Apps and sign-in', description: 'Lets the app change which websites may call Okta and embed its sign-in.', risk: 'admin' },

    { id: 'okta.roles.read', name: 'Read admin roles', category: 'Administration', description: 'Lets the app see who holds which admin role.', risk: 'read' },
    { id: 'okta.roles.manage', name: 'Assign admin roles', category: 'Administration', description: 'Lets the app give and take away admin roles, including Super Administrator.', risk: 'admin' },
    { id: 'okta.apiTokens.read', name: 'Read API tokens', category: 'Administration', description: 'Lets the app list the API tokens of the org.', risk: 'read' },
    { id: 'okta.apiTokens.manage', name: 'Manage API tokens', category: 'Administration', description: 'Lets the app revoke the API tokens of the org.', risk: 'admin' },
    { id: 'okta.logs.read', name: 'Read the system log', category: 'Administration', description: 'Lets the app read the system log of everything that happened in the org.', risk: 'read' },
    { id: 'okta.eventHooks.manage', name: 'Manage event hooks', category: 'Administration', description: 'Lets the app create hooks that send the events of the org to outside servers.', risk: 'admin' },
    { id: 'okta.inlineHooks.manage', name: 'Manage inline hooks', category: 'Administration', description: 'Lets the app create hooks through which outside servers change sign-ins and tokens.', risk: 'admin' },
    { id: 'okta.orgs.read', name: 'Read org settings', category: 'Administration', description: 'Lets the app read the settings and contacts of the org.', risk: 'read' },
    { id: 'okta.orgs.manage', name: 'Manage org settings', category: 'Administration', description: 'Lets the app change the settings and contacts of the org.', risk: 'admin' },
    { id: 'okta.domains.manage', name: 'Manage domains', category: 'Administration', description: 'Lets the app add and change the custom domains and certificates of the org.', risk: 'admin' },
  ],
} as const satisfies ProviderScopeCatalog;
