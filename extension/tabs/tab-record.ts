import type { Inspection } from '../../shared/inspector/inspection.js';
import type { NavigationChain } from '../../shared/inspector/navigation.js';

/** What the background keeps for one tab (in memory, mirrored to `storage.session`). */
export interface TabRecord {
  readonly chain: NavigationChain;
  /** The tab's last committed top-level URL: the page a link was followed from, or that opened a tab. */
  readonly lastUrl?: string;
  /** The inspector's answer for the chain's latest request, once the chain holds one. */
  readonly inspection?: Inspection;
  /**
   * The history entry last written for this tab (its identity and time), so re-inspecting a chain
   * writes it once and the inspector compares the request with what came before it, not with itself.
   */
  readonly recorded?: { readonly key: string; readonly at: number };
}
