import type { Settings } from '../storage/items.js';

export interface PanelProviderOption {
  readonly id: string;
  readonly name: string;
  /** The hosts the panel would need access to, as shown to the user. */
  readonly hosts: readonly string[];
}

export interface OptionsPageProps {
  readonly settings: Settings;
  readonly providers: readonly PanelProviderOption[];
  /** Turning one on asks the browser for that provider's host permission (on this click). */
  readonly onTogglePanel: (provider: string, enabled: boolean) => void;
  readonly historyUrl: string;
  readonly message?: string;
}

/** Options: the in-page panel per provider, and the history. */
export function OptionsPage({ settings, providers, onTogglePanel, historyUrl, message }: OptionsPageProps) {
  return (
    <main class="page options">
      <h1>Consentry options</h1>
      <section aria-labelledby="panel-heading">
        <h2 id="panel-heading">In-page panel</h2>
        <p class="note">
          Off by default. Turned on for a provider, Consentry shows its answer on that provider's consent pages too. Your browser then asks you to let
          Consentry run on the provider's sites; the panel only shows what the extension already worked out from the address, never reads the page.
        </p>
        {message && (
          <p class="status" role="status">
            {message}
          </p>
        )}
        <ul class="toggles">
          {providers.map((p) => {
            const on = settings.panel[p.id] === true;
            return (
              <li key={p.id}>
                <label>
                  <input type="checkbox" name="panel" value={p.id} checked={on} onChange={(e) => onTogglePanel(p.id, e.currentTarget.checked)} /> {p.name}
                </label>
                <span class="small muted"> {p.hosts.join(', ')}</span>
              </li>
            );
          })}
        </ul>
      </section>
      <section aria-labelledby="history-heading">
        <h2 id="history-heading">History</h2>
        <p>
          Consentry keeps a private history of the requests it saw, on this computer only. <a href={historyUrl}>Search, export or delete it</a>.
        </p>
      </section>
    </main>
  );
}
