import type { MessageHandlers } from '../dispatch-message.js';
import type { HandlerDeps } from './handler-deps.js';

/** `history.clear`: deletes every entry (from an extension page only). */
export function historyClear(deps: Pick<HandlerDeps, 'history'>): MessageHandlers['history.clear'] {
  return async () => {
    const deleted = (await deps.history.all()).length;
    await deps.history.clear();
    return { deleted };
  };
}
