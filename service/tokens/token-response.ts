import type { Response } from 'express';
import { formatScope } from '../../shared/scopes/index.js';

/** The RFC 6749 §5.1 success body. */
export interface TokenResponseBody {
  access_token: string;
  token_type: 'Bearer';
  expires_in: number;
  scope: string;
  refresh_token?: string;
  id_token?: string;
}

export function tokenResponseBody(input: {
  accessToken: string;
  expiresIn: number;
  scopes: string[];
  refreshToken?: string;
  idToken?: string;
}): TokenResponseBody {
  const body: TokenResponseBody = {
    access_token: input.accessToken,
    token_type: 'Bearer',
    expires_in: input.expiresIn,
    scope: formatScope(input.scopes),
  };
  if (input.refreshToken) body.refresh_token = input.refreshToken;
  if (input.idToken) body.id_token = input.idToken;
  return body;
}

/**
 * RFC 6749 §5.1: token responses must not be cached (docs/security.md C9). Written straight to the
 * response: Express's `res.json` would also hash the body for an ETag, which a response that is
 * never stored cannot use.
 */
export function sendNoStore(res: Response, body: unknown, status = 200): void {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    'Cache-Control': 'no-store',
    Pragma: 'no-cache',
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(json),
  });
  res.end(json);
}
