import type { ClientResponse } from '../../../shared/api/index.js';
import type { ClientPageContext } from './client-page-shell.js';
import { clientUrls, shortTime } from './client-urls.js';

/**
 * The client's live secrets (metadata only) and the rotation controls: "Rotate secret" adds a
 * new secret while the old one keeps working; "Finish rotation" retires the old one.
 */
export function ClientSecretsCard({ ctx, client }: { ctx: ClientPageContext; client: ClientResponse }) {
  if (client.token_endpoint_auth_method === 'none') {
    return (
      <section class="card">
        <h2>Client secret</h2>
        <p class="muted">Public clients have no secret: they prove possession with PKCE on every authorization.</p>
      </section>
    );
  }
  const rotating = client.secrets.length > 1;
  return (
    <section class="card">
      <h2>Client secrets</h2>
      {rotating && (
        <p class="notice warn">
          Rotation in progress: both secrets below work. Deploy the new secret, then finish the rotation to retire the old one.
        </p>
      )}
      <table>
        <thead>
          <tr>
            <th scope="col">Secret</th>
            <th scope="col">Issued</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {client.secrets.map((s, i) => (
            <tr key={s.id}>
              <td>
                <code>{s.id}</code>
              </td>
              <td>{shortTime(s.created_at)}</td>
              <td>{i === 0 ? <span class="badge read">current</span> : <span class="badge write">previous, still valid</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {ctx.canWrite && (
        <div class="actions">
          {rotating ? (
            <form method="post" action={clientUrls.finish(ctx.account.id, client.client_id)} class="inline">
              <input type="hidden" name="_csrf" value={ctx.csrfToken} />
              <button type="submit" class="primary">
                Finish rotation
              </button>
            </form>
          ) : (
            <form method="post" action={clientUrls.rotate(ctx.account.id, client.client_id)} class="inline">
              <input type="hidden" name="_csrf" value={ctx.csrfToken} />
              <button type="submit">Rotate secret</button>
            </form>
          )}
        </div>
      )}
    </section>
  );
}
