import type { MessageHandlers } from '../dispatch-message.js';
import type { HandlerDeps } from './handler-deps.js';

/**
 * `settings.panel`: turns the in-page panel on or off for one provider. The page that sends it
 * asks for the provider's host permission first (it needs the user's click); the background checks
 * the permission again before each injection, so this setting alone opens nothing.
 */
export function settingsPanel(deps: Pick<HandlerDeps, 'settings'>): MessageHandlers['settings.panel'] {
  return ({ provider, enabled }) => deps.settings.setPanel(provider, enabled);
}
