import type { Response } from 'express';
import type { Shield as ShieldKind } from '../../../shared/api/index.js';
import { AppIdentity } from '../components/app-identity.js';
import { Layout } from '../components/layout.js';
import { ScopeList, type ScopeGroupItem } from '../components/scope-list.js';
import { renderPage } from '../render-page.js';

/** One of the user's accounts as the consent page offers it. */
export interface AccountChoice {
  id: string;
  name: string;
  selectable: boolean;
  /** Why it cannot be chosen, shown next to the disabled checkbox. */
  reason?: string;
  checked: boolean;
}

export interface ConsentPageProps {
  user: { name: string; email: string };
  csrfToken: string;
  consentAction: string;
  requestId: string;
  app: {
    name: string;
    logoUri: string | null;
    publisherHost: string | null;
    shield: ShieldKind;
    ownerName: string | null;
    contacts: string[];
    redirectHost: string;
    policyUri: string | null;
    tosUri: string | null;
  };
  scopeGroups: ScopeGroupItem[];
  accounts: AccountChoice[];
  /** True when some scopes were granted before (incremental consent). */
  incremental: boolean;
}

/**
 * The consent page: who is asking (name, logo, publisher host with its shield, owner account,
 * contacts, where you will be sent), for what (scopes by category, optional ones switchable),
 * and over which of your accounts. Server-rendered, works without JavaScript; every
 * developer-supplied string is rendered as text (docs/security.md K4).
 */
export function ConsentPage({ user, csrfToken, consentAction, requestId, app, scopeGroups, accounts, incremental }: ConsentPageProps) {
  return (
    <Layout title={`Authorize ${app.name}`} user={user} csrfToken={csrfToken} narrow>
      <section class="card consent">
        <AppIdentity name={app.name} logoUri={app.logoUri} publisherHost={app.publisherHost} shield={app.shield} explain />
        <h1 class="consent-title">
          <span class="app-name-inline">{app.name}</span> wants to access your Consentry user
        </h1>
        <p class="small muted">
          Signed in as <strong>{user.email}</strong>.
        </p>
        <dl class="meta small">
          <dt>Published by</dt>
          <dd>{app.ownerName ?? 'A private account'}</dd>
          {app.contacts.length > 0 && (
            <>
              <dt>Contact</dt>
              <dd>{app.contacts.join(', ')}</dd>
            </>
          )}
          <dt>After you answer</dt>
          <dd>
            you go to <span class="mono">{app.redirectHost}</span>
          </dd>
        </dl>

        <form method="post" action={consentAction}>
          <input type="hidden" name="_csrf" value={csrfToken} />
          <input type="hidden" name="request" value={requestId} />
          <h2>{incremental ? 'The app asks for more access' : 'The app asks for'}</h2>
          <ScopeList groups={scopeGroups} form />

          {accounts.length > 0 && (
            <fieldset class="accounts">
              <legend>Accounts the app may use</legend>
              {accounts.map((a) => (
                <label class="check" key={a.id}>
                  <input type="checkbox" name="account" value={a.id} checked={a.checked} disabled={!a.selectable} />
                  <span>
                    {a.name}
                    {a.reason && <span class="hint">{a.reason}</span>}
                  </span>
                </label>
              ))}
            </fieldset>
          )}

          {(app.policyUri || app.tosUri) && (
            <p class="small">
              Before you continue, read the app's{' '}
              {app.policyUri && (
                <a href={app.policyUri} rel="noopener noreferrer" target="_blank">
                  privacy policy
                </a>
              )}
              {app.policyUri && app.tosUri && ' and '}
              {app.tosUri && (
                <a href={app.tosUri} rel="noopener noreferrer" target="_blank">
                  terms of service
                </a>
              )}
              .
            </p>
          )}
          <p class="small muted">
            You can revoke this access at any time under <a href="/connected-apps">Connected apps</a>.
          </p>
          <div class="actions">
            <button type="submit" name="action" value="approve" class="primary">
              Allow
            </button>
            <button type="submit" name="action" value="deny">
              Deny
            </button>
          </div>
        </form>
      </section>
    </Layout>
  );
}

/** Sends the consent page (endpoints stay free of JSX). */
export function renderConsentPage(res: Response, props: ConsentPageProps, status = 200): void {
  renderPage(res, <ConsentPage {...props} />, status);
}
