import type { Response } from 'express';

/**
 * Widens the sign-in page's CSP `form-action` for the redirect its form POST may end in, given
 * the (already same-origin) `return_to`. The OAuth authorization endpoint supplies it: only it
 * knows which redirect URIs are registered (service/oauth/consent/allow-login-redirect.ts).
 */
export type AllowReturnRedirect = (res: Response, returnTo: string) => Promise<void>;
