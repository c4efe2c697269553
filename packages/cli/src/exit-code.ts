import type { ReportSummary } from '@kindling/report';

export const EXIT = { clean: 0, lintErrors: 1, usageOrInput: 2 } as const;

/**
 * 2 when any input could not be read (after everything else was linted) or no draft was linted
 * at all, 1 when there are errors or more warnings than allowed, and 0 otherwise.
 */
export function lintExitCode(summary: ReportSummary, maxWarnings: number | undefined): number {
  if (summary.problems > 0 || summary.drafts === 0) return EXIT.usageOrInput;
  if (summary.errors > 0) return EXIT.lintErrors;
  if (maxWarnings !== undefined && summary.warnings > maxWarnings) return EXIT.lintErrors;
  return EXIT.clean;
}
