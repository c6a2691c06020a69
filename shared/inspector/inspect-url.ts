import { analyzeAuthorizationRequest } from '../oauth/analyze-authorization-request.js';
import type { LastingAccess } from '../oauth/analysis-context.js';
import type { AuthorizationRequest } from '../oauth/authorization-request.js';
import { finding, sortFindings, type Finding } from '../oauth/finding.js';
import { isLoopbackHost } from '../oauth/loopback.js';
import type { RequestedScope } from '../oauth/requested-scope.js';
import { DEFAULT_CATALOGS, type CatalogIndex } from '../providers/catalogs.js';
import { firstPartyClient } from '../providers/first-party-clients.js';
import { displayHost, findLookalike, type Lookalike } from '../providers/lookalike.js';
import type { MatchOptions } from '../providers/match-provider.js';
import type { ClientKind, ProviderDefinition } from '../providers/provider-definition.js';
import { resolveScopes } from '../providers/resolve-scopes.js';
import type { InspectedProvider, Inspection } from './inspection.js';
import { explainParameters } from './parameters.js';
import { recognise, type Recognised } from './recognise.js';
import { verdictOf } from './verdict.js';

/** What the inspector may be told beyond the URL. */
export interface InspectOptions extends MatchOptions {
  /** Provider scope catalogs by id; defaults to the ones shipped in `shared/`. */
  readonly catalogs?: CatalogIndex;
}

/**
 * Inspects one URL: an authorization request of any provider, or a device-verification page.
 * Pure: the URL is all it reads.
 *
 * @param url - the navigation URL
 * @param options - catalogs and the Consentry origins the user added
 * @returns the inspection, or `undefined` when the URL is neither
 */
export function inspectUrl(url: string, options: InspectOptions = {}): Inspection | undefined {
  const recognised = recognise(url, options);
  if (!recognised) return undefined;
  return recognised.kind === 'device' ? inspectDevicePage(recognised) : inspectAuthorization(recognised, options);
}

function inspectAuthorization(r: Extract<Recognised, { kind: 'authorization' }>, options: InspectOptions): Inspection {
  const { provider, request, parsed } = r;
  const clientId = request.params.client_id as string;
  const catalog = provider.catalog === undefined ? undefined : (options.catalogs ?? DEFAULT_CATALOGS).get(provider.catalog);
  const clientKind = provider.clientKinds?.find((k) => clientKindPattern(k).test(clientId));
  const scopes = resolveScopes(provider, request, catalog);
  const lasting = lastingOf(provider, request, scopes, clientKind);
  const analysis = analyzeAuthorizationRequest(request, {
    scopes,
    scopesDescribed: catalog !== undefined,
    lasting,
    unknownScopes: 'raise',
    ...(catalog ? { noScope: catalog.noScope } : {}),
  });
  const first = firstPartyClient(provider.id, clientId);
  // A self-managed GitLab at gitlab.example.com borrows no one's name: only another provider's counts.
  const found = r.ownHost ? undefined : findLookalike(parsed.hostname, parsed.pathname);
  const lookalike = found?.provider === provider ? undefined : found;
  const extra: Finding[] = [];
  if (lookalike) extra.push(lookalikeFinding(lookalike));
  if (first) {
    extra.push(finding('first_party_app', 'info', first.publicClient
      ? `${first.name} is ${provider.name}'s own program for your computer; it opens this page itself when you sign in with it.`
      : `${first.name} is ${provider.name}'s own app.`, 'client_id'));
  }
  const findings = sortFindings([...extra, ...analysis.findings]);
  return {
    kind: 'authorization',
    provider: inspectedProvider(provider, r, clientKind),
    clientId,
    ...(first ? { knownApp: { name: first.name, firstParty: true, publicClient: first.publicClient } } : {}),
    ...redirectOf(request),
    scopes,
    lasting: lasting.how === undefined ? { asked: lasting.asked } : { asked: lasting.asked, how: lasting.how },
    risk: analysis.risk,
    verdict: verdictOf(analysis.risk, lasting.asked, findings),
    findings,
    parameters: explainParameters(parsed),
    url: request.url,
    ...(clientKind ? { clientKind: clientKind.name } : {}),
  };
}

function inspectDevicePage(r: Extract<Recognised, { kind: 'device' }>): Inspection {
  const name = r.provider.name;
  const findings = [finding('device_page', 'info',
    `This is ${name}'s page for signing in a device with a code. Enter a code only if a device you are holding shows it (a TV, a console, a program you started); a code someone sent you gives them your account.`)];
  return {
    kind: 'device',
    provider: inspectedProvider(r.provider, r, undefined),
    scopes: [],
    lasting: { asked: false },
    risk: 'unknown',
    verdict: verdictOf('unknown', false, findings),
    findings,
    parameters: explainParameters(r.parsed),
    url: r.parsed.href,
  };
}

