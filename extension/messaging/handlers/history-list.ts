import { HISTORY_LIMIT } from '../../history/history-store.js';
import { searchHistory } from '../../../shared/inspector/index.js';
import type { MessageHandlers } from '../dispatch-message.js';
import type { HandlerDeps } from './handler-deps.js';

/** `history.list`: the entries matching the search, newest first. */
export function historyList(deps: Pick<HandlerDeps, 'history'>): MessageHandlers['history.list'] {
  return async ({ query }) => {
    const entries = await deps.history.all();
    return { entries: searchHistory(entries, query), total: entries.length, limit: HISTORY_LIMIT };
  };
}
