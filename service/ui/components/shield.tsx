import type { Shield as ShieldKind } from '../../../shared/api/index.js';

const LABEL: Record<ShieldKind, string> = {
  'first-party': 'First-party app',
  verified: 'Verified domain',
  unverified: 'Unverified publisher',
};

/** Why the shield is what it is; a verified domain proves control of the domain, not endorsement. */
export function shieldExplanation(kind: ShieldKind, host: string | null): string {
  const where = host ?? 'its website';
  if (kind === 'first-party') return 'This app is published by the operator of this service.';
  if (kind === 'verified') {
    return `Verified means the developer proved control of ${where}; it is not an endorsement.`;
  }
  return `The publisher has not proved control of ${where}. Only continue if you trust this app.`;
}

/** The trust shield pill: first-party (blue), verified (green), unverified (amber). */
export function Shield({ kind }: { kind: ShieldKind }) {
  return (
    <span class={`shield ${kind}`} data-shield={kind}>
      {kind === 'unverified' ? '⚠' : '✓'} {LABEL[kind]}
    </span>
  );
}
