import { Layout } from '../components/layout.js';

export interface ApiTokenRow {
  id: string;
  name: string;
  createdAt: number;
  lastUsedAt: number | null;
  revokedAt: number | null;
}

export interface ApiTokensPageProps {
  user: { name: string; email: string };
  csrfToken: string;
  tokens: ApiTokenRow[];
  /** The token just created: shown once, never again. */
  created?: { name: string; plaintext: string } | undefined;
  nameError?: string | undefined;
  /** Name typed into the form when it was refused. */
  name?: string | undefined;
}

const when = (ms: number | null) => (ms === null ? 'never' : new Date(ms).toISOString().slice(0, 16).replace('T', ' ') + ' UTC');

/** Personal API tokens for the management API: list, create (shown once), revoke. */
export function ApiTokensPage({ user, csrfToken, tokens, created, nameError, name }: ApiTokensPageProps) {
  return (
    <Layout title="API tokens" user={user} csrfToken={csrfToken}>
      <h1>Personal API tokens</h1>
      <p class="muted">
        Send a token as <code>Authorization: Bearer &lt;token&gt;</code> to the <code>/api/v1</code> management API. It acts as you, in
        every account you belong to.
      </p>
      {created && (
        <section class="card" role="status">
          <h2>Token “{created.name}” created</h2>
          <p class="notice warn">Copy it now: it is shown only once and cannot be recovered.</p>
          <p class="secret" id="new-token">
            {created.plaintext}
          </p>
          <button type="button" data-copy={created.plaintext}>
            Copy
          </button>
        </section>
      )}
      <section class="card">
        <h2>Create a token</h2>
        <form method="post" action="/settings/tokens">
          <input type="hidden" name="_csrf" value={csrfToken} />
          <label for="token-name">Name</label>
          <input
            id="token-name"
            name="name"
            type="text"
            autocomplete="off"
            required
            maxLength={100}
            value={name}
            aria-invalid={nameError ? 'true' : undefined}
            aria-describedby={nameError ? 'token-name-error' : undefined}
            class={nameError ? 'invalid' : undefined}
          />
          {nameError && (
            <p class="field-error" id="token-name-error">
              {nameError}
            </p>
          )}
          <div class="actions">
            <button type="submit" class="primary">
              Create token
            </button>
          </div>
        </form>
      </section>
      <section class="card">
        <h2>Your tokens</h2>
        {tokens.length === 0 ? (
          <p class="muted">You have no API tokens.</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Created</th>
                <th scope="col">Last used</th>
                <th scope="col">
                  <span class="muted">Action</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {tokens.map((t) => (
                <tr key={t.id}>
                  <td>{t.name}</td>
                  <td>{when(t.createdAt)}</td>
                  <td>{when(t.lastUsedAt)}</td>
                  <td>
                    {t.revokedAt === null ? (
                      <form method="post" action={`/settings/tokens/${encodeURIComponent(t.id)}/revoke`} class="inline">
                        <input type="hidden" name="_csrf" value={csrfToken} />
                        <button type="submit" class="danger" aria-label={`Revoke token ${t.name}`}>
                          Revoke
                        </button>
                      </form>
                    ) : (
                      <span class="badge private">revoked {when(t.revokedAt)}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </Layout>
  );
}
