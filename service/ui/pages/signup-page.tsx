import { Layout } from '../components/layout.js';
import { LoginFormField } from '../components/login-form-field.js';

export type SignupField = 'name' | 'email' | 'password';

export interface SignupPageProps {
  csrfToken: string;
  returnTo?: string | undefined;
  values?: Partial<Record<'name' | 'email', string>>;
  fieldErrors?: Partial<Record<SignupField, string>>;
  error?: string | undefined;
}

/** Sign-up form: creates a user and their own account, in which they are admin. */
export function SignupPage({ csrfToken, returnTo, values = {}, fieldErrors = {}, error }: SignupPageProps) {
  const loginHref = returnTo && returnTo !== '/' ? `/login?return_to=${encodeURIComponent(returnTo)}` : '/login';
  return (
    <Layout title="Create your user" narrow>
      <section class="card">
        <h1>Create your user</h1>
        <p class="muted">You also get your own account, where you are the admin.</p>
        {error && (
          <p class="notice error" role="alert">
            {error}
          </p>
        )}
        <form method="post" action="/signup">
          <input type="hidden" name="_csrf" value={csrfToken} />
          {returnTo && returnTo !== '/' && <input type="hidden" name="return_to" value={returnTo} />}
          <LoginFormField name="name" label="Name" type="text" autocomplete="name" value={values.name} error={fieldErrors.name} maxLength={100} />
          <LoginFormField name="email" label="Email" type="email" autocomplete="email" value={values.email} error={fieldErrors.email} maxLength={254} />
          <LoginFormField
            name="password"
            label="Password"
            type="password"
            autocomplete="new-password"
            hint="At least 12 characters, and not your email address."
            error={fieldErrors.password}
            minLength={12}
            maxLength={256}
          />
          <div class="actions">
            <button type="submit" class="primary">
              Create user
            </button>
          </div>
        </form>
        <p class="muted small">
          Already have a user? <a href={loginHref}>Sign in</a>.
        </p>
      </section>
    </Layout>
  );
}
