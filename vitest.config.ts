import { WxtVitest } from 'wxt/testing';
import { defineConfig } from 'vitest/config';
import { PostgresTestCountReporter } from './test/helpers/postgres-test-count-reporter.js';

// .ci/run sets this to learn how many PostgreSQL contract tests ran.
const countFile = process.env.POSTGRES_TEST_COUNT_FILE;

export default defineConfig({
  test: {
    exclude: ['test/bench/**', 'node_modules/**'],
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    reporters: countFile ? ['default', new PostgresTestCountReporter(countFile)] : ['default'],
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: ['test/**/*.test.{ts,tsx}'],
          exclude: ['test/bench/**', 'test/e2e/**', 'test/unit/extension/**', 'node_modules/**'],
        },
      },
      {
        // Real Chromium; one browser at a time on small CI machines. The globalSetup runs only
        // when an e2e file is selected, so unit runs never pay for the extension build.
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.e2e.test.ts'],
          globalSetup: ['test/global-setup-extension.ts'],
          fileParallelism: false,
        },
      },
      {
        // Extension code under WXT's Vite config with an in-memory fake `browser` (fakeBrowser).
        // JSX as in wxt.config.ts: the root tsconfig.json, which Vite reads, excludes extension/.
        extends: true,
        plugins: [WxtVitest()],
        oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
        test: {
          name: 'extension',
          include: ['test/unit/extension/**/*.test.{ts,tsx}'],
        },
      },
    ],
  },
});
