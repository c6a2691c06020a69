import type { AuthServer, BenchClient, MintedCode } from './auth-server.js';
import { basicAuth, inParallel } from './http-flow.js';
import type { LoadPlan } from './load-test.js';

const FORM = 'application/x-www-form-urlencoded';

/** A refresh chain: the latest refresh token of one grant, and the access token issued with it. */
export interface Chain {
  client: BenchClient;
  refreshToken: string;
  accessToken: string;
}

const codeBody = (m: MintedCode) =>
  new URLSearchParams({ grant_type: 'authorization_code', code: m.code, redirect_uri: m.client.redirect_uri, code_verifier: m.verifier }).toString();

/** Redeems one code over HTTP (setup, not timed). */
export async function redeem(server: AuthServer, minted: MintedCode): Promise<Chain> {
  const res = await fetch(`${server.server.url}${server.paths.token}`, {
    method: 'POST',
    headers: { 'content-type': FORM, authorization: basicAuth(minted.client.client_id, minted.client.client_secret) },
    body: codeBody(minted),
  });
  const body = (await res.json()) as Record<string, string>;
  if (res.status !== 200 || !body.refresh_token || !body.access_token) {
    throw new Error(`${server.name} code exchange answered ${res.status} ${JSON.stringify(body).slice(0, 200)}`);
  }
  return { client: minted.client, refreshToken: body.refresh_token, accessToken: body.access_token };
}

/** One fresh refresh chain per client, each on its own grant: code through the real flow, then redeemed. */
export async function mintChains(server: AuthServer): Promise<Chain[]> {
  return inParallel(server.clients.length, 8, async (i) => redeem(server, await server.mintCode(server.clients[i]!)));
}

/** `count` codes through the real flow, spread over the clients (each client's rate limit is per minute). */
export function mintCodes(server: AuthServer, count: number, width = 16): Promise<MintedCode[]> {
  return inParallel(count, width, (i) => server.mintCode(server.clients[i % server.clients.length]!));
}

/**
 * Refresh-token grant with rotation: each request sends the newest refresh token of a chain that
 * is not in flight, and its response's refresh token replaces it (a reused token would revoke the
 * grant). Chains whose request was cut off at the end of a round are dropped, never replayed.
 */
export function refreshPlan(server: AuthServer, ready: Chain[]): LoadPlan {
  return {
    request: {
      method: 'POST',
      path: server.paths.token,
      setup(req, context) {
        const chain = ready.shift();
        if (!chain) return false;
        context.chain = chain;
        req.headers = { 'content-type': FORM, authorization: basicAuth(chain.client.client_id, chain.client.client_secret) };
        req.body = new URLSearchParams({ grant_type: 'refresh_token', refresh_token: chain.refreshToken }).toString();
        return true;
      },
      done(status, body, context) {
        const chain = context.chain as Chain;
        if (status !== 200) return;
        const json = JSON.parse(body) as Record<string, string>;
        if (json.refresh_token && json.access_token) ready.push({ ...chain, refreshToken: json.refresh_token, accessToken: json.access_token });
      },
    },
  };
}

/** Authorization-code exchange over a pool of codes minted just before the round (codes live ≤ 60 s). */
export function codePlan(server: AuthServer, codes: MintedCode[], connections: number): LoadPlan {
  const queue = [...codes];
  return {
    amount: Math.max(1, codes.length - 2 * connections),
    request: {
      method: 'POST',
      path: server.paths.token,
      setup(req) {
        const minted = queue.shift();
        if (!minted) return false;
        req.headers = { 'content-type': FORM, authorization: basicAuth(minted.client.client_id, minted.client.client_secret) };
        req.body = codeBody(minted);
        return true;
      },
    },
  };
}

/**
 * Token introspection (RFC 7662) of live tokens, each by the client it was issued to. `kind`
 * picks the chain's access or refresh token (node-oidc-provider cannot introspect its JWT access
 * tokens, so its figure is for its opaque refresh tokens).
 */
export function introspectPlan(server: AuthServer, chains: Chain[], kind: 'access_token' | 'refresh_token', inactive: { count: number }): LoadPlan {
  let next = 0;
  return {
    request: {
      method: 'POST',
      path: server.paths.introspect,
      setup(req) {
        const chain = chains[next++ % chains.length]!;
        req.headers = { 'content-type': FORM, authorization: basicAuth(chain.client.client_id, chain.client.client_secret) };
        const token = kind === 'access_token' ? chain.accessToken : chain.refreshToken;
        req.body = new URLSearchParams({ token, token_type_hint: kind }).toString();
        return true;
      },
      done(status, body) {
        if (status === 200 && !body.includes('"active":true')) inactive.count++;
      },
    },
  };
}

/** A plain GET (discovery, JWKS, the hello-world ceiling). */
export const getPlan = (path: string, headers: Record<string, string> = {}): LoadPlan => ({ request: { method: 'GET', path, headers } });
