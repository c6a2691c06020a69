import { render } from 'preact';
import { DeveloperView } from '../../components/developer-view.js';
import { requestChecks } from '../../inspection/request-checks.js';
import { sendMessage } from '../../messaging/send-message.js';
import { targetTabId } from '../../pages/target-tab.js';

// Wiring only: the tab named in ?tab=, its inspection, render; copying goes to the clipboard.
async function main(root: HTMLElement): Promise<void> {
  const tabId = await targetTabId(location.search);
  const view = tabId === undefined ? { appHistory: [], panelEnabled: false } : await sendMessage({ type: 'tab.view', tabId });
  const checks = view.inspection ? requestChecks(view.inspection) : [];
  render(<DeveloperView view={view} checks={checks} onCopy={(text) => void navigator.clipboard.writeText(text)} />, root);
}

void main(document.getElementById('app')!);
