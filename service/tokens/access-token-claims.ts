import type { JWTPayload } from 'jose';

/** The claims of our JWT access tokens (RFC 9068 §2.2, plus `grant_id`), as verification finds them. */
export interface AccessTokenClaims extends JWTPayload {
  sub: string;
  client_id: string;
  scope: string;
  grant_id: string;
  jti: string;
  iat: number;
  exp: number;
}
