import type { HistoryEntry, Inspection } from '../../shared/inspector/inspection.js';
import type { NavigationChain } from '../../shared/inspector/navigation.js';

/**
 * The pure inspector the background runs, as a port: `shared/inspector/` provides it, and the
 * background never decides by itself what a URL means.
 */
export interface Inspector {
  /**
   * The cheap check made once per navigation: whether `url` may be an authorization or
   * device-authorization request (false for ordinary browsing).
   */
  mayBeRequest(url: string): boolean;
  /**
   * The answer for the chain's latest request, or undefined when the chain holds none.
   *
   * @param history - earlier requests, oldest first, for scope escalation
   */
  inspect(chain: NavigationChain, history: readonly HistoryEntry[]): Inspection | undefined;
}
