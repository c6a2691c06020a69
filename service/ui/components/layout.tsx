import type { ComponentChildren } from 'preact';

export interface LayoutProps {
  title: string;
  /** Signed-in user shown in the header, if any. */
  user?: { name: string; email: string } | undefined;
  /** CSRF token for the sign-out form in the header. */
  csrfToken?: string | undefined;
  /** Narrow centred card layout for sign-in, consent and error pages. */
  narrow?: boolean;
  children: ComponentChildren;
}

/** The page shell: no inline script or style (CSP), one stylesheet, one optional script. */
export function Layout({ title, user, csrfToken, narrow, children }: LayoutProps) {
  return (
    <html lang="en">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} · Consentry`}</title>
        <link rel="stylesheet" href="/assets/app.css" />
        <script src="/assets/app.js" defer />
      </head>
      <body>
        <header class="topbar">
          <a class="brand" href="/">
            Consentry
          </a>
          {user && (
            <nav class="topnav">
              <a href="/">Dashboard</a>
              <a href="/connected-apps">Connected apps</a>
              <a href="/settings/tokens">API tokens</a>
              <span class="who">{user.email}</span>
              <form method="post" action="/logout" class="inline">
                <input type="hidden" name="_csrf" value={csrfToken} />
                <button type="submit" class="link">
                  Sign out
                </button>
              </form>
            </nav>
          )}
        </header>
        <main class={narrow ? 'narrow' : 'wide'}>{children}</main>
      </body>
    </html>
  );
}
