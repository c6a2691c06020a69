export interface DemoLogin {
  email: string;
  name: string;
  password: string;
  roles: string;
}

export interface DemoClient {
  name: string;
  clientId: string;
  secret?: string | undefined;
}

const RULE = '='.repeat(78);

/** The start-up text that prints the demo logins and client secrets, once; nothing stores them in clear. */
export function demoBanner(d: { url: string; logins: DemoLogin[]; clients: DemoClient[] }): string {
  const width = Math.max(...d.logins.map((l) => l.email.length));
  return [
    '',
    RULE,
    ' DEMO DATA - the database was empty, so a demo dataset was created.',
    ' These credentials are printed ONCE and never again. Not for production:',
    ' start with DEMO_SEED=false to get an empty service.',
    RULE,
    ` Dashboard: ${d.url}/`,
    '',
    ' Demo logins (email / password):',
    ...d.logins.map((l) => `   ${l.email.padEnd(width)}  ${l.password}   ${l.roles}`),
    '',
    ' Demo OAuth clients:',
    ...d.clients.map((c) => `   ${c.name}: client_id ${c.clientId}${c.secret ? `  client_secret ${c.secret}` : '  (public, PKCE)'}`),
    RULE,
    '',
  ].join('\n');
}
