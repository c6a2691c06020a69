import type { ComponentChildren } from 'preact';
import { AccountPageShell } from './account-page-shell.js';
import { ClientBreadcrumbs, type Crumb } from './client-breadcrumbs.js';
import { clientUrls } from './client-urls.js';

/** What every OAuth-client page knows about the viewer and the account. */
export interface ClientPageContext {
  user: { name: string; email: string };
  csrfToken: string;
  account: { id: string; name: string; firstParty: boolean };
  role: string;
  /** Admins and developers change clients; members only read. */
  canWrite: boolean;
}

/** Layout, the account heading with its sub-navigation, and (below the list) breadcrumbs. */
export function ClientPageShell({ ctx, title, trail, children }: { ctx: ClientPageContext; title: string; trail: Crumb[]; children: ComponentChildren }) {
  return (
    <AccountPageShell title={title} user={ctx.user} csrfToken={ctx.csrfToken} account={ctx.account} role={ctx.role} current="clients">
      {trail.length > 0 && <ClientBreadcrumbs crumbs={[{ label: 'OAuth clients', href: clientUrls.list(ctx.account.id) }, ...trail]} />}
      {children}
    </AccountPageShell>
  );
}
