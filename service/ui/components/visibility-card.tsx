import type { ClientResponse } from '../../../shared/api/index.js';
import type { ClientPageContext } from './client-page-shell.js';
import { clientUrls } from './client-urls.js';

/** Who may authorize the app, and (for account admins of a private app) the way to "Make public…". */
export function VisibilityCard({ ctx, client }: { ctx: ClientPageContext; client: ClientResponse }) {
  if (client.visibility === 'public') {
    return (
      <section class="card" id="visibility">
        <h2>Visibility</h2>
        <p>Public: users of any account may authorize this app (unless their account turned third-party app access off). This cannot be undone.</p>
      </section>
    );
  }
  return (
    <section class="card" id="visibility">
      <h2>Visibility</h2>
      <p>Private: only members of {ctx.account.name} may authorize this app.</p>
      {ctx.role === 'admin' ? (
        <a class="button" href={clientUrls.makePublic(ctx.account.id, client.client_id)}>
          Make public…
        </a>
      ) : (
        <p class="muted small">Account admins can make it public once its domain is verified.</p>
      )}
    </section>
  );
}
