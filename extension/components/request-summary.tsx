import type { Inspection } from '../../shared/inspector/inspection.js';

/** Who asks whom, and where the answer goes: provider, app, redirect and lasting access. */
export function RequestSummary({ inspection }: { inspection: Omit<Inspection, 'parameters' | 'url'> }) {
  const { provider, knownApp, clientId, redirect, lasting } = inspection;
  return (
    <dl class="summary">
      <dt>Provider</dt>
      <dd data-field="provider">{provider.name}</dd>
      {inspection.kind === 'device' ? (
        <>
          <dt>Page</dt>
          <dd data-field="app">Device sign-in: a code typed here lets a device or program act as you</dd>
        </>
      ) : (
        <>
          <dt>App</dt>
          <dd data-field="app">
            {knownApp ? `${knownApp.name}${knownApp.firstParty ? ` (an app of ${provider.name})` : ''}` : 'Not a known app'}
            {clientId !== undefined && <span class="mono small block">{clientId}</span>}
          </dd>
          <dt>Answer goes to</dt>
          <dd data-field="redirect">
            {redirect ? (
              <>
                {redirect.host}
                {redirect.loopback && <span class="small block">a program on this computer (localhost)</span>}
              </>
            ) : (
              'the address the app registered'
            )}
          </dd>
          <dt>Lasting access</dt>
          <dd data-field="lasting">{lasting.asked ? `Yes: ${lasting.how ?? 'the app asks to keep access after you leave'}` : 'No'}</dd>
        </>
      )}
    </dl>
  );
}
