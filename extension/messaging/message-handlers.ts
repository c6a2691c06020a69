import type { MessageHandlers } from './dispatch-message.js';
import type { HandlerDeps } from './handlers/handler-deps.js';
import { historyClear } from './handlers/history-clear.js';
import { historyExport } from './handlers/history-export.js';
import { historyList } from './handlers/history-list.js';
import { panelView } from './handlers/panel-view.js';
import { settingsGet } from './handlers/settings-get.js';
import { settingsPanel } from './handlers/settings-panel.js';
import { tabView } from './handlers/tab-view.js';

/** The table of handlers, one per message type of the protocol. */
export function createMessageHandlers(deps: HandlerDeps): MessageHandlers {
  return {
    'tab.view': tabView(deps),
    'panel.view': panelView(deps),
    'history.list': historyList(deps),
    'history.clear': historyClear(deps),
    'history.export': historyExport(deps),
    'settings.get': settingsGet(deps),
    'settings.panel': settingsPanel(deps),
  };
}
