import express, { type Request, type RequestHandler } from 'express';
import { InvalidRequest, UnsupportedMediaType } from '../../shared/errors/index.js';

/** node-oidc-provider caps bodies at 56 KiB; so do we. */
const LIMIT = '56kb';

const urlencoded = express.urlencoded({ extended: false, limit: LIMIT, parameterLimit: 200 });
const json = express.json({ limit: LIMIT, strict: true });

/**
 * OAuth endpoints take only `application/x-www-form-urlencoded` (RFC 6749 §3.2, §4.1.3);
 * anything else is `invalid_request` (docs/security.md N7, N8), never an undefined body.
 */
export const oauthForm: RequestHandler = (req, res, next) => {
  if (!req.is('application/x-www-form-urlencoded')) {
    next(new InvalidRequest('only application/x-www-form-urlencoded request bodies are accepted'));
    return;
  }
  const charset = /charset=([^;]+)/i.exec(req.get('content-type') ?? '')?.[1]?.trim().toLowerCase();
  if (charset && charset !== 'utf-8' && charset !== 'utf8') {
    next(new InvalidRequest('only UTF-8 request bodies are accepted'));
    return;
  }
  urlencoded(req, res, next);
};

/** Management API writes take JSON; another content type is 415 (the API is not a form). */
export const jsonBody: RequestHandler = (req, res, next) => {
  if (!hasBody(req)) return next();
  if (!req.is('application/json')) {
    next(new UnsupportedMediaType('send the body as application/json'));
    return;
  }
  json(req, res, next);
};

/** HTML forms post urlencoded bodies. */
export const formBody: RequestHandler = (req, res, next) => {
  if (!req.is('application/x-www-form-urlencoded')) {
    next(new UnsupportedMediaType('send the form as application/x-www-form-urlencoded'));
    return;
  }
  urlencoded(req, res, next);
};

/** Guards a handler against a body that parsed to something other than a plain object. */
export function bodyObject(body: unknown): Record<string, unknown> {
  if (body === undefined) return {};
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw new InvalidRequest('request body must be a JSON object');
  return body as Record<string, unknown>;
}

/** A request with no body at all (e.g. a bare POST action) carries no content type to judge. */
function hasBody(req: Request): boolean {
  return req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0;
}
