// Proves every exercise works: `pnpm check:exercises`. The same checks run as
// exercises/test/validate.test.ts, so a broken exercise also fails the test suite.
// The workspace root does not depend on @kindling/exercises, so the script reads its build.
import { formatFileIssue } from '../exercises/dist/index.js';
import { validateCatalogue } from '../exercises/dist/node/index.js';

const report = validateCatalogue();
for (const issue of report.issues) process.stderr.write(`${formatFileIssue(issue)}\n`);
for (const gap of report.coverage) process.stderr.write(`exercises/content: ${gap}\n`);
const problems = report.issues.length + report.coverage.length;
const brokenFiles = new Set(report.issues.map((issue) => issue.file)).size;
process.stdout.write(
  problems === 0
    ? `All ${report.checked} exercises check out.\n`
    : `${brokenFiles} of ${report.checked} exercise files have problems; ${report.coverage.length} coverage gaps.\n`,
);
process.exitCode = problems === 0 ? 0 : 1;
