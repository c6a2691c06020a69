import type { RequestHandler } from 'express';
import { z } from 'zod';
import type { Deps } from '../../deps.js';
import { bodyObject } from '../../http/body-parsers.js';
import { parseInput } from '../../http/parse-input.js';
import { sendJson } from '../../http/send-json.js';
import { requireAuth } from '../auth-context.js';
import { apiTokenToWire, createPersonalApiToken, tokenNameSchema } from '../personal-api-tokens.js';
import { clientIp } from '../../http/client-address.js';

export const createApiTokenBody = z.object({ name: tokenNameSchema }).strict().describe('A new personal API token.');

/** `POST /api/v1/user/tokens`: 201 with the token in `token`, present in this response only. */
export function createCreateApiTokenEndpoint(deps: Pick<Deps, 'stores' | 'clock' | 'random' | 'audit' | 'limiters'>): RequestHandler {
  return async (req, res) => {
    const { user } = requireAuth(res);
    const { name } = parseInput(createApiTokenBody, bodyObject(req.body));
    await deps.limiters.consume('apiWritePerUser', user.id);
    const { token, plaintext } = await createPersonalApiToken(deps, user, name, clientIp(req));
    sendJson(res, 201, { ...apiTokenToWire(token), token: plaintext });
  };
}
