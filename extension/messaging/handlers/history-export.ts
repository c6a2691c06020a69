import { exportHistory } from '../../history/export-history.js';
import type { MessageHandlers } from '../dispatch-message.js';
import type { HandlerDeps } from './handler-deps.js';

/** `history.export`: the whole history as a JSON or CSV file. */
export function historyExport(deps: Pick<HandlerDeps, 'history' | 'now'>): MessageHandlers['history.export'] {
  return async ({ format }) => exportHistory(await deps.history.all(), format, deps.now());
}
