import type { NavigationStart } from '../../shared/inspector/navigation.js';

/** Chrome's transition types of navigations the user started themselves. */
const TYPED = new Set(['typed', 'auto_bookmark', 'generated', 'keyword', 'keyword_generated', 'start_page']);
const LINK = new Set(['link', 'form_submit']);

/**
 * How a committed top-level navigation started, from `webNavigation.onCommitted`'s
 * `transitionType` and `transitionQualifiers` (qualifiers win: a typed URL that the page then
 * replaced by script is a `client_redirect`).
 */
export function navigationStart(transition: string | undefined, qualifiers: readonly string[]): NavigationStart {
  if (qualifiers.includes('client_redirect')) return 'redirect';
  if (qualifiers.includes('forward_back')) return 'reload';
  if (qualifiers.includes('from_address_bar')) return 'typed';
  if (transition === undefined) return 'unknown';
  if (TYPED.has(transition)) return 'typed';
  if (LINK.has(transition)) return 'link';
  if (transition === 'reload') return 'reload';
  // "The page was specified in the command line or is the start page": another program opened it.
  if (transition === 'auto_toplevel') return 'external';
  return 'unknown';
}
