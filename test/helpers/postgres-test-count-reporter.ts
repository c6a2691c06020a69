import { writeFileSync } from 'node:fs';
import type { Reporter, TestModule } from 'vitest/node';

/**
 * Writes how many PostgreSQL copies of the contract suites ran (tests named `[postgres]`,
 * see describeEachEngine) to `file` as JSON, so .ci/run can fail when CI silently ran none.
 */
export class PostgresTestCountReporter implements Reporter {
  constructor(private readonly file: string) {}

  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    let passed = 0;
    let failed = 0;
    for (const module of modules) {
      for (const test of module.children.allTests()) {
        if (!test.fullName.includes('[postgres]')) continue;
        const state = test.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failed++;
      }
    }
    writeFileSync(this.file, JSON.stringify({ executed: passed + failed, passed, failed }));
  }
}
