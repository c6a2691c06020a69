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
  readonly knownApp?: { readonly name: string; readonly firstParty: boolean; readonly publicClient?: boolean };
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
  /** The inspected URL (held in memory only; the history keeps none of its query values). */
  readonly url: string;
  /** The kind of client the provider's `client_id` shape tells (GitHub App or OAuth app), when it tells. */
  readonly clientKind?: string;
  /** Set by `inspectChain`: how the chain started and when this request was seen. */
  readonly navigation?: { readonly start: NavigationStart; readonly at: number; readonly openerHost?: string };
  /** Set by `inspectChain`: what this app asks for beyond what it asked before (from the history). */
  readonly escalation?: ScopeEscalation;
}

/** The same app (provider and `client_id`) asking for more than in the history. */
export interface ScopeEscalation {
  /** When the app was last seen before, ms since the epoch. */
  readonly previousAt: number;
  /** Names of the scopes asked for before (catalog names where known). */
  readonly before: readonly string[];
  /** Names of the scopes asked for now that it never asked for before. */
  readonly added: readonly string[];
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
  /** Every review page that applies, most relevant first, with its label. */
  readonly reviewPages?: readonly { readonly label: string; readonly url: string }[];
  /** The host that serves the request, as a person reads it (A-labels decoded). */
  readonly host?: string;
  /** Microsoft tenant (`common`, `organizations`, `consumers`, an id or domain), Keycloak realm, Okta server. */
  readonly tenant?: string;
}

export interface InspectedScope {
  /** The scope exactly as requested. */
  readonly requested: string;
  /** The parameter that carried it when not `scope` (Slack's `user_scope`, Microsoft v1's `resource`). */
  readonly param?: string;
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
