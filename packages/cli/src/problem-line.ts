import { describeLocation, type InputProblem } from '@kindling/report';

/** The one stderr line for a problem: where, which field, and what is wrong. */
export function problemLine(problem: InputProblem): string {
  const field = problem.field ? `${problem.field}: ` : '';
  return `kindling: ${describeLocation(problem)}: ${field}${problem.message}\n`;
}
