import { CsrfField } from '../components/csrf-field.js';
import { Layout } from '../components/layout.js';

export interface SigningKeyRow {
  kid: string;
  alg: string;
  state: 'next' | 'current' | 'previous' | 'retired';
  createdAt: string;
  retiredAt: string | null;
}

export interface SigningKeysPageProps {
  user: { name: string; email: string };
  csrfToken: string;
  operatorName: string;
  keys: SigningKeyRow[];
  notice?: string | undefined;
}

const STATE_TEXT: Record<SigningKeyRow['state'], string> = {
  next: 'published, not signing yet',
  current: 'signing',
  previous: 'published until its tokens expire',
  retired: 'retired',
};

/** Operator admins: the token signing keys in the JWKS and the rolling rotation. */
export function SigningKeysPage({ user, csrfToken, operatorName, keys, notice }: SigningKeysPageProps) {
  return (
    <Layout title="Signing keys" user={user} csrfToken={csrfToken}>
      <h1>Token signing keys</h1>
      <p class="muted">
        Service-wide setting for admins of {operatorName}. Access and ID tokens are signed with ES256; every key listed here is
        published at <a href="/.well-known/jwks.json">/.well-known/jwks.json</a>.
      </p>
      {notice && <p class="notice ok">{notice}</p>}
      <section class="card">
        <table>
          <thead>
            <tr>
              <th scope="col">Key id</th>
              <th scope="col">Algorithm</th>
              <th scope="col">State</th>
              <th scope="col">Created</th>
            </tr>
          </thead>
          <tbody>
            {keys.map((k) => (
              <tr key={k.kid}>
                <td class="mono">{k.kid}</td>
                <td>{k.alg}</td>
                <td>
                  <span class={`badge ${k.state === 'current' ? 'read' : 'write'}`}>{k.state}</span> <span class="muted small">{STATE_TEXT[k.state]}</span>
                </td>
                <td>{k.createdAt}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section class="card">
        <h2>Rotate</h2>
        <p>
          A rotation first publishes a new key without signing with it, so verifiers that cache the JWKS learn it; a few minutes
          later (or when you rotate again) it starts signing and the old key stays published until the tokens it signed have
          expired. Rotate immediately only when a key may be compromised: verifiers holding a cached JWKS will reject new tokens
          until they fetch it again.
        </p>
        <div class="actions">
          <form method="post" action="/admin/signing-keys/rotate" class="inline">
            <CsrfField token={csrfToken} />
            <button type="submit" class="primary">
              Rotate
            </button>
          </form>
          <form method="post" action="/admin/signing-keys/rotate" class="inline">
            <CsrfField token={csrfToken} />
            <input type="hidden" name="immediate" value="true" />
            <button type="submit" class="danger">
              Rotate immediately
            </button>
          </form>
        </div>
      </section>
    </Layout>
  );
}
