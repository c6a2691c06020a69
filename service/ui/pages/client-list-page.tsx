import type { ClientResponse } from '../../../shared/api/index.js';
import { ClientPageShell, type ClientPageContext } from '../components/client-page-shell.js';
import { clientUrls, shortTime } from '../components/client-urls.js';

const METHOD_LABEL: Record<string, string> = {
  none: 'Public (PKCE)',
  client_secret_basic: 'Secret (Basic)',
  client_secret_post: 'Secret (POST)',
};

/** `/accounts/:account/clients`: the account's OAuth clients, like Cloudflare's "OAuth clients" table. */
export function ClientListPage({ ctx, clients, notice }: { ctx: ClientPageContext; clients: ClientResponse[]; notice?: string | undefined }) {
  return (
    <ClientPageShell ctx={ctx} title="OAuth clients" trail={[]}>
      <div class="page-head">
        <div>
          <h1>OAuth clients</h1>
          <p class="muted">Apps that ask users of this service for access. New clients are private to {ctx.account.name} until promoted.</p>
        </div>
        {ctx.canWrite && (
          <a class="button primary" href={clientUrls.create(ctx.account.id)}>
            Register OAuth client
          </a>
        )}
      </div>
      {notice && (
        <p class="notice ok" role="status">
          {notice}
        </p>
      )}
      <section class="card flush">
        {clients.length === 0 ? (
          <div class="empty-state">
            <h2>No OAuth clients yet</h2>
            <p class="muted">
              {ctx.canWrite
                ? 'Register a client to get a client_id and let users sign in to your app with this service.'
                : 'Admins and developers of this account can register clients.'}
            </p>
          </div>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Client ID</th>
                <th scope="col">Visibility</th>
                <th scope="col">Type</th>
                <th scope="col">Scopes</th>
                <th scope="col">Created</th>
              </tr>
            </thead>
            <tbody>
              {clients.map((c) => (
                <tr key={c.client_id}>
                  <td>
                    <a href={clientUrls.detail(ctx.account.id, c.client_id)}>{c.client_name}</a>
                  </td>
                  <td>
                    <code>{c.client_id}</code>
                  </td>
                  <td>
                    <span class={`badge ${c.visibility}`}>{c.visibility}</span>
                  </td>
                  <td>{METHOD_LABEL[c.token_endpoint_auth_method] ?? c.token_endpoint_auth_method}</td>
                  <td>{c.scopes.length + c.optional_scopes.length}</td>
                  <td class="nowrap">{shortTime(c.created_at)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </ClientPageShell>
  );
}
