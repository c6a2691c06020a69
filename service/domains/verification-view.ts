import type { ClientUriVerification } from '../../shared/oauth/index.js';
import type { DomainVerification } from '../storage/stores/domain-verifications-store.js';

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/** The wire form (`client_uri_verification`) of a client's verification row; null when it has none. */
export function toVerificationView(v: DomainVerification | undefined): ClientUriVerification | null {
  if (!v) return null;
  return {
    status: v.status,
    record_name: v.recordName,
    record_value: v.recordValue,
    checked_at: iso(v.checkedAt),
    verified_at: iso(v.verifiedAt),
    last_error: v.lastError,
  };
}
