import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../helpers/fixtures.js';
import { PASSWORD, api, iso, startCrew, type Crew } from './accounts-test-helpers.js';

let crew: Crew;
beforeAll(async () => {
  crew = await startCrew();
});
afterAll(() => crew.app.close());

const members = (c: Crew) => `/accounts/${c.account.id}/members`;

describe('GET /api/v1/accounts/:account/members', () => {
  it('lists members with role to every member, oldest first', async () => {
    const { app, users, sessions } = crew;
    const res = await api(app, sessions.member, 'GET', members(crew));
    expect(res.status).toBe(200);
    const stored = await app.deps.stores.accounts.members(crew.account.id);
    expect(res.body).toEqual({
      members: (['admin', 'developer', 'member'] as const).map((role) => ({
        user_id: users[role].id,
        email: users[role].email,
        name: users[role].name,
        role,
        created_at: iso(stored.find((m) => m.userId === users[role].id)!.createdAt),
      })),
    });
  });

  it('answers 404 to outsiders', async () => {
    expect((await api(crew.app, crew.sessions.outsider, 'GET', members(crew))).status).toBe(404);
  });
});

describe('POST /api/v1/accounts/:account/members', () => {
  it('lets an admin add an existing user by email (case-insensitive) and records account.member_added', async () => {
    const { app, users, sessions, account } = crew;
    const dave = await createUser(app.deps, { email: 'dave@example.test', password: PASSWORD, name: 'Dave' });
    const res = await api(app, sessions.admin, 'POST', members(crew), { email: 'DAVE@example.test', role: 'developer' });
    expect(res.status).toBe(201);
    const m = (await app.deps.stores.accounts.membership(account.id, dave.id))!;
    expect(res.body).toEqual({ user_id: dave.id, email: 'dave@example.test', name: 'Dave', role: 'developer', created_at: iso(m.createdAt) });
    const [event] = await app.deps.stores.audit.forAccount(account.id, { limit: 1 });
    expect(event).toMatchObject({
      action: 'account.member_added',
      actorUserId: users.admin.id,
      targetType: 'user',
      targetId: dave.id,
      data: { email: 'dave@example.test', role: 'developer' },
    });
  });

  it('refuses an unknown email (400) and an existing member (409)', async () => {
    const { app, sessions } = crew;
    expect(await api(app, sessions.admin, 'POST', members(crew), { email: 'nobody@example.test', role: 'member' })).toMatchObject({
      status: 400,
      body: { error: 'invalid_request', error_description: 'no user has this email; they must sign up first', field: 'email' },
    });
    expect(await api(app, sessions.admin, 'POST', members(crew), { email: 'carol@example.test', role: 'admin' })).toMatchObject({
      status: 409,
      body: { error: 'conflict', error_description: 'carol@example.test is already a member of this account', field: 'email' },
    });
  });

  it('refuses a bad role, naming the field', async () => {
    const res = await api(crew.app, crew.sessions.admin, 'POST', members(crew), { email: 'mallory@example.test', role: 'owner' });
    expect(res.status).toBe(400);
    expect(res.body.field).toBe('role');
  });

  it('refuses developers and members (403) and outsiders (404)', async () => {
    const { app, sessions } = crew;
    const body = { email: 'mallory@example.test', role: 'admin' };
    expect((await api(app, sessions.developer, 'POST', members(crew), body)).status).toBe(403);
    expect((await api(app, sessions.member, 'POST', members(crew), body)).status).toBe(403);
    expect((await api(app, sessions.outsider, 'POST', members(crew), body)).status).toBe(404);
    expect(await app.deps.stores.accounts.membership(crew.account.id, crew.users.outsider.id)).toBeUndefined();
  });
});

describe('PATCH /api/v1/accounts/:account/members/:user_id', () => {
  it('changes a role and records account.member_role_changed', async () => {
    const { app, users, sessions, account } = crew;
    const res = await api(app, sessions.admin, 'PATCH', `${members(crew)}/${users.member.id}`, { role: 'developer' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ user_id: users.member.id, role: 'developer' });
    const [event] = await app.deps.stores.audit.forAccount(account.id, { limit: 1 });
    expect(event).toMatchObject({ action: 'account.member_role_changed', targetId: users.member.id, data: { from: 'member', to: 'developer' } });
    await api(app, sessions.admin, 'PATCH', `${members(crew)}/${users.member.id}`, { role: 'member' });
  });

  it('refuses to demote the last admin (409) and leaves the role unchanged', async () => {
    const { app, users, sessions, account } = crew;
    const res = await api(app, sessions.admin, 'PATCH', `${members(crew)}/${users.admin.id}`, { role: 'member' });
    expect(res.status).toBe(409);
    expect(res.body).toEqual({
      error: 'conflict',
      error_description: 'the last admin of an account cannot be demoted; make another member admin first',
    });
    expect(await app.deps.stores.accounts.membership(account.id, users.admin.id)).toMatchObject({ role: 'admin' });
  });

  it('answers 404 for a user who is not a member', async () => {
    const res = await api(crew.app, crew.sessions.admin, 'PATCH', `${members(crew)}/${crew.users.outsider.id}`, { role: 'member' });
    expect(res).toMatchObject({ status: 404, body: { error: 'not_found', error_description: 'no such member' } });
  });
});

describe('DELETE /api/v1/accounts/:account/members/:user_id', () => {
  it('refuses to remove the last admin (409)', async () => {
    const res = await api(crew.app, crew.sessions.admin, 'DELETE', `${members(crew)}/${crew.users.admin.id}`);
    expect(res).toMatchObject({
      status: 409,
      body: { error: 'conflict', error_description: 'the last admin of an account cannot be removed; make another member admin first' },
    });
  });

  it('removes a member (204), records account.member_removed, and the removed user then gets 404', async () => {
    const { app, users, sessions, account } = crew;
    const res = await api(app, sessions.admin, 'DELETE', `${members(crew)}/${users.member.id}`);
    expect(res.status).toBe(204);
    expect(res.body).toBeUndefined();
    const [event] = await app.deps.stores.audit.forAccount(account.id, { limit: 1 });
    expect(event).toMatchObject({ action: 'account.member_removed', targetId: users.member.id, data: { role: 'member' } });
    expect((await api(app, sessions.member, 'GET', `/accounts/${account.id}`)).status).toBe(404);
  });

  it('lets an admin leave once another admin exists', async () => {
    const { app, users, sessions, account } = crew;
    await api(app, sessions.admin, 'PATCH', `${members(crew)}/${users.developer.id}`, { role: 'admin' });
    expect((await api(app, sessions.admin, 'DELETE', `${members(crew)}/${users.admin.id}`)).status).toBe(204);
    expect((await app.deps.stores.accounts.members(account.id)).filter((m) => m.role === 'admin').map((m) => m.userId)).toEqual([users.developer.id]);
  });
});
