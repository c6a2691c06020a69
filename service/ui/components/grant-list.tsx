import { GrantCard, type GrantCardProps } from './grant-card.js';

export interface GrantListProps {
  grants: Array<Omit<GrantCardProps, 'csrfToken'>>;
  csrfToken: string;
  /** What an empty list says. */
  empty: { title: string; text: string };
  /** The next page of older grants, when there is one (lists are paged, newest first). */
  olderHref?: string | undefined;
}

/** A page of grants as cards with Revoke, or the empty state, and the link to older grants. */
export function GrantList({ grants, csrfToken, empty, olderHref }: GrantListProps) {
  return (
    <>
      {grants.length === 0 ? (
        <section class="card empty-state">
          <h2>{empty.title}</h2>
          <p class="muted">{empty.text}</p>
        </section>
      ) : (
        grants.map((g) => <GrantCard key={g.grant.grant_id} {...g} csrfToken={csrfToken} />)
      )}
      {olderHref && (
        <p>
          <a href={olderHref}>Older grants</a>
        </p>
      )}
    </>
  );
}
