import { Layout } from '../components/layout.js';

export interface ErrorPageProps {
  status: number;
  code: string;
  description: string;
}

/** Shown instead of redirecting whenever a redirect target cannot be trusted (RFC 6749 §4.1.2.1). */
export function ErrorPage({ status, code, description }: ErrorPageProps) {
  return (
    <Layout title="Error" narrow>
      <section class="card">
        <h1>{status === 404 ? 'Not found' : 'Something is not right'}</h1>
        <p class="error-text">{description}</p>
        <p class="muted">
          Error code: <code>{code}</code>
        </p>
        <p>
          <a href="/">Go to the dashboard</a>
        </p>
      </section>
    </Layout>
  );
}
