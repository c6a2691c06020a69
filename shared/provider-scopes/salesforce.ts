import type { ProviderScopeCatalog } from './provider-scope-catalog.js';

/**
 * Salesforce OAuth scopes of connected apps and external client apps. A scope never exceeds the
 * user's own profile and permission sets, but `api` and `full` reach all of it, including setup
 * for an administrator. Lasting access is the `refresh_token` scope (alias `offline_access`).
 */
export const salesforceCatalog = {
  catalog: 'salesforce',
  provider: 'Salesforce',
  sources: [
    { title: 'OAuth Tokens and Scopes', url: 'https://help.salesforce.com/s/articleView?id=sf.remoteaccess_oauth_tokens_scopes.htm&type=5', retrieved: '2026-12-07' },
    { title: 'Mobile SDK: Scope Parameter Values', url: 'https://developer.salesforce.com/docs/platform/mobile-sdk/guide/oauth-scope-parameter-values.html', retrieved: '2026-12-07' },
  ],
  noScope: { risk: 'unknown', description: 'Salesforce grants every scope configured on the connected app, which the URL does not list.' },
  version: 1,
  scopes: [
    { id: 'openid', name: 'Sign you in', category: 'Identity', description: 'Lets the app sign you in with your Salesforce user.', risk: 'identity', protocol: true },
    { id: 'profile', name: 'Basic profile', category: 'Identity', description: 'Lets the app see your name, username and profile picture.', risk: 'identity', protocol: true },
    { id: 'email', name: 'Email address', category: 'Identity', description: 'Lets the app see your email address.', risk: 'identity', protocol: true },
    { id: 'address', name: 'Address', category: 'Identity', description: 'Lets the app see your address.', risk: 'read', protocol: true },
    { id: 'phone', name: 'Phone number', category: 'Identity', description: 'Lets the app see your phone number.', risk: 'read', protocol: true },
    { id: 'id', name: 'Identity service', category: 'Identity', description: 'Lets the app read your profile, email address, address and phone number from the identity URL.', risk: 'read' },
    { id: 'refresh_token', name: 'Act at any time', category: 'Identity', description: 'Lets the app get refresh tokens and keep using your data while you are away, until you revoke it.', risk: 'write', protocol: true, lasting: true, aliases: ['offline_access'] },

    { id: 'full', name: 'Full access', category: 'Data', description: 'Lets the app reach all data you can reach, with every other scope included.', risk: 'admin' },
    { id: 'api', name: 'Manage your data through the API', category: 'Data', description: 'Lets the app read and change everything you can reach through the REST, SOAP and Bulk APIs.', risk: 'admin' },
    { id: 'web', name: 'Use Salesforce in the browser', category: 'Data', description: 'Lets the app open Salesforce pages in the browser as you with its token.', risk: 'write' },
    { id: 'visualforce', name: 'Visualforce pages', category: 'Data', description: "Lets the app open your organization's Visualforce pages as you.", risk: 'write' },
    { id: 'lightning', name: 'Lightning apps', category: 'Data', description: 'Lets the app open Lightning Experience apps and components as you.', risk: 'write' },
    { id: 'content', name: 'Content', category: 'Data', description: 'Lets the app reach content you can access, such as files and images, as you.', risk: 'read' },
    { id: 'chatter_api', name: 'Connect REST API', category: 'Data', description: 'Lets the app read and post Chatter feeds and other Connect REST API resources as you.', risk: 'write' },
    { id: 'custom_permissions', name: 'Custom permissions', category: 'Data', description: "Lets the app see the custom permissions of the organization that apply to you.", risk: 'read' },
    { id: 'wave_api', name: 'CRM Analytics', category: 'Data', description: 'Lets the app read and change your CRM Analytics data and dashboards.', risk: 'write' },
    { id: 'eclair_api', name: 'Analytics charts', category: 'Data', description: 'Lets the app reach the CRM Analytics charts you can see.', risk: 'read' },
    { id: 'pardot_api', name: 'Account Engagement', category: 'Data', description: 'Lets the app manage everything you can reach in Marketing Cloud Account Engagement (Pardot).', risk: 'write' },
    { id: 'cdp_query_api', name: 'Query Data Cloud', category: 'Data Cloud', description: 'Lets the app run SQL queries on your Data Cloud data.', risk: 'read' },
    { id: 'cdp_profile_api', name: 'Data Cloud profiles', category: 'Data Cloud', description: 'Lets the app read and change profile records in Data Cloud.', risk: 'write' },
    { id: 'cdp_ingest_api', name: 'Load Data Cloud data', category: 'Data Cloud', description: 'Lets the app load and change data in Data Cloud through the Ingestion API.', risk: 'write' },
    { id: 'cdp_segment_api', name: 'Data Cloud segments', category: 'Data Cloud', description: 'Lets the app create and change Data Cloud segments.', risk: 'write' },
    { id: 'cdp_calculated_insight_api', name: 'Data Cloud insights', category: 'Data Cloud', description: 'Lets the app run and read Data Cloud calculated insights.', risk: 'read' },
    { id: 'cdp_identityresolution_api', name: 'Data Cloud identity resolution', category: 'Data Cloud', description: 'Lets the app run identity resolution on Data Cloud data.', risk: 'write' },
    { id: 'chatbot_api', name: 'Einstein bots', category: 'Other', description: 'Lets the app talk to Einstein bots on your behalf.', risk: 'write' },
    { id: 'sfap_api', name: 'Salesforce Platform APIs', category: 'Other', description: 'Lets the app call Salesforce platform services such as the Models API as you.', risk: 'write' },
    { id: 'interaction_api', name: 'Interaction API', category: 'Other', description: 'Lets the app run flows of the Interaction API as you.', risk: 'write' },
    { id: 'forgot_password', name: 'Reset passwords', category: 'Other', description: 'Lets the app start password resets for users of a headless sign-in experience.', risk: 'write' },
    { id: 'user_registration_api', name: 'Register users', category: 'Other', description: 'Lets the app sign up new users of a headless registration experience.', risk: 'write' },
    { id: 'pwdless_login_api', name: 'Passwordless sign-in', category: 'Other', description: 'Lets the app sign users in without a password in a headless experience.', risk: 'write' },
  ],
} as const satisfies ProviderScopeCatalog;
