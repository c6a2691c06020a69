import type { Deps } from '../deps.js';

/**
 * Sign-in rate limits (docs/security.md B1; OAuth 2.1 §7.7): every attempt counts against the
 * client IP (`loginPerIp`); only failures count against the email (`loginPerUser`), and a
 * success forgets them. The email key is the normalised address whether or not a user has
 * it, so unknown and known emails are throttled identically (no enumeration). Counters live
 * in the database, so every service process shares them (B5).
 */
export function createLoginThrottle(deps: Pick<Deps, 'limiters'>) {
  const userKey = (email: string) => email.trim().toLowerCase();
  return {
    /** Seconds until this IP or email may try again, or undefined when neither is blocked. */
    async blockedFor(ip: string, email: string | undefined): Promise<number | undefined> {
      const byIp = await deps.limiters.blocked('loginPerIp', ip);
      const byUser = email === undefined ? undefined : await deps.limiters.blocked('loginPerUser', userKey(email));
      if (byIp === undefined && byUser === undefined) return undefined;
      return Math.max(byIp ?? 0, byUser ?? 0);
    },
    attempt: (ip: string) => deps.limiters.consume('loginPerIp', ip),
    failed: (email: string) => deps.limiters.consume('loginPerUser', userKey(email)),
    succeeded: (email: string) => deps.limiters.reset('loginPerUser', userKey(email)),
  };
}


/** The page message for a refused attempt; the same whichever counter tripped. */
export function tooManyAttemptsMessage(seconds: number): string {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  return `Too many sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`;
}
