import { forEachQueryParam } from '../oauth/query-params.js';
import type { InspectedParameter } from './inspection.js';

/** One sentence per well-known parameter (RFC 6749 §4.1.1, RFC 7636, OpenID Connect Core §3.1.2.1, providers' own). */
const MEANINGS: Readonly<Record<string, string>> = {
  response_type: 'What the app wants back: code (exchanged later, safest), token or id_token (straight in the address).',
  client_id: 'The app, as the provider registered it.',
  redirect_uri: 'Where the provider sends you, with the code, once you agree.',
  scope: 'What the app asks to be allowed to do.',
  state: "The app's own value, sent back unchanged so it can check the answer belongs to this request.",
  code_challenge: 'PKCE: a hash of a secret only the app knows, so a stolen code is useless to others (RFC 7636).',
  code_challenge_method: 'PKCE: how code_challenge was made; S256 is the safe one.',
  nonce: 'A one-time value the app checks in the ID token, against replay.',
  prompt: 'Whether to ask you again: none (silent), login, consent, select_account.',
  login_hint: 'The account the app suggests you sign in with.',
  response_mode: 'How the answer is returned: query, fragment or form_post.',
  access_type: 'Google: offline asks for a refresh token, access that lasts until revoked.',
  include_granted_scopes: 'Google: add the scopes you already granted this app to the new grant.',
  token_access_type: 'Dropbox: offline asks for a refresh token, access that lasts until revoked.',
  user_scope: 'Slack: what the app may do as you (not as its bot).',
  resource: 'The API the token is for (RFC 8707; Microsoft v1 endpoint).',
  audience: 'The API the token is for (Auth0, Atlassian).',
  request_uri: 'A reference to request parameters pushed to the provider beforehand (RFC 9126).',
  request: 'The request parameters as a signed object (RFC 9101).',
  domain_hint: 'Microsoft: skips the account picker for this organisation.',
  hd: 'Google: the Workspace domain the app expects.',
  allow_signup: 'GitHub: whether to offer creating an account.',
  permissions: 'Discord: the bot permissions asked for, as a number (8 is Administrator).',
  max_age: 'How long ago you may have signed in before you must sign in again.',
  acr_values: 'How strongly the app wants you to have signed in.',
  claims: 'Which facts about you the app wants in the tokens.',
  ui_locales: 'The language the page should use.',
  display: 'How the page should look (page, popup, touch).',
  integration_type: 'Discord: install to a server (0) or to your account (1).',
};

/**
 * Every query parameter of the URL, decoded, in order (repeats included), with its meaning when
 * it is a known one: the developer view's table.
 *
 * @param parsed - the request URL
 */
export function explainParameters(parsed: URL): InspectedParameter[] {
  const out: InspectedParameter[] = [];
  forEachQueryParam(parsed.search, (name, value) => {
    const meaning = Object.hasOwn(MEANINGS, name) ? MEANINGS[name] : undefined;
    out.push(meaning === undefined ? { name, value } : { name, value, meaning });
  });
  return out;
}
