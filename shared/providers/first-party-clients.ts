/**
 * A well-known app of a provider itself, recognised by its `client_id`. `publicClient` marks the
 * native apps (command-line tools, desktop apps) that have no secret and receive their code on a
 * loopback redirect: the apps "ConsentFix" lures abuse, since every tenant trusts them and their
 * redirect goes nowhere when no local program is listening.
 */
export interface FirstPartyClient {
  readonly provider: string;
  readonly clientId: string;
  readonly name: string;
  readonly publicClient: boolean;
  readonly source: string;
}

const MS_FIRST_PARTY =
  'https://learn.microsoft.com/en-us/troubleshoot/entra/entra-id/governance/verify-first-party-apps-sign-in#application-ids-of-commonly-used-microsoft-applications';
const MS_TENANT_OWNED =
  'https://learn.microsoft.com/en-us/troubleshoot/entra/entra-id/governance/verify-first-party-apps-sign-in#application-ids-of-microsoft-tenant-owned-applications';

/** Well-known first-party clients, from each provider's documentation or the tool's own source. */
export const FIRST_PARTY_CLIENTS: readonly FirstPartyClient[] = [
  { provider: 'microsoft', clientId: '04b07795-8ddb-461a-bbee-02f9e1bf7b46', name: 'Microsoft Azure CLI', publicClient: true, source: MS_FIRST_PARTY },
  { provider: 'microsoft', clientId: '1950a258-227b-4e31-a9cf-717495945fc2', name: 'Microsoft Azure PowerShell', publicClient: true, source: MS_FIRST_PARTY },
  { provider: 'microsoft', clientId: '14d82eec-204b-4c2f-b7e8-296a70dab67e', name: 'Microsoft Graph Command Line Tools', publicClient: true, source: MS_TENANT_OWNED },
  {
    provider: 'microsoft',
    clientId: 'aebc6443-996d-45c2-90f0-388ff96faa56',
    name: 'Visual Studio Code',
    publicClient: true,
    source: 'https://github.com/microsoft/vscode/blob/main/extensions/microsoft-authentication/src/common/scopeData.ts (DEFAULT_CLIENT_ID)',
  },
  { provider: 'microsoft', clientId: 'd3590ed6-52b3-4102-aeff-aad2292ab01c', name: 'Microsoft Office', publicClient: true, source: MS_FIRST_PARTY },
  { provider: 'microsoft', clientId: '29d9ed98-a469-4536-ade2-f981bc1d605e', name: 'Microsoft Authentication Broker', publicClient: true, source: MS_FIRST_PARTY },
  { provider: 'microsoft', clientId: '1fec8e78-bce4-4aaf-ab1b-5451cc387264', name: 'Microsoft Teams', publicClient: true, source: MS_FIRST_PARTY },
  { provider: 'microsoft', clientId: '27922004-5251-4030-b22d-91ecd9a37ea4', name: 'Outlook Mobile', publicClient: true, source: MS_FIRST_PARTY },
  { provider: 'microsoft', clientId: 'ab9b8c07-8f02-4f72-87fa-80105867a763', name: 'OneDrive SyncEngine', publicClient: true, source: MS_FIRST_PARTY },
  { provider: 'microsoft', clientId: '5d661950-3475-41cd-a2c3-d671a3162bc1', name: 'Microsoft Outlook', publicClient: true, source: MS_FIRST_PARTY },
  { provider: 'microsoft', clientId: 'c44b4083-3bb0-49c1-b47d-974e53cbdf3c', name: 'Azure Portal', publicClient: false, source: MS_FIRST_PARTY },
  { provider: 'microsoft', clientId: '4765445b-32c6-49b0-83e6-1d93765276ca', name: 'OfficeHome', publicClient: false, source: MS_FIRST_PARTY },
  { provider: 'microsoft', clientId: '4b233688-031c-404b-9a80-a4f3f2351f90', name: 'Office.com', publicClient: false, source: MS_FIRST_PARTY },
  { provider: 'microsoft', clientId: 'de8bc8b5-d9f9-48b1-a8ad-b748da725064', name: 'Graph Explorer', publicClient: false, source: MS_TENANT_OWNED },
  { provider: 'microsoft', clientId: '18fbca16-2224-45f6-85b0-f7bf2b39b3f3', name: 'Microsoft Docs', publicClient: false, source: MS_FIRST_PARTY },
  {
    provider: 'google',
    clientId: '32555940559.apps.googleusercontent.com',
    name: 'Google Cloud SDK (gcloud)',
    publicClient: true,
    source: 'https://cloud.google.com/sdk/gcloud/reference/auth/login (the client gcloud auth login opens, redirect http://localhost:8085/)',
  },
  {
    provider: 'github',
    clientId: '178c6fc778ccc68e1d6a',
    name: 'GitHub CLI',
    publicClient: true,
    source: 'https://github.com/cli/cli/blob/trunk/internal/authflow/flow.go (oauthClientID)',
  },
  {
    provider: 'cloudflare',
    clientId: '54d11594-84e4-41aa-b438-e81b8fa78ee7',
    name: 'Wrangler (Cloudflare CLI)',
    publicClient: true,
    source: 'https://github.com/cloudflare/workers-sdk/blob/main/packages/wrangler/src/user/auth-variables.ts (CLOUDFLARE_OAUTH_CLIENT_ID default)',
  },
];

const BY_KEY: ReadonlyMap<string, FirstPartyClient> = new Map(
  FIRST_PARTY_CLIENTS.map((c) => [`${c.provider} ${c.clientId.toLowerCase()}`, c]),
);

/**
 * The well-known first-party app with this `client_id` at this provider, if it is one.
 *
 * @param provider - registry id, e.g. `microsoft`
 * @param clientId - the request's `client_id` (Microsoft GUIDs compared case-insensitively)
 */
export function firstPartyClient(provider: string, clientId: string): FirstPartyClient | undefined {
  return BY_KEY.get(`${provider} ${clientId.toLowerCase()}`);
}
