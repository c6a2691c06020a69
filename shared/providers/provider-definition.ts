import type { Risk } from '../scopes/risk.js';

/**
 * One OAuth/OpenID provider the inspector knows, as data: where its authorization and
 * device-verification pages live, how it spells scopes, how an app asks it for lasting access,
 * and where users review the apps they allowed. The matching code in this folder reads these
 * fields and has no per-provider branches.
 */
export interface ProviderDefinition {
  /** Registry id, e.g. `google`; also the history's `provider`. */
  readonly id: string;
  /** Name shown to users. */
  readonly name: string;
  /**
   * Registrable domains (public-suffix rules, via tldts) whose hosts are the provider's own, e.g.
   * `microsoftonline.com`. A host matches when its registrable domain is one of these exactly.
   */
  readonly domains: readonly string[];
  /**
   * Distinctive names of the provider that a look-alike host borrows (`microsoft` in
   * `microsoft-login.example`); compared by Unicode skeleton, so `rnicrosoft` and `micr0soft`
   * count. Dictionary words (`slack`, `zoom`, `apple`) are left out: only the full domain inside
   * another host (`apple.com.evil.example`) counts for those.
   */
  readonly brands?: readonly string[];
  /**
   * Path patterns of the authorization endpoint: `/` separated, `*` any one segment, `{name}` one
   * segment captured (e.g. `{tenant}`), a leading `**` any prefix (self-managed installs under a
   * sub-path). Compared with the path as the browser sends it, case-insensitively.
   */
  readonly authorizationPaths: readonly string[];
  /** Device-verification pages (RFC 8628 §3.3 `verification_uri`): `host/path` patterns, or path patterns with `domains`. */
  readonly devicePages?: readonly string[];
  /**
   * Recognised on any host by path alone (self-managed installs: Keycloak, GitLab, Okta custom
   * domains). `scopeHint`, when set, must match one requested scope too, because the path is shared
   * with other software.
   */
  readonly anyHost?: { readonly paths: readonly string[]; readonly devicePaths?: readonly string[]; readonly scopeHint?: readonly string[] };
  /** Matched only on the origins the caller names (Consentry services the user added). */
  readonly configuredOrigins?: true;
  readonly scopes: ScopeSyntax;
  /** How an app asks for refresh tokens (access that outlives the visit), first match wins. */
  readonly lasting: readonly LastingRule[];
  /** Id of the scope catalog in `shared/provider-scopes/` for this provider. */
  readonly catalog?: string;
  /** The provider's own pages where a user reviews and removes apps (first = most relevant). */
  readonly reviewPages: readonly ReviewPage[];
  /** Kinds of client told apart by the shape of `client_id` (GitHub OAuth apps vs GitHub Apps). */
  readonly clientKinds?: readonly ClientKind[];
  /** Where each fact above was read; cited, not fetched. */
  readonly sources: readonly string[];
}

/** How a provider spells the requested permissions. */
export interface ScopeSyntax {
  /** `space`: RFC 6749 §3.3; `space-or-comma`: GitHub, Slack, Facebook also accept commas. */
  readonly separator: 'space' | 'space-or-comma';
  /** Parameters besides `scope` that carry scopes (Slack's `user_scope`), in order. */
  readonly extraParams?: readonly string[];
  /** Microsoft: `Mail.Read` and `mail.read` are the same permission. */
  readonly caseInsensitive?: true;
  /**
   * Prefixes stripped before the catalog lookup when the rest is a catalog id: Microsoft Graph's
   * resource URI (`https://graph.microsoft.com/Mail.Read` is `Mail.Read`).
   */
  readonly resourcePrefixes?: readonly string[];
  /** Google: `https://mail.google.com/` and `https://mail.google.com` name one scope. */
  readonly trailingSlashInsensitive?: true;
  /** Microsoft v1: the `resource` parameter names the API instead of a scope. */
  readonly resourceParam?: string;
  /**
   * APIs whose `<resource>/.default` (every permission already granted for that API) the
   * registry can describe without a catalog entry: Azure Resource Manager, Key Vault, …
   */
  readonly resources?: readonly ResourceDefinition[];
}

/** An API of the provider, named by its resource URI (lower case, no trailing slash). */
export interface ResourceDefinition {
  readonly uri: string;
  readonly name: string;
  readonly description: string;
  readonly risk: Risk;
}

/** One way of asking for lasting access. */
export type LastingRule =
  | { readonly scope: string; readonly how: string }
  | { readonly param: string; readonly value: string; readonly how: string }
  | { readonly always: true; readonly how: string; readonly clientKind?: string };

/** A page where users review the apps they allowed; `{origin}` and `{realm}` are filled in. */
export interface ReviewPage {
  readonly label: string;
  readonly url: string;
  /** Only for this kind of client (`clientKinds[].id`), or this kind of tenant (`consumers`, `work`). */
  readonly when?: string;
}

/** A kind of client recognised by the start of its `client_id`. */
export interface ClientKind {
  readonly id: string;
  readonly name: string;
  readonly clientIdPattern: string;
  /** For this kind the provider ignores `scope` (permissions come from the app's settings). */
  readonly ignoresScope?: true;
}
