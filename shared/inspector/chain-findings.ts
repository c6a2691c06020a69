import { finding, type Finding } from '../oauth/finding.js';
import { isLoopbackHost } from '../oauth/loopback.js';
import { registrableDomain } from '../providers/match-provider.js';
import type { Inspection } from './inspection.js';
import type { NavigationChain, NavigationStep } from './navigation.js';

/** Chains started by a page (a link, a new tab or popup, a script) rather than by the user or a program. */
const STARTED_BY_A_PAGE: ReadonlySet<string> = new Set(['link', 'opened', 'redirect']);
/** Query or fragment parameters that carry an authorization answer. */
const CODE_PARAM = /[?#&](code|access_token|id_token)=/;
const ERROR_PARAM = /[?#&]error=/;

/**
 * Findings that only the navigation reveals, for the request at `steps[index]` of `chain`:
 * device-code phishing (a device page opened from a page), ConsentFix (a provider's own local
 * program opened by a web page, then a failed loopback load holding the code), an error redirect
 * landing on an unrelated host, and a code or token reaching a third host.
 *
 * @param inspection - the inspection of the request
 * @param chain - the navigation chain
 * @param index - where the request is in `chain.steps`
 */
export function chainFindings(inspection: Inspection, chain: NavigationChain, index: number): Finding[] {
  const byPage = STARTED_BY_A_PAGE.has(chain.start) || chain.openerUrl !== undefined;
  const from = openerHost(chain) ?? 'another page';
  const later = chain.steps.slice(index + 1);
  const out: Finding[] = [];
  if (inspection.kind === 'device') {
    if (byPage) {
      // Storm-2372 (Microsoft Threat Intelligence, 2025-02-13): lures in chats and mail open the real device page with the attacker's code.
      out.push(finding('device_code_phishing', 'danger',
        `${from === 'another page' ? 'A page' : from} sent you to ${inspection.provider.name}'s device sign-in page. If you were given a code to enter here, stop: whoever sent it gets into your account, not a device of yours.`));
    }
    return out;
  }
  const app = inspection.knownApp;
  if (app?.publicClient && inspection.redirect?.loopback && byPage) {
    out.push(finding('consent_fix', 'danger',
      `${app.name} is ${inspection.provider.name}'s own program for your computer and opens this page itself, but here ${from} opened it. That is how "ConsentFix" takes over accounts: when the page then fails to load, do not copy or drag its address anywhere.`, 'client_id'));
  }
  const exposed = later.find((s) => s.event === 'error' && isLoopbackUrl(s.url) && CODE_PARAM.test(s.url));
  if (exposed) {
    out.push(finding('loopback_code_exposed', 'danger',
      'The sign-in ended on a local address that nothing answered, and your authorization code is in that address. Do not copy, paste or drag it anywhere, and close the tab: whoever gets it can sign in as you.'));
  }
  const ownDomains = new Set([registrableDomain(new URL(inspection.url).hostname), registrableDomain(chain.openerUrl ? safeHost(chain.openerUrl) : '')]);
  const errorLanding = later.find((s) => s.event !== 'error' && ERROR_PARAM.test(s.url) && !isLoopbackUrl(s.url) && !ownDomains.has(registrableDomain(safeHost(s.url))));
  if (errorLanding) {
    // Microsoft Threat Intelligence, 2026-03-02: OAuth error redirects abused to reach phishing pages (RFC 9700 §4.11.2).
    const silent = /(^| )none( |$)/.test(inspection.parameters.find((p) => p.name === 'prompt')?.value ?? '');
    out.push(finding('error_redirect_foreign', silent ? 'danger' : 'warning',
      `${inspection.provider.name} sent you on with an error to ${safeHost(errorLanding.url)}, a site unrelated to where you started: trusted sign-in pages are used this way to pass on phishing links.`));
  }
  const redirectDomain = inspection.redirect ? registrableDomain(inspection.redirect.host) : undefined;
  const leak = later.find((s) => s.event !== 'error' && CODE_PARAM.test(s.url) && !isLoopbackUrl(s.url) && !landsAt(s, redirectDomain, ownDomains));
  if (leak) {
    out.push(finding('code_to_third_host', 'danger',
      `Your authorization code or token went on to ${safeHost(leak.url)}, which is not where the app said it would go: someone may be collecting it (an open redirect).`));
  }
  return out;
}

function landsAt(step: NavigationStep, redirectDomain: string | undefined, own: ReadonlySet<string | undefined>): boolean {
  const domain = registrableDomain(safeHost(step.url));
  return (domain !== undefined && domain === redirectDomain) || (domain !== undefined && own.has(domain));
}

function openerHost(chain: NavigationChain): string | undefined {
  const host = chain.openerUrl === undefined ? '' : safeHost(chain.openerUrl);
  return host === '' ? undefined : host;
}

function isLoopbackUrl(url: string): boolean {
  return isLoopbackHost(safeHost(url));
}

function safeHost(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}
