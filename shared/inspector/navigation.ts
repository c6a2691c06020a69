/**
 * What the extension's background sees of a navigation, as plain data: the contract between the
 * extension (which records webNavigation events, and nothing from the page) and the pure
 * inspector in `shared/inspector/` (which decides what they mean). No browser types here, so the
 * inspector runs and is tested anywhere.
 */

/**
 * How a chain of navigations started, from the browser's navigation events:
 * - `typed`: the user typed or pasted the address, or used a bookmark (`typed`, `auto_bookmark`,
 *   `generated`, `keyword` transitions, or the `from_address_bar` qualifier);
 * - `link`: the user followed a link or submitted a form on a page (`link`, `form_submit`);
 * - `opened`: a page opened a new tab or popup (`webNavigation.onCreatedNavigationTarget`);
 * - `redirect`: a page moved on by itself (client redirect: script, meta refresh);
 * - `reload`: reload or back/forward;
 * - `external`: opened from outside the browser (another program), where the browser says so;
 * - `unknown`: the browser did not say (Firefox leaves some transitions out).
 */
export const NAVIGATION_STARTS = ['typed', 'link', 'opened', 'redirect', 'reload', 'external', 'unknown'] as const;

/** One of {@link NAVIGATION_STARTS}. */
export type NavigationStart = (typeof NAVIGATION_STARTS)[number];

/**
 * One observed event of a chain, in order:
 * - `before`: the browser is about to load `url` (`onBeforeNavigate`): the first URL of a
 *   navigation, before any server redirect;
 * - `committed`: `url` is the document that loaded (`onCommitted`), after any server redirects
 *   (`serverRedirect` is then true);
 * - `error`: loading `url` failed (`onErrorOccurred`), with the browser's `error` text
 *   (`net::ERR_CONNECTION_REFUSED` for a localhost port nobody listens on).
 */
export interface NavigationStep {
  readonly event: 'before' | 'committed' | 'error';
  /** The full URL. Held in memory only: the history keeps none of its query values. */
  readonly url: string;
  /** Milliseconds since the epoch, from the event's `timeStamp`. */
  readonly at: number;
  /** With `committed`: the browser followed at least one server redirect to get here. */
  readonly serverRedirect?: boolean;
  /** With `error`: the browser's error text. */
  readonly error?: string;
}

/**
 * The navigations of one tab's top-level frame (or one popup window) since the chain started,
 * oldest first, capped by the recorder. A new chain starts when the user navigates by themselves
 * (`typed`, or a `link` from a page that is not part of the chain).
 */
export interface NavigationChain {
  /** How the first navigation of the chain started. */
  readonly start: NavigationStart;
  /** The page that opened this tab or popup, or that held the link (`link`/`opened`), if known. */
  readonly openerUrl?: string;
  /** Whether this is a popup window a page opened (window.open), rather than a tab. */
  readonly popup: boolean;
  readonly steps: readonly NavigationStep[];
}
