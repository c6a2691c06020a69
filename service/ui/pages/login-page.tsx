import { Layout } from '../components/layout.js';
import { LoginFormField } from '../components/login-form-field.js';

export interface LoginPageProps {
  csrfToken: string;
  /** Already checked by safeReturnTo; carried through the form. */
  returnTo?: string | undefined;
  email?: string | undefined;
  /** A form-level message (wrong credentials, too many attempts). */
  error?: string | undefined;
  /** Per-field messages (missing email or password). */
  fieldErrors?: Partial<Record<'email' | 'password', string>>;
  signupEnabled: boolean;
}

/** Sign-in form: a plain HTML form posting to /login, working without JavaScript. */
export function LoginPage({ csrfToken, returnTo, email, error, fieldErrors = {}, signupEnabled }: LoginPageProps) {
  const signupHref = returnTo && returnTo !== '/' ? `/signup?return_to=${encodeURIComponent(returnTo)}` : '/signup';
  return (
    <Layout title="Sign in" narrow>
      <section class="card">
        <h1>Sign in</h1>
        {error && (
          <p class="notice error" role="alert">
            {error}
          </p>
        )}
        <form method="post" action="/login">
          <input type="hidden" name="_csrf" value={csrfToken} />
          {returnTo && returnTo !== '/' && <input type="hidden" name="return_to" value={returnTo} />}
          <LoginFormField name="email" label="Email" type="email" autocomplete="username" value={email} error={fieldErrors.email} maxLength={254} autofocus={!email} />
          <LoginFormField name="password" label="Password" type="password" autocomplete="current-password" error={fieldErrors.password} maxLength={256} autofocus={!!email} />
          <div class="actions">
            <button type="submit" class="primary">
              Sign in
            </button>
          </div>
        </form>
        {signupEnabled && (
          <p class="muted small">
            No user yet? <a href={signupHref}>Create one</a>.
          </p>
        )}
      </section>
    </Layout>
  );
}
