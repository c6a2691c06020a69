import type { ClientResponse } from '../../../shared/api/index.js';
import type { ScopeCatalog } from '../../../shared/scopes/index.js';
import { shortTime } from './client-urls.js';

function ScopeList({ ids, catalog }: { ids: readonly string[]; catalog: ScopeCatalog }) {
  if (ids.length === 0) return <span class="muted">none</span>;
  return (
    <ul class="plain">
      {ids.map((id) => {
        const s = catalog.get(id);
        return (
          <li key={id}>
            {s ? s.name : id} <code class="muted">{id}</code> {s && <span class={`badge ${s.risk}`}>{s.risk}</span>}
          </li>
        );
      })}
    </ul>
  );
}

function Url({ href }: { href: string | undefined }) {
  // Registered URLs are https by schema; shown as text links, never followed automatically.
  return href ? (
    <a href={href} rel="noopener noreferrer nofollow">
      {href}
    </a>
  ) : (
    <span class="muted">not set</span>
  );
}

/** Everything registered for a client, read-only (what members see). */
export function ClientOverview({ client, catalog }: { client: ClientResponse; catalog: ScopeCatalog }) {
  return (
    <section class="card">
      <h2>Overview</h2>
      <dl class="meta">
        <dt>Client ID</dt>
        <dd>
          <code id="client-id">{client.client_id}</code>{' '}
          <button type="button" class="link" data-copy={client.client_id}>
            Copy
          </button>
        </dd>
        <dt>Authentication</dt>
        <dd>
          <code>{client.token_endpoint_auth_method}</code>
        </dd>
        <dt>Grant types</dt>
        <dd>{client.grant_types.join(', ')}</dd>
        <dt>Redirect URIs</dt>
        <dd>
          <ul class="plain">
            {client.redirect_uris.map((u) => (
              <li key={u}>
                <code>{u}</code>
              </li>
            ))}
          </ul>
        </dd>
        <dt>Required scopes</dt>
        <dd>
          <ScopeList ids={client.scopes} catalog={catalog} />
        </dd>
        <dt>Optional scopes</dt>
        <dd>
          <ScopeList ids={client.optional_scopes} catalog={catalog} />
        </dd>
        <dt>Home page</dt>
        <dd>
          <Url href={client.client_uri} />
        </dd>
        <dt>Logo</dt>
        <dd>
          <Url href={client.logo_uri} />
        </dd>
        <dt>Privacy policy</dt>
        <dd>
          <Url href={client.policy_uri} />
        </dd>
        <dt>Terms of service</dt>
        <dd>
          <Url href={client.tos_uri} />
        </dd>
        <dt>Contacts</dt>
        <dd>{client.contacts?.length ? client.contacts.join(', ') : <span class="muted">none</span>}</dd>
        <dt>Created</dt>
        <dd>{shortTime(client.created_at)}</dd>
        <dt>Updated</dt>
        <dd>{shortTime(client.updated_at)}</dd>
      </dl>
    </section>
  );
}
