import type { MessageHandlers } from '../dispatch-message.js';
import type { HandlerDeps } from './handler-deps.js';

/**
 * `panel.view`: the inspection of the sender's own tab (the dispatcher passes the tab the browser
 * names, never one the message names), without the URL and decoded parameters: the panel does not
 * show them, and a content script is the least trusted place to hold them.
 */
export function panelView(deps: Pick<HandlerDeps, 'records'>): MessageHandlers['panel.view'] {
  return async (_message, sender) => {
    if (sender.tabId === undefined) return {};
    const inspection = (await deps.records.get(sender.tabId))?.inspection;
    if (inspection === undefined) return {};
    const { parameters: _parameters, url: _url, ...shown } = inspection;
    return { inspection: shown };
  };
}
