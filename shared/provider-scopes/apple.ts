import type { ProviderScopeCatalog } from './provider-scope-catalog.js';

/** Sign in with Apple: at most your name and email, which you may hide behind a relay address. */
export const appleCatalog = {
  catalog: 'apple',
  provider: 'Apple',
  sources: [
    { title: 'Request an authorization to the Sign in with Apple server', url: 'https://developer.apple.com/documentation/sign_in_with_apple/request_an_authorization_to_the_sign_in_with_apple_server', retrieved: '2026-12-07' },
  ],
  noScope: { risk: 'identity', description: 'Apple then gives the app only a stable identifier for you, without name or email.' },
  version: 1,
  scopes: [
    { id: 'openid', name: 'Sign you in', category: 'Sign in with Apple', description: 'Lets the app sign you in with an identifier Apple keeps stable for this app.', risk: 'identity', protocol: true },
    { id: 'name', name: 'Your name', category: 'Sign in with Apple', description: 'Lets the app see the name you choose to share, once, at first sign-in.', risk: 'identity' },
    { id: 'email', name: 'Email address', category: 'Sign in with Apple', description: 'Lets the app see your email address, or a relay address that forwards to it if you hide it.', risk: 'identity' },
  ],
} as const satisfies ProviderScopeCatalog;
