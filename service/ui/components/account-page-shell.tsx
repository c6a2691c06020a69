import type { ComponentChildren } from 'preact';
import { AccountNav, type AccountNavProps } from './account-nav.js';
import { FormError } from './form-error.js';
import { Layout } from './layout.js';

export interface AccountPageShellProps extends AccountNavProps {
  title: string;
  user: { name: string; email: string };
  csrfToken: string;
  /** A success message after a form post (303 back here). */
  notice?: string | undefined;
  /** Why a form post was refused. */
  error?: string | undefined;
  children: ComponentChildren;
}

/** Every account page: layout, the account heading with its sub-navigation, then notice or error. */
export function AccountPageShell({ title, user, csrfToken, account, role, current, notice, error, children }: AccountPageShellProps) {
  return (
    <Layout title={`${title} · ${account.name}`} user={user} csrfToken={csrfToken}>
      <AccountNav account={account} role={role} current={current} />
      {notice && (
        <p class="notice ok" role="status">
          {notice}
        </p>
      )}
      <FormError message={error} />
      {children}
    </Layout>
  );
}
