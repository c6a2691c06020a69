import { defineConfig } from 'wxt';

// The browser extension (docs/architecture.md#the-three-parts).
export default defineConfig({
  srcDir: 'extension',
  // Preact's automatic JSX runtime. Vite 8 would read it from the nearest tsconfig.json, but the
  // root one excludes extension/ (it is type-checked by tsconfig.extension.json), so say it here.
  vite: () => ({ oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } } }),
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports from '#imports' keep the dependency direction visible (CONTRIBUTING.md#explicit-imports).
  imports: false,
  manifest: ({ browser }) => ({
    name: 'Consentry',
    description: 'Shows what an OAuth consent screen is about to grant before you approve it.',
    // activeTab: the popup reads the URL of the tab the user opened it on, nothing else.
    // storage: the extension's own settings (no other data is kept).
    permissions: ['storage', 'activeTab'],
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'extension@consentry.dev',
          // Firefox asks add-ons to declare data they send; the extension sends none.
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
});
