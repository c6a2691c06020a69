import type { ScopeCatalog } from '../../../shared/scopes/index.js';
import { ClientFormFields, type ClientFormErrors, type ClientFormValues } from '../components/client-form-fields.js';
import { ClientPageShell, type ClientPageContext } from '../components/client-page-shell.js';
import { clientUrls } from '../components/client-urls.js';

export interface ClientNewPageProps {
  ctx: ClientPageContext;
  catalog: ScopeCatalog;
  values: ClientFormValues;
  errors: ClientFormErrors;
}

/** `/accounts/:account/clients/new`: the registration form; a refused form comes back with its input and inline errors. */
export function ClientNewPage({ ctx, catalog, values, errors }: ClientNewPageProps) {
  const count = Object.keys(errors).length;
  return (
    <ClientPageShell ctx={ctx} title="Register OAuth client" trail={[{ label: 'Register' }]}>
      <h1>Register an OAuth client</h1>
      <p class="muted">
        The client starts <span class="badge private">private</span>: only members of {ctx.account.name} can authorize it. The client ID is
        generated for you; confidential clients get a secret, shown once.
      </p>
      {count > 0 && (
        <p class="notice error" role="alert">
          The client was not registered. Fix the field marked below.
        </p>
      )}
      <form method="post" action={clientUrls.list(ctx.account.id)} class="card client-form">
        <input type="hidden" name="_csrf" value={ctx.csrfToken} />
        <ClientFormFields values={values} errors={errors} catalog={catalog} />
        <div class="actions">
          <button type="submit" class="primary">
            Register client
          </button>
          <a class="button" href={clientUrls.list(ctx.account.id)}>
            Cancel
          </a>
        </div>
      </form>
    </ClientPageShell>
  );
}
