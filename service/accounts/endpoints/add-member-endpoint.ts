import type { RequestHandler } from 'express';
import { z } from 'zod';
import { requireAuth } from '../../auth/auth-context.js';
import { clientIp } from '../../http/client-address.js';
import type { Deps } from '../../deps.js';
import { bodyObject } from '../../http/body-parsers.js';
import { parseInput } from '../../http/parse-input.js';
import { sendJson } from '../../http/send-json.js';
import { accountAccess } from '../account-access.js';
import { Role } from '../../../shared/api/index.js';
import { emailSchema } from '../account-input.js';
import { memberJson } from '../account-json.js';
import { addMember } from '../add-member.js';
import { accountParams } from './account-params.js';

export const addMemberBody = z
  .object({ email: emailSchema.describe('Email of an existing user.'), role: Role })
  .strict()
  .describe('A user to add to the account.');

/** `POST /api/v1/accounts/:account/members`: admins add an existing user by email. */
export function createAddMemberEndpoint(deps: Pick<Deps, 'stores' | 'clock' | 'audit' | 'limiters'>): RequestHandler {
  return async (req, res) => {
    const { user } = requireAuth(res);
    const { account: accountId } = parseInput(accountParams, req.params);
    const body = parseInput(addMemberBody, bodyObject(req.body));
    await accountAccess(deps, user.id, accountId, 'admin');
    await deps.limiters.consume('apiWritePerUser', user.id);
    const member = await addMember(deps, { accountId, actorUserId: user.id, ip: clientIp(req), ...body });
    sendJson(res, 201, memberJson(member));
  };
}
