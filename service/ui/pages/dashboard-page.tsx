import { accountPageUrl } from '../components/account-nav.js';
import { CsrfField } from '../components/csrf-field.js';
import { FormError } from '../components/form-error.js';
import { Layout } from '../components/layout.js';

export interface DashboardAccountRow {
  id: string;
  name: string;
  role: string;
  firstParty: boolean;
  clientCount: number;
}

export interface DashboardPageProps {
  user: { name: string; email: string };
  csrfToken: string;
  accounts: DashboardAccountRow[];
  /** Why the create-account form was refused, and what was typed. */
  error?: string | undefined;
  name?: string | undefined;
}

/** The dashboard home: the user's accounts with role and client count, and a form to create one. */
export function DashboardPage({ user, csrfToken, accounts, error, name }: DashboardPageProps) {
  return (
    <Layout title="Dashboard" user={user} csrfToken={csrfToken}>
      <h1>Your accounts</h1>
      {accounts.some((a) => a.firstParty && a.role === 'admin') && (
        <p class="notice ok">
          You administer the operator account: <a href="/admin/signing-keys">token signing keys</a>.
        </p>
      )}
      <section class="card">
        {accounts.length === 0 ? (
          <p class="muted">You are not a member of any account yet. Create one below, or ask an account admin to add you.</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">Account</th>
                <th scope="col">Your role</th>
                <th scope="col">OAuth clients</th>
                <th scope="col">Manage</th>
              </tr>
            </thead>
            <tbody>
              {accounts.map((a) => (
                <tr key={a.id}>
                  <td>
                    <a href={accountPageUrl(a.id, 'clients')}>{a.name}</a>{' '}
                    {a.firstParty && <span class="shield first-party">first-party</span>}
                  </td>
                  <td>
                    <span class={`badge role ${a.role}`}>{a.role}</span>
                  </td>
                  <td>{a.clientCount}</td>
                  <td class="links">
                    <a href={accountPageUrl(a.id, 'clients')}>Clients</a>
                    <a href={accountPageUrl(a.id, 'members')}>Members</a>
                    <a href={accountPageUrl(a.id, 'settings')}>Settings</a>
                    <a href={accountPageUrl(a.id, 'audit-log')}>Audit log</a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section class="card">
        <h2>Create an account</h2>
        <p class="muted">An account is an organisation that owns OAuth clients. You become its admin.</p>
        <FormError message={error} />
        <form method="post" action="/accounts">
          <CsrfField token={csrfToken} />
          <label for="account-name">Account name</label>
          <input id="account-name" name="name" type="text" required maxLength={100} autocomplete="organization" value={name} />
          <div class="actions">
            <button type="submit" class="primary">
              Create account
            </button>
          </div>
        </form>
      </section>
    </Layout>
  );
}
