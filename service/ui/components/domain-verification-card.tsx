import { type ClientResponse, verificationLost } from '../../../shared/api/index.js';
import type { ClientPageContext } from './client-page-shell.js';
import { clientUrls, shortTime } from './client-urls.js';

type Verification = NonNullable<ClientResponse['client_uri_verification']>;

const STATUS_LABEL: Record<Verification['status'], string> = {
  none: 'Not started',
  pending: 'Pending',
  in_progress: 'Checking',
  verified: 'Verified',
  failed: 'Failed',
};

/** One sentence per status: what it means and what the developer does next. */
function explain(v: Verification, host: string): string {
  switch (v.status) {
    case 'pending':
      return `Add the TXT record below at your DNS provider. We look it up within minutes, then back off to hourly; "Check now" looks at once.`;
    case 'in_progress':
      return `We have not found the record yet and keep looking (backing off to hourly) until the verification times out (48 hours after the start, unless your operator set another limit). DNS changes can take a while to appear.`;
    case 'verified':
      return `You proved control of ${host}. We re-check the record daily; keep it published, or the app loses its verified badge after 3 consecutive misses.`;
    case 'failed':
      return verificationLost(v)
        ? `The record was missing in 3 consecutive daily checks, so the verified badge was removed. Restart verification: you get a new record value to publish.`
        : `No matching record was found before the verification timed out. Check the record below, then restart verification to try again.`;
    default:
      return '';
  }
}

/** The "Domain verification" card of the client page: status, the exact record, Check now and Restart (forms, no JS needed). */
export function DomainVerificationCard({ ctx, client }: { ctx: ClientPageContext; client: ClientResponse }) {
  const v = client.client_uri_verification;
  if (!client.client_uri || !v) {
    return (
      <section class="card" id="domain-verification">
        <h2>Domain verification</h2>
        <p class="muted">Set a home page (client_uri) to verify its domain. A verified domain shows users a verified badge and is needed to make the app public.</p>
      </section>
    );
  }
  const host = v.record_name?.replace(/^_consentry-challenge\./, '') ?? '';
  return (
    <section class="card" id="domain-verification">
      <h2>
        Domain verification{' '}
        <span class={`badge verification ${v.status}`} data-verification-status={v.status}>
          {STATUS_LABEL[v.status]}
        </span>
      </h2>
      <p>{explain(v, host)}</p>
      <dl class="meta">
        <dt>Domain</dt>
        <dd class="mono">{host}</dd>
        <dt>Record type</dt>
        <dd class="mono">TXT</dd>
        <dt>Name</dt>
        <dd>
          <span class="mono" id="record-name">{v.record_name}</span>{' '}
          <button type="button" class="link" data-copy={v.record_name ?? ''}>
            Copy
          </button>
        </dd>
        <dt>Value</dt>
        <dd>
          <span class="mono" id="record-value">{v.record_value}</span>{' '}
          <button type="button" class="link" data-copy={v.record_value ?? ''}>
            Copy
          </button>
        </dd>
        <dt>Last checked</dt>
        <dd>{v.checked_at ? shortTime(v.checked_at) : <span class="muted">not yet</span>}</dd>
        {v.verified_at && (
          <>
            <dt>{v.status === 'verified' ? 'Verified since' : 'Was verified'}</dt>
            <dd>{shortTime(v.verified_at)}</dd>
          </>
        )}
        {v.last_error && (
          <>
            <dt>Last result</dt>
            <dd class="error-text" id="verification-error">
              {v.last_error}
            </dd>
          </>
        )}
      </dl>
      {ctx.canWrite && v.status !== 'verified' && (
        <div class="actions">
          {v.status !== 'failed' && (
            <form method="post" action={clientUrls.verificationCheck(ctx.account.id, client.client_id)} class="inline">
              <input type="hidden" name="_csrf" value={ctx.csrfToken} />
              <button type="submit" class="primary" name="action" value="check">
                Check now
              </button>
            </form>
          )}
          <form method="post" action={clientUrls.verificationRestart(ctx.account.id, client.client_id)} class="inline">
            <input type="hidden" name="_csrf" value={ctx.csrfToken} />
            <button type="submit" name="action" value="restart">
              Restart verification
            </button>
          </form>
        </div>
      )}
    </section>
  );
}
