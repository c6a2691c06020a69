import type { RunningServer } from './spawn-server.js';

/** A confidential client registered identically on both servers. */
export interface BenchClient {
  client_id: string;
  client_secret: string;
  redirect_uri: string;
}

/** A code minted through the server's real authorization flow, with its PKCE verifier. */
export interface MintedCode {
  client: BenchClient;
  code: string;
  verifier: string;
}

/** What the load scenarios need from an authorization server under test. */
export interface AuthServer {
  name: string;
  server: RunningServer;
  clients: BenchClient[];
  paths: { token: string; introspect: string; discovery: string; jwks: string };
  /** One code for `client` through the real flow of a signed-in user who already consented. */
  mintCode(client: BenchClient): Promise<MintedCode>;
  stop(): Promise<void>;
}

/** The scope both servers' clients ask for. */
export const BENCH_SCOPE = 'offline_access account.read';
