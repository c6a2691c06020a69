import { z } from 'zod';
import { finding, sortFindings } from '../oauth/finding.js';
import { RISK_TIERS } from '../scopes/risk.js';
import { VERDICTS, type HistoryEntry, type Inspection, type ScopeEscalation } from './inspection.js';
import { NAVIGATION_STARTS, type NavigationStart } from './navigation.js';
import { verdictOf } from './verdict.js';

/** How many entries the history keeps unless told otherwise (oldest dropped first). */
export const DEFAULT_HISTORY_LIMIT = 500;

/** Schema of one stored history entry, for the extension's typed storage item. */
export const historyEntrySchema = z
  .object({
    provider: z.string().min(1).max(64),
    clientId: z.string().min(1).max(512),
    redirectHost: z.string().max(255).optional(),
    scopes: z.array(z.string().max(512)).max(200),
    lasting: z.boolean(),
    verdict: z.enum(VERDICTS),
    risk: z.enum([...RISK_TIERS, 'unknown']),
    at: z.number().int().nonnegative(),
    start: z.enum(NAVIGATION_STARTS),
  })
  .strict();

/**
 * What the history keeps of an authorization request: provider, app, redirect host, scopes (catalog
 * ids where known), lasting access, verdict, risk, time and how the navigation started. Never a
 * code, token, `state`, `nonce` or any other query value. Device pages carry no app and are not kept.
 *
 * @param inspection - an authorization request's inspection
 * @param seen - when and how it was seen; defaults to `inspection.navigation` (set by `inspectChain`)
 * @returns the entry, or `undefined` for a device page or when the time is not known
 */
export function toHistoryEntry(
  inspection: Inspection,
  seen: { readonly at: number; readonly start: NavigationStart } | undefined = inspection.navigation,
): HistoryEntry | undefined {
  if (inspection.kind !== 'authorization' || inspection.clientId === undefined || seen === undefined) return undefined;
  return {
    provider: inspection.provider.id,
    clientId: inspection.clientId,
    ...(inspection.redirect?.host ? { redirectHost: inspection.redirect.host } : {}),
    scopes: inspection.scopes.map((s) => s.known?.id ?? s.requested),
    lasting: inspection.lasting.asked,
    verdict: inspection.verdict,
    risk: inspection.risk,
    at: seen.at,
    start: seen.start,
  };
}

/**
 * What the same app (provider and `client_id`) asks for now beyond everything it asked for in
 * earlier entries: "asked for Calendar before; now adds Gmail send".
 *
 * @param inspection - the current request
 * @param history - earlier entries, any order
 * @returns the escalation, or `undefined` when the app is new or asks for nothing new
 */
export function findEscalation(inspection: Inspection, history: readonly HistoryEntry[]): ScopeEscalation | undefined {
  const now = inspection.navigation?.at ?? Number.POSITIVE_INFINITY;
  const earlier = history.filter((e) => e.provider === inspection.provider.id && e.clientId === inspection.clientId && e.at < now);
  if (earlier.length === 0) return undefined;
  const before = new Set(earlier.flatMap((e) => e.scopes));
  const added = inspection.scopes.filter((s) => !before.has(s.known?.id ?? s.requested));
  if (added.length === 0) return undefined;
  const names = new Map(inspection.scopes.map((s) => [s.known?.id ?? s.requested, s.known?.name ?? s.requested]));
  return {
    previousAt: Math.max(...earlier.map((e) => e.at)),
    before: [...before].map((id) => names.get(id) ?? id),
    added: added.map((s) => s.known?.name ?? s.requested),
  };
}

/**
 * Adds the escalation finding to an inspection (danger when an added scope is admin tier).
 *
 * @param inspection - the current request
 * @param escalation - from {@link findEscalation}
 */
export function withEscalation(inspection: Inspection, escalation: ScopeEscalation): Inspection {
  const addedAdmin = inspection.scopes.some((s) => s.known?.risk === 'admin' && escalation.added.includes(s.known.name));
  const f = finding('scope_escalation', addedAdmin ? 'danger' : 'warning',
    `This app asked you for ${escalation.before.join(', ') || 'less'} before; now it also asks for ${escalation.added.join(', ')}.`, 'scope');
  const findings = sortFindings([...inspection.findings, f]);
  return { ...inspection, escalation, findings, verdict: verdictOf(inspection.risk, inspection.lasting.asked, findings) };
}

/**
 * Appends an entry, keeping at most `limit` entries (the oldest go first).
 *
 * @param history - the stored entries, oldest first
 * @param entry - the new one
 * @param limit - most entries kept
 */
export function appendHistory(history: readonly HistoryEntry[], entry: HistoryEntry, limit = DEFAULT_HISTORY_LIMIT): HistoryEntry[] {
  const next = [...history, entry];
  return next.length > limit ? next.slice(next.length - limit) : next;
}

/**
 * Entries whose provider, app, redirect host or scopes contain `query` (case-insensitive), newest first.
 *
 * @param history - the stored entries
 * @param query - what the user typed; empty matches everything
 */
export function searchHistory(history: readonly HistoryEntry[], query: string): HistoryEntry[] {
  const q = query.trim().toLowerCase();
  const hit = (e: HistoryEntry) =>
    q === '' || [e.provider, e.clientId, e.redirectHost ?? '', ...e.scopes].some((field) => field.toLowerCase().includes(q));
  return history.filter(hit).sort((a, b) => b.at - a.at);
}
