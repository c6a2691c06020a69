import { authorizationCodeGrant } from './authorization-code.js';
import type { GrantType } from './grant-type.js';
import { refreshTokenGrant } from './refresh-token.js';

/** Every grant type the token endpoint serves; anything else is `unsupported_grant_type`. */
export const grantRegistry: ReadonlyMap<string, GrantType> = new Map<string, GrantType>(
  [authorizationCodeGrant, refreshTokenGrant].map((g) => [g.grantType, g as GrantType]),
);
