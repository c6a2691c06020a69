import type { Response } from 'express';
import { AccountPageShell } from '../components/account-page-shell.js';
import type { GrantCardProps } from '../components/grant-card.js';
import { GrantList } from '../components/grant-list.js';
import { renderPage } from '../render-page.js';

export interface AccountGrantsPageProps {
  user: { name: string; email: string };
  csrfToken: string;
  account: { id: string; name: string; firstParty: boolean };
  role: string;
  grants: Array<Omit<GrantCardProps, 'csrfToken'>>;
  notice?: string | undefined;
  /** The next page of older grants, when there is one (lists are paged, newest first). */
  olderHref?: string | undefined;
}

/** Account admins: every app the account's members authorized, with who did it, and Revoke. */
export function AccountGrantsPage({ user, csrfToken, account, role, grants, notice, olderHref }: AccountGrantsPageProps) {
  return (
    <AccountPageShell title="App grants" user={user} csrfToken={csrfToken} account={account} role={role} current="grants" notice={notice}>
      <h2>Apps authorized by members</h2>
      <p class="muted">Every grant a member of this account gave to an app. Revoking one ends the app's access for that member at once.</p>
      <GrantList grants={grants} csrfToken={csrfToken} empty={{ title: 'No grants', text: 'No member has authorized an app yet.' }} olderHref={olderHref} />
    </AccountPageShell>
  );
}

export function renderAccountGrantsPage(res: Response, props: AccountGrantsPageProps): void {
  renderPage(res, <AccountGrantsPage {...props} />);
}
