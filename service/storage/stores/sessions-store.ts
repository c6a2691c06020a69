import type { Db } from '../database.js';

export interface Session {
  /** SHA-256 of the cookie value; the cookie value itself is never stored. */
  idHash: string;
  userId: string;
  csrfToken: string;
  createdAt: number;
  expiresAt: number;
  lastSeenAt: number;
  ip: string | null;
  userAgent: string | null;
}

/** Dashboard sign-in sessions, in the database so several processes share them. */
export interface SessionsStore {
  create(s: Session): Promise<void>;
  /** Returns the session only while it has not expired at `now`. */
  active(idHash: string, now: number): Promise<Session | undefined>;
  /** Records activity; cheap, called at most once a minute per session. */
  touch(idHash: string, now: number): Promise<void>;
  delete(idHash: string): Promise<void>;
  deleteForUser(userId: string): Promise<void>;
  /** Removes expired rows; returns how many. */
  purgeExpired(now: number): Promise<number>;
}

export function createSessionsStore(db: Db): SessionsStore {
  const k = db.kysely;
  return {
    async create(s) {
      await k
        .insertInto('sessions')
        .values({
          id_hash: s.idHash,
          user_id: s.userId,
          csrf_token: s.csrfToken,
          created_at: s.createdAt,
          expires_at: s.expiresAt,
          last_seen_at: s.lastSeenAt,
          ip: s.ip,
          user_agent: s.userAgent,
        })
        .execute();
    },
    async active(idHash, now) {
      const r = await k
        .selectFrom('sessions')
        .selectAll()
        .where('id_hash', '=', idHash)
        .where('expires_at', '>', now)
        .executeTakeFirst();
      if (!r) return undefined;
      return {
        idHash: r.id_hash,
        userId: r.user_id,
        csrfToken: r.csrf_token,
        createdAt: r.created_at,
        expiresAt: r.expires_at,
        lastSeenAt: r.last_seen_at,
        ip: r.ip,
        userAgent: r.user_agent,
      };
    },
    async touch(idHash, now) {
      await k.updateTable('sessions').set({ last_seen_at: now }).where('id_hash', '=', idHash).execute();
    },
    async delete(idHash) {
      await k.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
    },
    async deleteForUser(userId) {
      await k.deleteFrom('sessions').where('user_id', '=', userId).execute();
    },
    async purgeExpired(now) {
      const r = await k.deleteFrom('sessions').where('expires_at', '<=', now).executeTakeFirst();
      return Number(r.numDeletedRows);
    },
  };
}
