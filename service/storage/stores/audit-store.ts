import type { Db } from '../database.js';

export interface AuditEvent {
  id: string;
  accountId: string | null;
  actorUserId: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  data: Record<string, unknown>;
  ip: string | null;
  createdAt: number;
}

/** Append-only log of security-relevant changes. */
export interface AuditStore {
  append(e: AuditEvent): Promise<void>;
  /** Newest first; `before` is an event id for keyset pagination. */
  forAccount(accountId: string, opts: { limit: number; before?: string }): Promise<AuditEvent[]>;
}

export function createAuditStore(db: Db): AuditStore {
  const k = db.kysely;
  return {
    async append(e) {
      await k
        .insertInto('audit_events')
        .values({
          id: e.id,
          account_id: e.accountId,
          actor_user_id: e.actorUserId,
          action: e.action,
          target_type: e.targetType,
          target_id: e.targetId,
          data: JSON.stringify(e.data),
          ip: e.ip,
          created_at: e.createdAt,
        })
        .execute();
    },
    async forAccount(accountId, { limit, before }) {
      let q = k.selectFrom('audit_events').selectAll().where('account_id', '=', accountId);
      if (before) q = q.where('id', '<', before);
      const rows = await q.orderBy('id', 'desc').limit(limit).execute();
      return rows.map((r) => ({
        id: r.id,
        accountId: r.account_id,
        actorUserId: r.actor_user_id,
        action: r.action,
        targetType: r.target_type,
        targetId: r.target_id,
        data: JSON.parse(r.data) as Record<string, unknown>,
        ip: r.ip,
        createdAt: r.created_at,
      }));
    },
  };
}
