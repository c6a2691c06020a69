import { sortFindings } from '../oauth/finding.js';
import { chainFindings } from './chain-findings.js';
import { findEscalation, withEscalation } from './history.js';
import type { HistoryEntry, Inspection } from './inspection.js';
import { inspectUrl, type InspectOptions } from './inspect-url.js';
import type { NavigationChain } from './navigation.js';
import { verdictOf } from './verdict.js';

/**
 * Inspects a tab's navigation chain: the latest authorization request or device page in it (so
 * the analysis survives the provider moving on to its sign-in page), with what only the
 * navigation shows (how the chain started, where the answer went, failed loopback loads) and the
 * app's earlier requests from the history (scope escalation). When the provider reloads its own
 * endpoint for the same app (Entra's `sso_reload`, often with fewer parameters), the app's
 * original request is the one inspected.
 *
 * @param chain - what the background recorded for one tab or popup
 * @param history - the stored history entries (any order)
 * @param options - catalogs and the Consentry origins the user added
 * @returns the inspection, or `undefined` when no step of the chain is a request or device page
 */
export function inspectChain(chain: NavigationChain, history: readonly HistoryEntry[], options: InspectOptions = {}): Inspection | undefined {
  const found = latestRequest(chain, options);
  if (!found) return undefined;
  const { inspection, index } = found;
  const openerHost = hostOf(chain.openerUrl);
  const seen: Inspection = {
    ...inspection,
    navigation: { start: chain.start, at: chain.steps[index]!.at, ...(openerHost ? { openerHost } : {}) },
  };
  const findings = sortFindings([...seen.findings, ...chainFindings(seen, chain, index)]);
  const judged: Inspection = { ...seen, findings, verdict: verdictOf(seen.risk, seen.lasting.asked, findings) };
  const escalation = findEscalation(judged, history);
  return escalation ? withEscalation(judged, escalation) : judged;
}

function latestRequest(chain: NavigationChain, options: InspectOptions): { inspection: Inspection; index: number } | undefined {
  let found: { inspection: Inspection; index: number } | undefined;
  for (let i = chain.steps.length - 1; i >= 0; i--) {
    const step = chain.steps[i]!;
    if (step.event === 'error') continue;
    const inspection = inspectUrl(step.url, options);
    if (!inspection) continue;
    if (found && !sameApp(found.inspection, inspection)) break;
    found = { inspection, index: i };
  }
  return found;
}

function sameApp(a: Inspection, b: Inspection): boolean {
  return a.kind === b.kind && a.provider.id === b.provider.id && a.clientId === b.clientId;
}

function hostOf(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  try {
    return new URL(url).hostname || undefined;
  } catch {
    return undefined;
  }
}
