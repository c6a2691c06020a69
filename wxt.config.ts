import { defineConfig } from 'wxt';
import { PANEL_PROVIDERS } from './extension/panel/panel-providers.js';

// The browser extension, for Chrome (MV3) and Firefox (MV3) from one source
// (docs/architecture.md#the-three-parts).
export default defineConfig({
  srcDir: 'extension',
  publicDir: 'extension/public',
  // Preact's automatic JSX runtime. Vite 8 would read it from the nearest tsconfig.json, but the
  // root one excludes extension/ (it is type-checked by tsconfig.extension.json), so say it here.
  vite: () => ({ oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } } }),
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports from '#imports' keep the dependency direction visible (CONTRIBUTING.md#explicit-imports).
  imports: false,
  manifestVersion: 3,
  // addons.mozilla.org reviewers rebuild the Firefox package from the sources zip: it holds what
  // `npm ci && npm run build:extension` needs for the extension, not the service or the tests.
  zip: {
    excludeSources: ['service/**', 'test/**', 'dist/**', 'docs/**', 'bin/**', 'scripts/**', 'vitest.config.ts', 'data/**', 'coverage/**'],
  },
  manifest: ({ browser }) => ({
    name: 'Consentry',
    description: 'Explains every OAuth sign-in and consent request before you approve it: who asks, for what, how risky, and what looks like an attack.',
    // The README's "Permissions" section gives each one's reason. No host permission is required:
    // requests are recognised from navigation events alone.
    permissions: ['webNavigation', 'storage', 'scripting'],
    // Asked for per provider, only when the user turns the in-page panel on for it.
    optional_host_permissions: [...new Set(PANEL_PROVIDERS.flatMap((p) => p.origins))],
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'extension@consentry.dev',
          // data_collection_permissions needs Firefox 140 (142 on Android); the rest 128.
          strict_min_version: '140.0',
          // Firefox asks add-ons to declare data they send; the extension sends none.
          data_collection_permissions: { required: ['none'] },
        },
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
});
