import { render } from 'preact';
import { Popup } from '../../components/popup.js';
import { sendMessage } from '../../messaging/send-message.js';
import { pageUrl } from '../../pages/page-url.js';
import { targetTabId } from '../../pages/target-tab.js';
import { turnOnPanel } from '../../panel/turn-on-panel.js';

// Wiring only: which tab, what the background knows about it, render.
async function main(root: HTMLElement): Promise<void> {
  const tabId = await targetTabId(location.search);
  const view = tabId === undefined ? { appHistory: [], panelEnabled: false } : await sendMessage({ type: 'tab.view', tabId });
  const links = { developer: pageUrl('developer', tabId), history: pageUrl('consent-history'), options: pageUrl('options') };
  const provider = view.inspection?.provider.id;
  const draw = (panelEnabled: boolean) =>
    render(<Popup view={{ ...view, panelEnabled }} links={links} onEnablePanel={provider ? () => void turnOnPanel(provider).then(draw) : undefined} />, root);
  draw(view.panelEnabled);
}

void main(document.getElementById('app')!);
