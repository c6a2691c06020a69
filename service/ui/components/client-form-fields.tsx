import type { ScopeCatalog } from '../../../shared/scopes/index.js';
import { ClientTextField } from './client-text-field.js';
import { ScopePicker } from './scope-picker.js';

/** What the client form shows: the user's own input, as typed, so a refused form keeps it. */
export interface ClientFormValues {
  client_name: string;
  /** One URI per line. */
  redirect_uris: string;
  token_endpoint_auth_method: string;
  refresh_tokens: boolean;
  scopes: string[];
  optional_scopes: string[];
  client_uri: string;
  logo_uri: string;
  policy_uri: string;
  tos_uri: string;
  /** One address per line. */
  contacts: string;
}

/** Field name → message, from the error the service raised (`field`). */
export type ClientFormErrors = Partial<Record<string, string>>;

const AUTH_METHODS = [
  {
    value: 'client_secret_basic',
    title: 'Confidential, secret in the Authorization header',
    text: 'For server-side web apps that can keep a secret. The app sends client_id and secret with HTTP Basic (recommended).',
  },
  {
    value: 'client_secret_post',
    title: 'Confidential, secret in the request body',
    text: 'Same as above, but the secret travels as a form parameter of the token request. Use only if your library needs it.',
  },
  {
    value: 'none',
    title: 'Public (no secret, PKCE)',
    text: 'For mobile, desktop, CLI and single-page apps that cannot keep a secret. PKCE is required; http loopback and private-use redirect URIs are allowed.',
  },
] as const;

/** The fields of the create and edit forms (the enclosing `<form>` adds CSRF and buttons). */
export function ClientFormFields({ values, errors, catalog }: { values: ClientFormValues; errors: ClientFormErrors; catalog: ScopeCatalog }) {
  return (
    <>
      <ClientTextField name="client_name" label="Name" hint="Shown to users on the consent page." value={values.client_name} error={errors.client_name} required maxLength={100} />
      <ClientTextField
        name="redirect_uris"
        label="Redirect URIs"
        hint="One per line, matched exactly. https only, except http://127.0.0.1 / [::1] / localhost for public clients."
        value={values.redirect_uris}
        error={errors.redirect_uris}
        multiline
        required
      />
      <fieldset class="choices" aria-describedby={errors.token_endpoint_auth_method ? 'token_endpoint_auth_method-error' : undefined}>
        <legend>Client type</legend>
        {AUTH_METHODS.map((m) => (
          <label class="choice" key={m.value}>
            <input type="radio" name="token_endpoint_auth_method" value={m.value} checked={values.token_endpoint_auth_method === m.value} />
            <span>
              <span class="name">{m.title}</span> <code class="muted">{m.value}</code>
              <span class="hint">{m.text}</span>
            </span>
          </label>
        ))}
        {errors.token_endpoint_auth_method && (
          <p class="field-error" id="token_endpoint_auth_method-error">
            {errors.token_endpoint_auth_method}
          </p>
        )}
      </fieldset>
      <label class="check">
        <input type="checkbox" name="refresh_tokens" value="on" checked={values.refresh_tokens} />
        <span>
          Issue refresh tokens <span class="hint">Lets the app keep access without asking the user again (grant type refresh_token).</span>
        </span>
      </label>
      {errors.grant_types && <p class="field-error">{errors.grant_types}</p>}
      <ScopePicker
        catalog={catalog}
        required={values.scopes}
        optional={values.optional_scopes}
        error={errors.scopes ?? errors.optional_scopes}
      />
      <div class="grid-2">
        <ClientTextField name="client_uri" label="Home page" hint="https URL; its host can later be verified by DNS." value={values.client_uri} error={errors.client_uri} type="url" />
        <ClientTextField name="logo_uri" label="Logo URL" hint="https URL of a square image." value={values.logo_uri} error={errors.logo_uri} type="url" />
        <ClientTextField name="policy_uri" label="Privacy policy URL" value={values.policy_uri} error={errors.policy_uri} type="url" />
        <ClientTextField name="tos_uri" label="Terms of service URL" value={values.tos_uri} error={errors.tos_uri} type="url" />
      </div>
      <ClientTextField name="contacts" label="Contacts" hint="Email addresses of the people responsible, one per line." value={values.contacts} error={errors.contacts} multiline />
    </>
  );
}