const KIND_PATTERNS = new WeakMap<ClientKind, RegExp>();

function clientKindPattern(kind: ClientKind): RegExp {
  let re = KIND_PATTERNS.get(kind);
  if (!re) KIND_PATTERNS.set(kind, (re = new RegExp(kind.clientIdPattern)));
  return re;
}

/** The provider's rules, first match wins; a catalog scope marked lasting counts too. */
function lastingOf(provider: ProviderDefinition, req: AuthorizationRequest, scopes: readonly RequestedScope[], kind: ClientKind | undefined): LastingAccess {
  for (const rule of provider.lasting) {
    if ('scope' in rule) {
      if (scopes.some((s) => s.requested === rule.scope || s.known?.id === rule.scope)) return { asked: true, how: rule.how, field: 'scope' };
    } else if ('param' in rule) {
      const value = paramValue(req, rule.param);
      if (value !== undefined && (rule.value === '*' || value === rule.value)) return { asked: true, how: rule.how, field: rule.param };
    } else if (rule.clientKind === undefined || rule.clientKind === kind?.id) {
      return { asked: true, how: rule.how };
    }
  }
  const lastingScope = scopes.find((s) => s.known?.lasting === true);
  return lastingScope ? { asked: true, how: `the ${lastingScope.requested} scope`, field: 'scope' } : { asked: false };
}

function paramValue(req: AuthorizationRequest, name: string): string | undefined {
  const named = (req.params as unknown as Record<string, unknown>)[name];
  return typeof named === 'string' ? named : req.params.other[name];
}

function inspectedProvider(provider: ProviderDefinition, r: Recognised, kind: ClientKind | undefined): InspectedProvider {
  const host = r.parsed.hostname;
  const tenant = r.captures.tenant ?? r.captures.realm ?? r.captures.server;
  const classes = tenantClasses(provider, tenant);
  const fill = (url: string) =>
    url.replace('{origin}', r.parsed.origin).replace('{prefix}', r.captures.prefix ?? '').replace('{realm}', r.captures.realm ?? '');
  const pages = provider.reviewPages
    .filter((p) => p.when === undefined || p.when === kind?.id || classes.includes(p.when))
    .map((p) => ({ label: p.label, url: fill(p.url) }));
  const shownHost = displayHost(host);
  return {
    id: provider.id,
    name: provider.id === 'generic' ? shownHost : provider.name,
    ...(pages[0] ? { reviewUrl: pages[0].url, reviewPages: pages } : {}),
    host: shownHost,
    ...(tenant !== undefined ? { tenant } : {}),
  };
}

/** Microsoft: `consumers` is a personal account, a named tenant or `organizations` work or school, `common` either. */
function tenantClasses(provider: ProviderDefinition, tenant: string | undefined): string[] {
  if (provider.id !== 'microsoft' || tenant === undefined) return ['consumers', 'work'];
  if (tenant === 'consumers') return ['consumers'];
  if (tenant === 'common') return ['consumers', 'work'];
  return ['work'];
}

function redirectOf(req: AuthorizationRequest): Pick<Inspection, 'redirect'> {
  const uri = req.params.redirect_uri;
  if (uri === undefined) return {};
  let host = '';
  try {
    host = new URL(uri).hostname;
  } catch {
    // Not a URL: the redirect stays described by its text alone.
  }
  return { redirect: { uri, host, loopback: isLoopbackHost(host) } };
}

function lookalikeFinding(l: Lookalike): Finding {
  const name = l.provider?.name;
  switch (l.kind) {
    case 'confusable-domain':
      return finding('lookalike_host', 'danger', `This page is on ${l.shownHost}, which only looks like ${name}: some letters are look-alikes. It is not ${name}.`);
    case 'domain-inside-host':
      return finding('lookalike_host', 'danger', `This page is on ${l.shownHost}: ${name}'s name is only the start of another site's address. It is not ${name}.`);
    case 'brand-in-host':
      return finding('lookalike_host', 'warning', `This page is on ${l.shownHost}, which uses ${name}'s name but is not one of ${name}'s sites.`);
    case 'provider-path':
      return finding('lookalike_host', 'warning', `This page copies ${name}'s sign-in address on ${l.shownHost}, which is not ${name}'s own site (it may be a self-hosted server).`);
    case 'mixed-script':
      return finding('lookalike_host', 'warning', `The address ${l.shownHost} mixes letters of different alphabets, a way to imitate a known name.`);
  }
}
