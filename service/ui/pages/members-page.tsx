import { AccountPageShell } from '../components/account-page-shell.js';
import { CsrfField } from '../components/csrf-field.js';
import { RoleSelect } from '../components/role-select.js';

export interface MemberRow {
  userId: string;
  email: string;
  name: string;
  role: string;
  createdAt: number;
}

export interface MembersPageProps {
  user: { id: string; name: string; email: string };
  csrfToken: string;
  account: { id: string; name: string; firstParty: boolean };
  role: string;
  members: MemberRow[];
  notice?: string | undefined;
  error?: string | undefined;
  /** What was typed into the add form when it was refused. */
  email?: string | undefined;
}

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Members of an account: everyone reads; admins add by email, change roles and remove. */
export function MembersPage(p: MembersPageProps) {
  const admin = p.role === 'admin';
  const base = `/accounts/${encodeURIComponent(p.account.id)}/members`;
  return (
    <AccountPageShell title="Members" user={p.user} csrfToken={p.csrfToken} account={p.account} role={p.role} current="members" notice={p.notice} error={p.error}>
      <section class="card">
        <h2>Members</h2>
        <table>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Email</th>
              <th scope="col">Role</th>
              <th scope="col">Member since</th>
              {admin && <th scope="col">Manage</th>}
            </tr>
          </thead>
          <tbody>
            {p.members.map((m) => (
              <tr key={m.userId}>
                <td>
                  {m.name} {m.userId === p.user.id && <span class="muted">(you)</span>}
                </td>
                <td>{m.email}</td>
                <td>
                  <span class={`badge role ${m.role}`}>{m.role}</span>
                </td>
                <td>{day(m.createdAt)}</td>
                {admin && (
                  <td class="row">
                    <form method="post" action={`${base}/${encodeURIComponent(m.userId)}/role`} class="row">
                      <CsrfField token={p.csrfToken} />
                      <RoleSelect id={`role-${m.userId}`} value={m.role} label={`Role of ${m.email}`} />
                      <button type="submit">Change role</button>
                    </form>
                    <form method="post" action={`${base}/${encodeURIComponent(m.userId)}/remove`} class="inline">
                      <CsrfField token={p.csrfToken} />
                      <button type="submit" class="danger" aria-label={`Remove ${m.email}`}>
                        Remove
                      </button>
                    </form>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {admin ? (
        <section class="card">
          <h2>Add a member</h2>
          <p class="muted">The person must already have a Consentry user (they can sign up first).</p>
          <form method="post" action={base}>
            <CsrfField token={p.csrfToken} />
            <label for="member-email">Email</label>
            <input id="member-email" name="email" type="email" required maxLength={254} autocomplete="off" value={p.email} />
            <label for="member-role">Role</label>
            <RoleSelect id="member-role" value="member" />
            <div class="actions">
              <button type="submit" class="primary">
                Add member
              </button>
            </div>
          </form>
        </section>
      ) : (
        <p class="muted">Only account admins can add, change or remove members.</p>
      )}
    </AccountPageShell>
  );
}
