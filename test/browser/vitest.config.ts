import { fileURLToPath } from 'node:url';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { defineConfig } from 'vitest/config';

/**
 * The every-page check first: it is the longest file by far, and started last (vitest's order
 * by file size on a fresh clone) it would run alone after the others.
 */
class EveryPageFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const isEveryPage = (file: TestSpecification): boolean => file.moduleId.endsWith('/site.test.ts');
    return [...sorted.filter(isEveryPage), ...sorted.filter((file) => !isEveryPage(file))];
  }
}

// Browser tests drive the built site; build it first with `pnpm docs:build`.
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['test/browser/**/*.test.ts'],
    // Two files at a time, each with its own chromium: the every-page check is CPU-bound and
    // the others mostly wait on the page, so they fit beside it on a two-core machine.
    fileParallelism: true,
    maxWorkers: 2,
    sequence: { sequencer: EveryPageFirst },
    // Generous bounds, so a busy machine is slow rather than failing. Nothing here is timed:
    // the waits are for the page (Playwright's waits and expect.poll), not for a clock.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    expect: { poll: { timeout: 60_000 } },
  },
});
