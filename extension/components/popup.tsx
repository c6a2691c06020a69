import type { TabAnalysis } from '../analysis/analyze-tab-url.js';

/** The popup: what the authorization request in the active tab asks for, and what looks wrong. */
export function Popup({ result }: { result: TabAnalysis }) {
  if (result.kind === 'not-a-request') {
    return (
      <main class="popup">
        <h1>Consentry</h1>
        <p>This tab is not showing an OAuth authorization request.</p>
        <p class="note">Open the popup on a sign-in or consent page to see what the app asks for.</p>
      </main>
    );
  }
  const { request, analysis } = result;
  const { params } = request;
  return (
    <main class="popup">
      <h1>Authorization request</h1>
      <dl>
        <dt>Provider</dt>
        <dd>{request.origin}</dd>
        <dt>App (client_id)</dt>
        <dd>{params.client_id}</dd>
        <dt>Scopes</dt>
        <dd>{params.scope.length ? params.scope.join(' ') : 'none requested'}</dd>
        <dt>Redirect to</dt>
        <dd>{params.redirect_uri ?? 'not given'}</dd>
        <dt>Risk</dt>
        <dd>{analysis.risk}</dd>
      </dl>
      {analysis.findings.length === 0 ? (
        <p>No problems found in the request URL.</p>
      ) : (
        <ul class="findings">
          {analysis.findings.map((f) => (
            <li key={`${f.code}-${f.field ?? ''}`} class={`finding finding-${f.severity}`} data-code={f.code}>
              <strong>{f.severity}</strong>: {f.message}
            </li>
          ))}
        </ul>
      )}
      <p class="note">Checked from the URL alone; scope risk needs a companion service.</p>
    </main>
  );
}
