import type { ClientResponse } from '../../../shared/api/index.js';
import { ClientPageShell, type ClientPageContext } from '../components/client-page-shell.js';
import { clientUrls } from '../components/client-urls.js';

/** `/accounts/:account/clients/:client_id/delete`: the confirmation step (no JS dialog needed). */
export function ClientDeletePage({ ctx, client }: { ctx: ClientPageContext; client: ClientResponse }) {
  const detail = clientUrls.detail(ctx.account.id, client.client_id);
  return (
    <ClientPageShell ctx={ctx} title={`Delete ${client.client_name}`} trail={[{ label: client.client_name, href: detail }, { label: 'Delete' }]}>
      <section class="card danger-zone">
        <h1>Delete “{client.client_name}”?</h1>
        <p>
          Client <code>{client.client_id}</code> and its secrets will be deleted. Apps using it can no longer sign users in, and every token
          issued to it stops working. This cannot be undone.
        </p>
        <form method="post" action={clientUrls.remove(ctx.account.id, client.client_id)}>
          <input type="hidden" name="_csrf" value={ctx.csrfToken} />
          <div class="actions">
            <button type="submit" class="danger">
              Delete client
            </button>
            <a class="button" href={detail}>
              Cancel
            </a>
          </div>
        </form>
      </section>
    </ClientPageShell>
  );
}
