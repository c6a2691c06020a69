import type { Response } from 'express';
import type { GrantCardProps } from '../components/grant-card.js';
import { GrantList } from '../components/grant-list.js';
import { Layout } from '../components/layout.js';
import { renderPage } from '../render-page.js';

export interface ConnectedAppsPageProps {
  user: { name: string; email: string };
  csrfToken: string;
  grants: Array<Omit<GrantCardProps, 'csrfToken'>>;
  /** Set right after a revoke. */
  notice?: string | undefined;
  /** The next page of older grants, when there is one (lists are paged, newest first). */
  olderHref?: string | undefined;
}

/** Every app the user authorized, each with Revoke: one click ends the grant and all its tokens. */
export function ConnectedAppsPage({ user, csrfToken, grants, notice, olderHref }: ConnectedAppsPageProps) {
  return (
    <Layout title="Connected apps" user={user} csrfToken={csrfToken}>
      <h1>Connected apps</h1>
      <p class="muted">Apps you allowed to use your Consentry user. Revoking one ends its access at once, including tokens it already holds.</p>
      {notice && <p class="notice ok">{notice}</p>}
      <GrantList grants={grants} csrfToken={csrfToken} empty={{ title: 'No connected apps', text: 'When you allow an app on a consent page, it shows up here.' }} olderHref={olderHref} />
    </Layout>
  );
}

export function renderConnectedAppsPage(res: Response, props: ConnectedAppsPageProps): void {
  renderPage(res, <ConnectedAppsPage {...props} />);
}
