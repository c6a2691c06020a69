import type { Inspection, Verdict } from '../../shared/inspector/inspection.js';

/** Badge text and colour per verdict; white text on each colour has a contrast of at least 4.5:1 (WCAG AA). */
export const VERDICT_BADGES: Readonly<Record<Verdict, { readonly text: string; readonly color: string; readonly label: string }>> = {
  ok: { text: 'OK', color: '#1a7f37', label: 'no problem found' },
  caution: { text: '!', color: '#9a6700', label: 'be careful' },
  danger: { text: '!!', color: '#cf222e', label: 'danger' },
};

/** The part of `browser.action` the badge uses. */
export interface BadgeAction {
  setBadgeText(details: { tabId: number; text: string }): Promise<void>;
  setBadgeBackgroundColor(details: { tabId: number; color: string }): Promise<void>;
  setBadgeTextColor?(details: { tabId: number; color: string }): Promise<void> | void;
  setTitle(details: { tabId: number; title: string }): Promise<void>;
}

/** The toolbar button of one tab: the verdict of its latest request, or nothing. */
export function createVerdictBadge(action: BadgeAction) {
  return async (tabId: number, inspection: Inspection | undefined): Promise<void> => {
    if (inspection === undefined) {
      await Promise.all([action.setBadgeText({ tabId, text: '' }), action.setTitle({ tabId, title: 'Consentry' })]);
      return;
    }
    const badge = VERDICT_BADGES[inspection.verdict];
    const app = inspection.knownApp?.name ?? inspection.clientId ?? 'device sign-in';
    await Promise.all([
      action.setBadgeText({ tabId, text: badge.text }),
      action.setBadgeBackgroundColor({ tabId, color: badge.color }),
      action.setBadgeTextColor?.({ tabId, color: '#ffffff' }),
      action.setTitle({ tabId, title: `Consentry: ${badge.label} (${inspection.provider.name}, ${app})` }),
    ]);
  };
}
