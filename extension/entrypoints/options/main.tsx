import { render } from 'preact';
import { OptionsPage } from '../../components/options-page.js';
import { sendMessage } from '../../messaging/send-message.js';
import { pageUrl } from '../../pages/page-url.js';
import { PANEL_PROVIDERS } from '../../panel/panel-providers.js';
import { turnOnPanel } from '../../panel/turn-on-panel.js';

// Wiring only: the settings from the background, the toggles ask for permissions on click.
async function main(root: HTMLElement): Promise<void> {
  const draw = async (message?: string) => {
    const settings = await sendMessage({ type: 'settings.get' });
    render(
      <OptionsPage
        settings={settings}
        providers={PANEL_PROVIDERS}
        historyUrl={pageUrl('consent-history')}
        message={message}
        onTogglePanel={(provider, enabled) =>
          void turnOnPanel(provider, enabled).then((on) => draw(enabled && !on ? 'The browser did not grant access, so the panel stays off.' : undefined))
        }
      />,
      root,
    );
  };
  await draw();
}

void main(document.getElementById('app')!);
