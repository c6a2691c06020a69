export type AccountPage = 'clients' | 'members' | 'grants' | 'settings' | 'audit-log';

const LABELS: Record<AccountPage, string> = {
  clients: 'Clients',
  members: 'Members',
  grants: 'App grants',
  settings: 'Settings',
  'audit-log': 'Audit log',
};

/** The dashboard URL of one account page, e.g. `/accounts/<id>/members`. */
export function accountPageUrl(accountId: string, page: AccountPage): string {
  return `/accounts/${encodeURIComponent(accountId)}/${page}`;
}

export interface AccountNavProps {
  account: { id: string; name: string; firstParty?: boolean };
  /** The caller's role, shown beside the name so people know what they may change. */
  role: string;
  current: AccountPage;
}

/** The account heading and its sub-navigation (Clients · Members · Settings · Audit log), shared by every account page. */
export function AccountNav({ account, role, current }: AccountNavProps) {
  return (
    <header class="account-head">
      <p class="muted small">
        <a href="/">Your accounts</a> / {LABELS[current]}
      </p>
      <h1>
        {account.name} {account.firstParty && <span class="shield first-party">first-party</span>}{' '}
        <span class={`badge role ${role}`}>{role}</span>
      </h1>
      <nav class="subnav" aria-label="Account">
        {(Object.keys(LABELS) as AccountPage[]).map((page) => (
          <a
            key={page}
            href={accountPageUrl(account.id, page)}
            class={page === current ? 'current' : undefined}
            aria-current={page === current ? 'page' : undefined}
          >
            {LABELS[page]}
          </a>
        ))}
      </nav>
    </header>
  );
}
