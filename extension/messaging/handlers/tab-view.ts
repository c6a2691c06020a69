import type { NavigationChain } from '../../../shared/inspector/navigation.js';
import { appHistory } from '../../history/app-history.js';
import type { MessageHandlers } from '../dispatch-message.js';
import type { StepView, TabView } from '../protocol.js';
import type { HandlerDeps } from './handler-deps.js';

/** `tab.view`: the tab's latest inspection, its chain without query values, and the app's earlier requests. */
export function tabView(deps: Pick<HandlerDeps, 'records' | 'history' | 'settings'>): MessageHandlers['tab.view'] {
  return async ({ tabId }) => {
    const record = await deps.records.get(tabId);
    if (record === undefined) return { appHistory: [], panelEnabled: false };
    const { inspection } = record;
    const [history, settings] = await Promise.all([deps.history.all(), deps.settings.get()]);
    const view: TabView = {
      chain: chainView(record.chain),
      // Without the entry this very request wrote.
      appHistory: inspection?.clientId === undefined ? [] : appHistory(history, inspection.provider.id, inspection.clientId, record.recorded?.at),
      panelEnabled: inspection !== undefined && settings.panel[inspection.provider.id] === true,
    };
    return inspection === undefined ? view : { ...view, inspection };
  };
}

function chainView(chain: NavigationChain): NonNullable<TabView['chain']> {
  const openerHost = chain.openerUrl === undefined ? undefined : hostOf(chain.openerUrl);
  return {
    start: chain.start,
    popup: chain.popup,
    ...(openerHost !== undefined && { openerHost }),
    steps: chain.steps.map((s): StepView => ({
      event: s.event,
      location: withoutQuery(s.url),
      at: s.at,
      ...(s.serverRedirect !== undefined && { serverRedirect: s.serverRedirect }),
      ...(s.error !== undefined && { error: s.error }),
    })),
  };
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).host || undefined;
  } catch {
    return undefined;
  }
}

/** Scheme, host and path: what a person reads to know where a step went, without its values. */
function withoutQuery(url: string): string {
  try {
    const u = new URL(url);
    return u.origin === 'null' ? u.protocol : `${u.origin}${u.pathname}`;
  } catch {
    return '(not a URL)';
  }
}
