import type { AccountGrantSummary } from '../../../shared/api/index.js';
import type { Risk } from '../../../shared/scopes/index.js';
import { AppIdentity } from './app-identity.js';

/** A granted scope as listed: its catalog name and risk (ids the catalog lost are shown as ids). */
export interface GrantedScope {
  id: string;
  name: string;
  risk: Risk | 'unknown';
}

export interface GrantCardProps {
  grant: Omit<AccountGrantSummary, 'user'> & { user?: AccountGrantSummary['user'] };
  scopes: GrantedScope[];
  revokeAction: string;
  csrfToken: string;
}

const when = (iso: string | null) => (iso === null ? 'never' : `${iso.slice(0, 16).replace('T', ' ')} UTC`);

/** One connected app: identity and shield, scopes, accounts, dates and a Revoke form (no JS). */
export function GrantCard({ grant, scopes, revokeAction, csrfToken }: GrantCardProps) {
  return (
    <section class="card grant" data-grant={grant.grant_id}>
      <div class="spread">
        <AppIdentity name={grant.client.client_name} logoUri={grant.client.logo_uri} publisherHost={null} shield={grant.client.shield} />
        <form method="post" action={revokeAction}>
          <input type="hidden" name="_csrf" value={csrfToken} />
          <button type="submit" class="danger">
            Revoke
          </button>
        </form>
      </div>
      <dl class="meta small">
        {grant.user && (
          <>
            <dt>Granted by</dt>
            <dd>
              {grant.user.name} ({grant.user.email})
            </dd>
          </>
        )}
        <dt>Access</dt>
        <dd class="grant-scopes">
          {scopes.map((s) => (
            <span key={s.id} class={`badge ${s.risk}`} title={s.id}>
              {s.name}
            </span>
          ))}
        </dd>
        <dt>Accounts</dt>
        <dd>{grant.accounts.length ? grant.accounts.map((a) => a.name).join(', ') : 'none'}</dd>
        <dt>Granted</dt>
        <dd>{when(grant.granted_at)}</dd>
        <dt>Last used</dt>
        <dd>{when(grant.last_used_at)}</dd>
      </dl>
    </section>
  );
}
