import type { MessageAccess } from './protocol.js';

/** The fields of `runtime.MessageSender` the check reads (set by the browser, not the sender). */
export interface SenderInfo {
  readonly id?: string;
  readonly url?: string;
  readonly tab?: { readonly id?: number };
  readonly frameId?: number;
}

/** This extension, as the browser names it: its id and the origin of its own pages. */
export interface ExtensionIdentity {
  readonly id: string;
  /** `chrome-extension://<id>/` or `moz-extension://<uuid>/`, from `runtime.getURL('/')`. */
  readonly baseUrl: string;
}

/**
 * Where a message came from (docs/security.md X4): one of the extension's own pages, the panel
 * content script in a tab's top frame, or nothing we answer (another extension, a sub-frame).
 * A content script runs in the page's renderer, which a compromised page may control, so what it
 * can ask for is limited by the message's access.
 */
export function senderContext(sender: SenderInfo, self: ExtensionIdentity): MessageAccess | undefined {
  if (sender.id !== self.id) return undefined;
  if (sender.url !== undefined && sender.url.startsWith(self.baseUrl)) return 'extension-page';
  if (sender.tab?.id !== undefined && sender.frameId === 0) return 'content-script';
  return undefined;
}
