import type { ProviderScopeCatalog } from './provider-scope-catalog.js';

/** Login with Amazon's customer profile scopes. */
export const amazonCatalog = {
  catalog: 'amazon',
  provider: 'Amazon',
  sources: [
    { title: 'Login with Amazon: customer profile', url: 'https://developer.amazon.com/docs/login-with-amazon/customer-profile.html', retrieved: '2026-12-07' },
    { title: 'Login with Amazon: authorization code grant', url: 'https://developer.amazon.com/docs/login-with-amazon/authorization-code-grant.html', retrieved: '2026-12-07' },
  ],
  noScope: { risk: 'identity', description: 'Login with Amazon refuses a request without a scope, so the app gets nothing.' },
  version: 1,
  scopes: [
    { id: 'profile', name: 'Your profile', category: 'Login with Amazon', description: 'Lets the app see your name, email address and Amazon account id.', risk: 'identity' },
    { id: 'profile:user_id', name: 'Your account id', category: 'Login with Amazon', description: 'Lets the app see only your Amazon account id.', risk: 'identity' },
    { id: 'postal_code', name: 'Postal code', category: 'Login with Amazon', description: 'Lets the app see the postal code of your primary Amazon shipping address.', risk: 'read' },
  ],
} as const satisfies ProviderScopeCatalog;
