import type { Clock } from '../ports/clock.js';
import type { Random } from '../ports/random.js';
import type { AuditStore } from '../storage/stores/audit-store.js';

export interface AuditInput {
  accountId: string | null;
  actorUserId: string | null;
  action: string;
  targetType?: string;
  targetId?: string;
  data?: Record<string, unknown>;
  ip?: string | null;
}

/** Records audit events; actions are dotted verbs such as `oauth_client.created`. */
export interface AuditRecorder {
  record(e: AuditInput): Promise<void>;
}

export function createAuditRecorder(deps: { audit: AuditStore; clock: Clock; random: Random }): AuditRecorder {
  return {
    async record(e) {
      const now = deps.clock.now();
      await deps.audit.append({
        id: deps.random.orderedId(now),
        accountId: e.accountId,
        actorUserId: e.actorUserId,
        action: e.action,
        targetType: e.targetType ?? null,
        targetId: e.targetId ?? null,
        data: e.data ?? {},
        ip: e.ip ?? null,
        createdAt: now,
      });
    },
  };
}
