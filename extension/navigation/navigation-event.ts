/**
 * A top-level navigation event of one tab, reduced from `browser.webNavigation`'s details to the
 * fields the chain needs (sub-frames are dropped before this point).
 */
export type NavigationEvent =
  | { readonly kind: 'before'; readonly tabId: number; readonly url: string; readonly at: number }
  | {
      readonly kind: 'committed';
      readonly tabId: number;
      readonly url: string;
      readonly at: number;
      /** `transitionType`; Firefox leaves it out for some navigations. */
      readonly transition?: string;
      readonly qualifiers: readonly string[];
    }
  | { readonly kind: 'error'; readonly tabId: number; readonly url: string; readonly at: number; readonly error: string }
  | {
      /** A page opened `tabId` (a new tab or a popup window) from `sourceTabId`. */
      readonly kind: 'opened';
      readonly tabId: number;
      readonly sourceTabId: number;
      readonly url: string;
      readonly at: number;
      readonly popup: boolean;
    };
