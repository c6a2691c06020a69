import type { AuditEventResponse } from '../../../shared/api/index.js';
import { accountPageUrl } from '../components/account-nav.js';
import { AccountPageShell } from '../components/account-page-shell.js';

export interface AuditLogPageProps {
  user: { name: string; email: string };
  csrfToken: string;
  account: { id: string; name: string; firstParty: boolean };
  role: string;
  events: AuditEventResponse[];
  /** Set when this is not the newest page. */
  before?: string | undefined;
  nextBefore: string | null;
}

const when = (iso: string) => iso.slice(0, 19).replace('T', ' ') + ' UTC';

/** An account's audit log, newest first, one page at a time (keyset pagination). */
export function AuditLogPage(p: AuditLogPageProps) {
  const url = accountPageUrl(p.account.id, 'audit-log');
  return (
    <AccountPageShell title="Audit log" user={p.user} csrfToken={p.csrfToken} account={p.account} role={p.role} current="audit-log">
      <section class="card">
        <h2>Audit log</h2>
        {p.events.length === 0 ? (
          <p class="muted">No events{p.before ? ' older than these' : ' yet'}.</p>
        ) : (
          <table class="audit">
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Action</th>
                <th scope="col">Actor</th>
                <th scope="col">Target</th>
                <th scope="col">Details</th>
                <th scope="col">IP</th>
              </tr>
            </thead>
            <tbody>
              {p.events.map((e) => (
                <tr key={e.id}>
                  <td class="nowrap">{when(e.created_at)}</td>
                  <td>
                    <code>{e.action}</code>
                  </td>
                  <td>{e.actor ? e.actor.email : <span class="muted">operator</span>}</td>
                  <td>{e.target_type && <span class="mono">{`${e.target_type} ${e.target_id ?? ''}`}</span>}</td>
                  <td>
                    <code>{JSON.stringify(e.data)}</code>
                  </td>
                  <td class="mono">{e.ip ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <nav class="actions" aria-label="Audit log pages">
          {p.before && (
            <a class="button" href={url}>
              Newest events
            </a>
          )}
          {p.nextBefore && (
            <a class="button" href={`${url}?before=${encodeURIComponent(p.nextBefore)}`}>
              Older events
            </a>
          )}
        </nav>
      </section>
    </AccountPageShell>
  );
}
