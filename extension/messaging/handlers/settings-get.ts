import type { MessageHandlers } from '../dispatch-message.js';
import type { HandlerDeps } from './handler-deps.js';

/** `settings.get`: the user's settings. */
export function settingsGet(deps: Pick<HandlerDeps, 'settings'>): MessageHandlers['settings.get'] {
  return () => deps.settings.get();
}
