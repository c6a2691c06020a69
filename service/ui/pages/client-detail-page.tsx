import { type ClientResponse, verificationLost } from '../../../shared/api/index.js';
import type { ScopeCatalog } from '../../../shared/scopes/index.js';
import { ClientFormFields, type ClientFormErrors, type ClientFormValues } from '../components/client-form-fields.js';
import { ClientOverview } from '../components/client-overview.js';
import { ClientPageShell, type ClientPageContext } from '../components/client-page-shell.js';
import { ClientSecretBox } from '../components/client-secret-box.js';
import { ClientSecretsCard } from '../components/client-secrets-card.js';
import { clientUrls } from '../components/client-urls.js';
import { DomainVerificationCard } from '../components/domain-verification-card.js';
import { VisibilityCard } from '../components/visibility-card.js';

export interface ClientDetailPageProps {
  ctx: ClientPageContext;
  catalog: ScopeCatalog;
  client: ClientResponse;
  /** How many users have a live grant for this app. */
  authorizedUsers: number;
  /** A secret issued by this very request (create, rotate, change to confidential): shown once. */
  issued?: { secret: string; title: string } | undefined;
  notice?: string | undefined;
  /** The edit form: the client's values, or the refused input with its errors. */
  form: { values: ClientFormValues; errors: ClientFormErrors };
}

/** `/accounts/:account/clients/:client_id`: details, secrets, and (for writers) edit, rotate and delete. */
export function ClientDetailPage({ ctx, catalog, client, authorizedUsers, issued, notice, form }: ClientDetailPageProps) {
  const detail = clientUrls.detail(ctx.account.id, client.client_id);
  const refused = Object.keys(form.errors).length > 0;
  return (
    <ClientPageShell ctx={ctx} title={client.client_name} trail={[{ label: client.client_name }]}>
      <div class="page-head">
        <div>
          <h1>{client.client_name}</h1>
          <p class="row">
            <span class={`badge ${client.visibility}`}>{client.visibility}</span>
            <span class="badge">{client.token_endpoint_auth_method === 'none' ? 'public client' : 'confidential client'}</span>
            <span class="muted" data-authorized-users={authorizedUsers}>
              {authorizedUsers === 1 ? '1 user has authorized this app' : `${authorizedUsers} users have authorized this app`}
            </span>
          </p>
        </div>
      </div>
      {issued && <ClientSecretBox secret={issued.secret} title={issued.title} />}
      {notice && (
        <p class="notice ok" role="status">
          {notice}
        </p>
      )}
      {verificationLost(client.client_uri_verification) && (
        <p class="notice error" role="alert" id="verification-lost">
          The verified badge was removed: the DNS record for {client.client_uri_verification!.record_name?.replace(/^_consentry-challenge\./, '')} was
          not found in 3 consecutive checks. The app keeps working, unverified. Restart verification below to get it back.
        </p>
      )}
      {refused && (
        <p class="notice error" role="alert">
          Your changes were not saved. Fix the field marked below.
        </p>
      )}
      <ClientOverview client={client} catalog={catalog} />
      <DomainVerificationCard ctx={ctx} client={client} />
      <VisibilityCard ctx={ctx} client={client} />
      <ClientSecretsCard ctx={ctx} client={client} />
      {ctx.canWrite ? (
        <>
          {/* Folded by default so the page stays readable; a refused change opens it at the error. */}
          <details class="card" id="edit" open={refused}>
            <summary>Edit client</summary>
            <form method="post" action={detail} class="client-form">
              <input type="hidden" name="_csrf" value={ctx.csrfToken} />
              <ClientFormFields values={form.values} errors={form.errors} catalog={catalog} />
              <div class="actions">
                <button type="submit" class="primary">
                  Save changes
                </button>
              </div>
            </form>
          </details>
          <section class="card danger-zone">
            <h2>Delete client</h2>
            <p class="muted">Deleting the client stops every token issued to it. This cannot be undone.</p>
            <a class="button danger" href={clientUrls.remove(ctx.account.id, client.client_id)}>
              Delete client…
            </a>
          </section>
        </>
      ) : (
        <p class="muted">You can view this client. Admins and developers of {ctx.account.name} can change it.</p>
      )}
    </ClientPageShell>
  );
}
