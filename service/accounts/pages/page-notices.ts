import { pickParams } from '../../http/pick-params.js';

/** What a form did, carried across its 303 redirect as `?done=<key>` (Post/Redirect/Get). */
const NOTICES = {
  member_added: 'Member added.',
  role_changed: 'Role changed.',
  member_removed: 'Member removed.',
  settings_saved: 'Settings saved.',
} as const;

export type NoticeKey = keyof typeof NOTICES;

/** The notice named by `?done=`, if it is one we know (anything else is ignored, not echoed). */
export function noticeFrom(query: unknown): string | undefined {
  const { done } = pickParams(query, ['done']);
  return done && Object.hasOwn(NOTICES, done) ? NOTICES[done as NoticeKey] : undefined;
}

export const withNotice = (url: string, key: NoticeKey): string => `${url}?done=${key}`;
