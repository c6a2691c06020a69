import type { NavigationChain, NavigationStart, NavigationStep } from '../../shared/inspector/navigation.js';
import type { TabRecord } from '../tabs/tab-record.js';
import type { NavigationEvent } from './navigation-event.js';
import { navigationStart } from './navigation-start.js';

/** Steps a chain keeps: its first (where it started) and the newest ones after it. */
export const MAX_CHAIN_STEPS = 32;

/**
 * The tab's record after one navigation event. Pure: the background feeds it events in the order
 * the browser fires them. A chain goes on through redirects, form posts and links while it holds
 * an authorization request (a sign-in flow); the user navigating by themselves (typed, bookmark,
 * reload, back/forward) or following a link from a page outside any flow starts a new one.
 *
 * @param record - the tab's record before the event (undefined for a tab not seen yet)
 * @param event - a top-level navigation event of that tab
 * @param opener - with `opened`: the record of the tab that opened this one, if seen
 */
export function recordNavigation(record: TabRecord | undefined, event: NavigationEvent, opener?: TabRecord): TabRecord {
  switch (event.kind) {
    case 'opened':
      return { chain: newChain('opened', opener?.lastUrl, event.popup, []) };
    case 'before':
      return withStep(record ?? { chain: newChain('unknown', undefined, false, []) }, { event: 'before', url: event.url, at: event.at });
    case 'error':
      return withStep(record ?? { chain: newChain('unknown', undefined, false, []) }, { event: 'error', url: event.url, at: event.at, error: event.error });
    case 'committed':
      return committed(record, event);
  }
}

function committed(record: TabRecord | undefined, event: Extract<NavigationEvent, { kind: 'committed' }>): TabRecord {
  const start = navigationStart(event.transition, event.qualifiers);
  const step: NavigationStep = { event: 'committed', url: event.url, at: event.at, serverRedirect: event.qualifiers.includes('server_redirect') };
  if (record === undefined) return { chain: newChain(start, undefined, false, [step]), lastUrl: event.url };
  if (!record.chain.steps.some((s) => s.event !== 'before')) {
    // The chain's own first document (e.g. of a tab a page just opened): it keeps how it started,
    // unless all it knew was a bare `before`.
    const chain = record.chain.start === 'unknown' ? { ...record.chain, start } : record.chain;
    return { ...withStep({ ...record, chain }, step), lastUrl: event.url };
  }
  if (continuesChain(record, start)) return { ...withStep(record, step), lastUrl: event.url };
  // A new chain keeps the navigation's own `before` step(s), recorded before we knew how it started.
  const pending = pendingSteps(record.chain.steps);
  const openerUrl = start === 'link' || start === 'unknown' ? record.lastUrl : undefined;
  const chain = newChain(start, openerUrl, record.chain.popup, [...pending, step]);
  // The history write of the previous chain is kept, so reloading a consent page records it once.
  return record.recorded ? { chain, lastUrl: event.url, recorded: record.recorded } : { chain, lastUrl: event.url };
}

/** Whether a committed navigation that started as `start` belongs to the tab's current chain. */
function continuesChain(record: TabRecord, start: NavigationStart): boolean {
  if (start === 'typed' || start === 'reload' || start === 'external') return false;
  if (start === 'redirect') return true;
  // A link or form inside a sign-in flow is part of the flow; elsewhere it starts a new chain.
  return record.inspection !== undefined;
}

/**
 * The steps of the chain's latest navigation: its last step and the `before` steps just ahead of
 * it (the URL the navigation started with).
 */
export function currentNavigation(chain: NavigationChain): readonly NavigationStep[] {
  const steps = chain.steps;
  if (steps.length === 0) return steps;
  return [...pendingSteps(steps.slice(0, -1)), steps.at(-1)!];
}

/** The `before` steps after the last committed or failed step: the navigation still under way. */
function pendingSteps(steps: readonly NavigationStep[]): NavigationStep[] {
  let i = steps.length;
  while (i > 0 && steps[i - 1]!.event === 'before') i--;
  return steps.slice(i);
}

function withStep(record: TabRecord, step: NavigationStep): TabRecord {
  const steps = [...record.chain.steps, step];
  const capped = steps.length > MAX_CHAIN_STEPS ? [steps[0]!, ...steps.slice(steps.length - MAX_CHAIN_STEPS + 1)] : steps;
  return { ...record, chain: { ...record.chain, steps: capped } };
}

function newChain(start: NavigationStart, openerUrl: string | undefined, popup: boolean, steps: NavigationStep[]): NavigationChain {
  return openerUrl === undefined ? { start, popup, steps } : { start, openerUrl, popup, steps };
}
