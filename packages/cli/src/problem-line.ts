import { describeLocation, type InputProblem } from '@kindling/report';

/** The one stderr line for a problem: where, which field, and what is wrong (or, for an info, what was assumed). */
export function problemLine(problem: InputProblem): string {
  const field = problem.field ? `${problem.field}: ` : '';
  const level = problem.severity === 'info' ? 'info: ' : '';
  return `kindling: ${describeLocation(problem)}: ${level}${field}${problem.message}\n`;
}
