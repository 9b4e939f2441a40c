import type { Reporter, SerializedError, TestModule } from 'vitest/node';

/**
 * Ends the run with one plain line, `e2e: N passed, N failed`, counting every test of every
 * file, for scripts and people skimming a CI log. A test that did not run (skipped, todo, or
 * still pending when the run stopped) is named on a line of its own before it; a file that
 * failed outside any test (an import, a hook) and an unhandled error each count as a failure.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(
    modules: ReadonlyArray<TestModule>,
    unhandledErrors: ReadonlyArray<SerializedError>,
  ): void {
    let passed = 0;
    let failed = unhandledErrors.length;
    const notRun: string[] = [];
    for (const module of modules) {
      let failedInModule = 0;
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failedInModule++;
        else notRun.push(`${module.moduleId}: ${test.fullName} (${state})`);
      }
      // A module that failed without a failing test failed in its setup or its imports.
      if (!failedInModule && module.state() === 'failed') failedInModule = 1;
      failed += failedInModule;
    }
    const lines = notRun.map((name) => `e2e: not run: ${name}`);
    lines.push(`e2e: ${passed} passed, ${failed} failed`);
    process.stdout.write(`\n${lines.join('\n')}\n`);
  }
}
