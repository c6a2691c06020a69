import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, startCrew, type Crew } from './accounts-test-helpers.js';

let crew: Crew;
beforeAll(async () => {
  crew = await startCrew();
  // Five renames: five events, one per clock tick.
  for (let i = 1; i <= 5; i++) await api(crew.app, crew.sessions.admin, 'PATCH', `/accounts/${crew.account.id}`, { name: `Acme ${i}` });
});
afterAll(() => crew.app.close());

const log = (c: Crew, query = '') => `/accounts/${c.account.id}/audit_log${query}`;

describe('GET /api/v1/accounts/:account/audit_log', () => {
  it('answers events newest first with actor, target, data and ip', async () => {
    const { app, users, sessions, account } = crew;
    const res = await api(app, sessions.member, 'GET', log(crew, '?limit=2'));
    expect(res.status).toBe(200);
    const stored = await app.deps.stores.audit.forAccount(account.id, { limit: 2 });
    expect(res.body).toEqual({
      events: stored.map((e, i) => ({
        id: e.id,
        action: 'account.renamed',
        actor: { id: users.admin.id, email: 'alice@example.test' },
        target_type: 'account',
        target_id: account.id,
        data: { from: `Acme ${4 - i}`, to: `Acme ${5 - i}` },
        ip: '127.0.0.1',
        created_at: new Date(e.createdAt).toISOString(),
      })),
      next_before: stored[1]!.id,
    });
  });

  it('pages with next_before until the last page, which has next_before null', async () => {
    const { app, sessions } = crew;
    const seen: string[] = [];
    let before: string | null = null;
    let pages = 0;
    do {
      const res = await api(app, sessions.admin, 'GET', log(crew, `?limit=2${before ? `&before=${before}` : ''}`));
      seen.push(...res.body.events.map((e: { data: { to: string } }) => e.data.to));
      before = res.body.next_before;
      pages++;
    } while (before);
    expect(pages).toBe(3);
    expect(seen).toEqual(['Acme 5', 'Acme 4', 'Acme 3', 'Acme 2', 'Acme 1']);
  });

  it('defaults to 50 events per page', async () => {
    const res = await api(crew.app, crew.sessions.admin, 'GET', log(crew));
    expect(res.body.events).toHaveLength(5);
    expect(res.body.next_before).toBeNull();
  });

  it('refuses a bad limit or before, naming the field', async () => {
    const { app, sessions } = crew;
    expect(await api(app, sessions.admin, 'GET', log(crew, '?limit=0'))).toMatchObject({ status: 400, body: { error: 'invalid_request', field: 'limit' } });
    expect(await api(app, sessions.admin, 'GET', log(crew, '?limit=101'))).toMatchObject({ status: 400, body: { field: 'limit' } });
    expect(await api(app, sessions.admin, 'GET', log(crew, '?limit=1&limit=2'))).toMatchObject({ status: 400, body: { field: 'limit' } });
    expect(await api(app, sessions.admin, 'GET', log(crew, '?before=%27or%201'))).toMatchObject({ status: 400, body: { field: 'before' } });
  });

  it('answers 404 to outsiders', async () => {
    expect((await api(crew.app, crew.sessions.outsider, 'GET', log(crew))).status).toBe(404);
  });
});
