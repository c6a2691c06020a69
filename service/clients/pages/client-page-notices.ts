import { pickParams } from '../../http/pick-params.js';

/** Fixed messages after a redirect (`?done=<key>`); the query never carries text to show. */
const NOTICES = {
  updated: 'Changes saved.',
  rotation_finished: 'Rotation finished: the previous secret no longer works.',
  deleted: 'OAuth client deleted.',
  verification_checked: 'DNS record looked up: the result is under Domain verification.',
  verification_restarted: 'Verification restarted: publish the record shown, then check.',
  made_public: 'The app is now public: users of any account can authorize it.',
} as const;

export type NoticeKey = keyof typeof NOTICES;

export function noticeFromQuery(query: unknown): string | undefined {
  const { done } = pickParams(query, ['done'], { maxLength: 40 });
  return done !== undefined && Object.hasOwn(NOTICES, done) ? NOTICES[done as NoticeKey] : undefined;
}

export const withNotice = (url: string, key: NoticeKey): string => `${url}?done=${key}`;
