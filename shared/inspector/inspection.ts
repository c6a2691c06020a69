import type { Risk } from '../scopes/risk.js';
import type { Finding } from '../oauth/finding.js';
import type { NavigationStart } from './navigation.js';

/**
 * The inspector's answer for one authorization (or device-authorization) request: who asks for
 * what, how risky it is, and what looks like an attack. Everything in it comes from the URL, the
 * navigation chain and the local history, never from the page. The popup, the in-page panel and
 * the developer view render it as text; the history keeps only {@link HistoryEntry}.
 *
 * The engine may add fields; the ones below are the contract the extension builds on.
 */
export interface Inspection {
  /** `authorization`: an OAuth/OIDC authorization request; `device`: a device-code entry page. */
  readonly kind: 'authorization' | 'device';
  readonly provider: InspectedProvider;
  /** The app's `client_id` (absent on a device page, which carries none). */
  readonly clientId?: string;
  /** A well-known app of the provider itself (Azure CLI, VS Code, ...), when the id is one. */
  readonly knownApp?: { readonly name: string; readonly firstParty: boolean };
  /** Where the provider will send the answer, when the request says. */
  readonly redirect?: { readonly uri: string; readonly host: string; readonly loopback: boolean };
  /** Every requested scope in request order, known or not. */
  readonly scopes: readonly InspectedScope[];
  /** Whether the request asks for lasting access (refresh tokens), and how it asks. */
  readonly lasting: { readonly asked: boolean; readonly how?: string };
  /** Highest known tier, raised by unknown scopes; `unknown` when nothing is known. */
  readonly risk: Risk | 'unknown';
  readonly verdict: Verdict;
  /** Why, most important first, in plain words (codes are stable, see FINDING_CODES). */
  readonly findings: readonly Finding[];
  /** Every query parameter decoded and explained, for the developer view. */
  readonly parameters: readonly InspectedParameter[];
}

/** The three answers the user sees. */
export const VERDICTS = ['ok', 'caution', 'danger'] as const;

/** One of {@link VERDICTS}. */
export type Verdict = (typeof VERDICTS)[number];

export interface InspectedProvider {
  /** Registry id, e.g. `google`, `microsoft`, `generic`. */
  readonly id: string;
  /** Name shown to users, e.g. `Google`; for `generic`, the host. */
  readonly name: string;
  /** The provider's own page where users review and remove the apps they allowed. */
  readonly reviewUrl?: string;
}

export interface InspectedScope {
  /** The scope exactly as requested. */
  readonly requested: string;
  /** Catalog entry it resolved to, when the provider's catalog knows it. */
  readonly known?: {
    readonly id: string;
    readonly name: string;
    readonly category: string;
    readonly description: string;
    readonly risk: Risk;
    readonly sensitivity?: 'sensitive' | 'restricted';
    readonly adminConsent?: boolean;
    readonly lasting?: boolean;
  };
}

export interface InspectedParameter {
  readonly name: string;
  readonly value: string;
  /** What the parameter does, in one sentence, when it is a known one. */
  readonly meaning?: string;
}

/**
 * What the local history keeps of one request: never codes, tokens, `state`, `nonce` or any
 * other query value beyond the ones named here.
 */
export interface HistoryEntry {
  readonly provider: string;
  readonly clientId: string;
  readonly redirectHost?: string;
  /** Requested scopes as the catalog names them (or as requested when unknown). */
  readonly scopes: readonly string[];
  readonly lasting: boolean;
  readonly verdict: Verdict;
  readonly risk: Risk | 'unknown';
  /** Milliseconds since the epoch. */
  readonly at: number;
  readonly start: NavigationStart;
}
