import type { ClientResponse } from '../../../shared/api/index.js';
import type { ClientFormValues } from '../../ui/components/client-form-fields.js';

type FormBody = Record<string, unknown>;

/** A single form field; a repeated one stays an array so the schema refuses it (not silently the first). */
const one = (v: unknown): unknown => (v === undefined || v === '' ? undefined : v);
/** A textarea holding one item per line; blank lines are ignored. */
const lines = (v: unknown): unknown =>
  typeof v === 'string' ? v.split(/\r?\n/).map((s) => s.trim()).filter(Boolean) : v ?? [];
/** Repeated checkboxes: absent, one value (a string), or several (an array). */
const checked = (v: unknown): unknown => (v === undefined ? [] : typeof v === 'string' ? [v] : v);
const text = (v: unknown): string => (typeof v === 'string' ? v : Array.isArray(v) ? v.join('\n') : '');
const texts = (v: unknown): string[] => (typeof v === 'string' ? [v] : Array.isArray(v) ? v.map(String) : []);

const URL_FIELDS = ['client_uri', 'logo_uri', 'policy_uri', 'tos_uri'] as const;

/**
 * The dashboard form as client metadata (RFC 7591 names), so the page goes through exactly the
 * same operation and validation as the API. On edit, an emptied URL or contacts field clears it.
 */
export function clientInputFromForm(body: FormBody, mode: 'create' | 'update'): Record<string, unknown> {
  const input: Record<string, unknown> = {
    client_name: one(body.client_name) ?? '',
    redirect_uris: lines(body.redirect_uris),
    token_endpoint_auth_method: one(body.token_endpoint_auth_method),
    grant_types: body.refresh_tokens === 'on' ? ['authorization_code', 'refresh_token'] : ['authorization_code'],
    scopes: checked(body.scopes),
    optional_scopes: checked(body.optional_scopes),
  };
  for (const f of URL_FIELDS) input[f] = one(body[f]) ?? (mode === 'update' ? null : undefined);
  const contacts = lines(body.contacts);
  input.contacts = Array.isArray(contacts) && contacts.length === 0 && mode === 'update' ? null : contacts;
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
}

/** The form exactly as the user submitted it, to show again next to the errors. */
export function formValuesFromBody(body: FormBody): ClientFormValues {
  return {
    client_name: text(body.client_name),
    redirect_uris: text(body.redirect_uris),
    token_endpoint_auth_method: text(body.token_endpoint_auth_method),
    refresh_tokens: body.refresh_tokens === 'on',
    scopes: texts(body.scopes),
    optional_scopes: texts(body.optional_scopes),
    client_uri: text(body.client_uri),
    logo_uri: text(body.logo_uri),
    policy_uri: text(body.policy_uri),
    tos_uri: text(body.tos_uri),
    contacts: text(body.contacts),
  };
}

/** The edit form filled with what is registered. */
export function formValuesFromClient(c: ClientResponse): ClientFormValues {
  return {
    client_name: c.client_name,
    redirect_uris: c.redirect_uris.join('\n'),
    token_endpoint_auth_method: c.token_endpoint_auth_method,
    refresh_tokens: c.grant_types.includes('refresh_token'),
    scopes: c.scopes,
    optional_scopes: c.optional_scopes,
    client_uri: c.client_uri ?? '',
    logo_uri: c.logo_uri ?? '',
    policy_uri: c.policy_uri ?? '',
    tos_uri: c.tos_uri ?? '',
    contacts: (c.contacts ?? []).join('\n'),
  };
}

/** A blank registration form: confidential (Basic) with refresh tokens, the common web-app case. */
export const emptyFormValues = (): ClientFormValues => ({
  client_name: '',
  redirect_uris: '',
  token_endpoint_auth_method: 'client_secret_basic',
  refresh_tokens: true,
  scopes: [],
  optional_scopes: [],
  client_uri: '',
  logo_uri: '',
  policy_uri: '',
  tos_uri: '',
  contacts: '',
});
