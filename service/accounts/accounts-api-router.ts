import { Router, type RequestHandler } from 'express';
import { AccountListResponse, AccountResponse, ApiError, MemberListResponse, MemberResponse } from '../../shared/api/index.js';
import type { ApiOperation, OpenApiRegistry } from '../api/openapi-registry.js';
import { createApiAuthenticator } from '../auth/api-authenticator.js';
import type { Deps } from '../deps.js';
import { jsonBody } from '../http/body-parsers.js';
import { paths } from '../http/paths.js';
import { accountParams, memberParams } from './endpoints/account-params.js';
import { addMemberBody, createAddMemberEndpoint } from './endpoints/add-member-endpoint.js';
import { createAccountBody, createCreateAccountEndpoint } from './endpoints/create-account-endpoint.js';
import { createGetAccountEndpoint } from './endpoints/get-account-endpoint.js';
import { createListAccountsEndpoint } from './endpoints/list-accounts-endpoint.js';
import { createListMembersEndpoint } from './endpoints/list-members-endpoint.js';
import { createRemoveMemberEndpoint } from './endpoints/remove-member-endpoint.js';
import { createUpdateAccountEndpoint, updateAccountBody } from './endpoints/update-account-endpoint.js';
import { createUpdateMemberEndpoint, updateMemberBody } from './endpoints/update-member-endpoint.js';

type Route = Omit<ApiOperation, 'path' | 'tags'> & { path: string; handler: RequestHandler; tag: string };

const error = (description: string) => ({ description, schema: ApiError });
const read = { 401: error('No session or personal API token.'), 404: error('No such account, or not a member of it.') };
const write = {
  ...read,
  400: error('Invalid body, naming `field`.'),
  403: error('Only account admins may do this; or a missing CSRF header.'),
  415: error('Body is not application/json.'),
  429: error('Too many writes.'),
};
const lastAdmin = error('The last admin of an account can be neither removed nor demoted.');

/**
 * `/api/v1/accounts`: accounts, members and settings. The route table both
 * mounts the handlers and documents them, so the OpenAPI document lists exactly what is served.
 */
export function createAccountsApiRouter(deps: Deps, openapi: OpenApiRegistry): Router {
  openapi.registerSchema('Account', AccountResponse);
  openapi.registerSchema('Member', MemberResponse);
  const routes: Route[] = [
    { method: 'get', path: '/', tag: 'Accounts', handler: createListAccountsEndpoint(deps), operationId: 'listAccounts',
      summary: "List the caller's accounts with their role",
      responses: { 200: { description: 'Accounts, oldest first.', schema: AccountListResponse }, 401: read[401] } },
    { method: 'post', path: '/', tag: 'Accounts', handler: createCreateAccountEndpoint(deps), operationId: 'createAccount',
      summary: 'Create an account', description: 'The caller becomes its admin.', body: createAccountBody,
      responses: { 201: { description: 'The new account.', schema: AccountResponse }, ...write } },
    { method: 'get', path: '/:account', tag: 'Accounts', handler: createGetAccountEndpoint(deps), operationId: 'getAccount',
      summary: 'Read an account and its settings', params: accountParams,
      responses: { 200: { description: 'The account.', schema: AccountResponse }, ...read } },
    { method: 'patch', path: '/:account', tag: 'Accounts', handler: createUpdateAccountEndpoint(deps), operationId: 'updateAccount',
      summary: 'Rename an account or change its settings', params: accountParams, body: updateAccountBody,
      description: 'Admins only. Changing `third_party_app_access` is recorded as `account.settings_changed`.',
      responses: { 200: { description: 'The changed account.', schema: AccountResponse }, ...write } },
    { method: 'get', path: '/:account/members', tag: 'Members', handler: createListMembersEndpoint(deps),
      operationId: 'listMembers', summary: 'List the members of an account', params: accountParams,
      responses: { 200: { description: 'Members, oldest first.', schema: MemberListResponse }, ...read } },
    { method: 'post', path: '/:account/members', tag: 'Members', handler: createAddMemberEndpoint(deps),
      operationId: 'addMember', summary: 'Add an existing user by email', params: accountParams, body: addMemberBody,
      description: 'Admins only.',
      responses: { 201: { description: 'The new member.', schema: MemberResponse }, ...write, 409: error('Already a member.') } },
    { method: 'patch', path: '/:account/members/:user_id', tag: 'Members', handler: createUpdateMemberEndpoint(deps),
      operationId: 'updateMember', summary: "Change a member's role", params: memberParams, body: updateMemberBody,
      description: 'Admins only.',
      responses: { 200: { description: 'The member.', schema: MemberResponse }, ...write, 409: lastAdmin } },
    { method: 'delete', path: '/:account/members/:user_id', tag: 'Members', handler: createRemoveMemberEndpoint(deps),
      operationId: 'removeMember', summary: 'Remove a member', params: memberParams, description: 'Admins only.',
      responses: { 204: { description: 'Removed.' }, ...write, 409: lastAdmin } },
  ];

  const router = Router();
  router.use(createApiAuthenticator(deps), jsonBody);
  for (const { handler, tag, ...doc } of routes) {
    router[doc.method](doc.path, handler);
    const path = doc.path === '/' ? paths.apiAccounts : `${paths.apiAccounts}${doc.path}`;
    openapi.registerOperation({ ...doc, path, tags: [tag] });
  }
  return router;
}
