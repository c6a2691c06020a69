import { AccountPageShell } from '../components/account-page-shell.js';
import { CsrfField } from '../components/csrf-field.js';

export interface AccountSettingsPageProps {
  user: { name: string; email: string };
  csrfToken: string;
  account: { id: string; name: string; firstParty: boolean; thirdPartyAccess: boolean };
  role: string;
  notice?: string | undefined;
  error?: string | undefined;
  /** The name typed when the form was refused. */
  name?: string | undefined;
}

const THIRD_PARTY_EXPLANATION =
  'When off, members cannot authorize new public apps of other accounts; existing grants stay.';

/** Account settings: admins change the name and the third-party app access; others read them. */
export function AccountSettingsPage(p: AccountSettingsPageProps) {
  const admin = p.role === 'admin';
  return (
    <AccountPageShell title="Settings" user={p.user} csrfToken={p.csrfToken} account={p.account} role={p.role} current="settings" notice={p.notice} error={p.error}>
      <section class="card">
        <h2>Settings</h2>
        {admin ? (
          <form method="post" action={`/accounts/${encodeURIComponent(p.account.id)}/settings`}>
            <CsrfField token={p.csrfToken} />
            <label for="account-name">Account name</label>
            <input id="account-name" name="name" type="text" required maxLength={100} value={p.name ?? p.account.name} />
            <h3>Third-party app access</h3>
            <label class="check">
              <input type="checkbox" name="third_party_app_access" value="on" checked={p.account.thirdPartyAccess} aria-describedby="tpa-hint" />
              <span>Members may authorize public apps of other accounts</span>
            </label>
            <p class="hint" id="tpa-hint">
              {THIRD_PARTY_EXPLANATION}
            </p>
            <div class="actions">
              <button type="submit" class="primary">
                Save settings
              </button>
            </div>
          </form>
        ) : (
          <>
            <dl class="meta">
              <dt>Account name</dt>
              <dd>{p.account.name}</dd>
              <dt>Third-party app access</dt>
              <dd>{p.account.thirdPartyAccess ? 'On' : 'Off'}</dd>
            </dl>
            <p class="hint">{THIRD_PARTY_EXPLANATION}</p>
            <p class="muted">Only account admins can change settings.</p>
          </>
        )}
      </section>
    </AccountPageShell>
  );
}
