import { type ClientResponse, PUBLIC_PREREQUISITES, type PublicPrerequisite } from '../../../shared/api/index.js';
import { ClientPageShell, type ClientPageContext } from '../components/client-page-shell.js';
import { clientUrls } from '../components/client-urls.js';

export interface ClientMakePublicPageProps {
  ctx: ClientPageContext;
  client: ClientResponse;
  unmet: readonly PublicPrerequisite[];
}

/**
 * `/accounts/:account/clients/:client_id/make_public`: the confirmation step of the one-way
 * promotion. Lists every prerequisite with whether it holds; the confirm button only when all do.
 */
export function ClientMakePublicPage({ ctx, client, unmet }: ClientMakePublicPageProps) {
  const detail = clientUrls.detail(ctx.account.id, client.client_id);
  const ready = unmet.length === 0;
  return (
    <ClientPageShell ctx={ctx} title={`Make ${client.client_name} public`} trail={[{ label: client.client_name, href: detail }, { label: 'Make public' }]}>
      <section class="card">
        <h1>Make “{client.client_name}” public?</h1>
        <p>
          Users of any account will be able to authorize this app, unless their account turned third-party app access off. There is no way back:
          a public app cannot be made private again.
        </p>
        <h2>Prerequisites</h2>
        <ul class="plain checklist">
          {(Object.keys(PUBLIC_PREREQUISITES) as PublicPrerequisite[]).map((key) => {
            const met = !unmet.includes(key);
            return (
              <li key={key} class={met ? 'met' : 'unmet'} data-prerequisite={key} data-met={String(met)}>
                {met ? '✓' : '✗'} {PUBLIC_PREREQUISITES[key].replace(/^./, (c) => c.toUpperCase())}
              </li>
            );
          })}
        </ul>
        {ready ? (
          <form method="post" action={clientUrls.makePublic(ctx.account.id, client.client_id)}>
            <input type="hidden" name="_csrf" value={ctx.csrfToken} />
            <div class="actions">
              <button type="submit" class="primary" name="confirm" value="yes">
                Make public
              </button>
              <a class="button" href={detail}>
                Cancel
              </a>
            </div>
          </form>
        ) : (
          <p class="notice warn" role="status">
            Meet every prerequisite above first. <a href={detail}>Back to the client</a>
          </p>
        )}
      </section>
    </ClientPageShell>
  );
}
