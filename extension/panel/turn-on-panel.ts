import { browser } from '#imports';
import { sendMessage } from '../messaging/send-message.js';
import { panelProvider } from './panel-providers.js';

/**
 * Turns the in-page panel on or off for one provider. On: asks the browser for the provider's
 * host permission first, in the same turn as the user's click (`permissions.request` needs a user
 * gesture, docs/security.md X16), and stores the choice only if the user granted it. Off: stores
 * the choice and gives the permission back.
 *
 * @returns whether the panel is now on
 */
export async function turnOnPanel(providerId: string, enabled = true): Promise<boolean> {
  const provider = panelProvider(providerId);
  if (provider === undefined) return false;
  const origins = [...provider.origins];
  if (!enabled) {
    await sendMessage({ type: 'settings.panel', provider: providerId, enabled: false });
    await browser.permissions.remove({ origins });
    return false;
  }
  const granted = await browser.permissions.request({ origins });
  if (granted) await sendMessage({ type: 'settings.panel', provider: providerId, enabled: true });
  return granted;
}
