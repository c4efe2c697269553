import type * as z from 'zod/mini';

export interface Issue {
  /** Dotted path of the offending field or key. */
  path: string;
  message: string;
}

function quoteAll(values: readonly unknown[]): string {
  const quoted = values.map((v) => JSON.stringify(v));
  return quoted.length <= 1 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`;
}

/**
 * Turns a zod issue into a short English sentence. zod/mini ships no messages of its own, and
 * our users are coaches reading a terminal, so each message says what was expected.
 */
export function describeIssue(issue: z.core.$ZodIssue, rootName: string): Issue {
  const path = issue.path.map(String).join('.') || rootName;
  switch (issue.code) {
    case 'invalid_type':
      return { path, message: issue.input === undefined ? `required ${issue.expected} is missing` : `expected ${issue.expected}` };
    case 'invalid_value':
      return { path, message: `expected ${quoteAll(issue.values)}` };
    case 'unrecognized_keys':
      return { path, message: `unknown key${issue.keys.length > 1 ? 's' : ''} ${quoteAll(issue.keys)}` };
    case 'too_small':
      return { path, message: `must be at least ${String(issue.minimum)}` };
    case 'too_big':
      return { path, message: `must be at most ${String(issue.maximum)}` };
    case 'invalid_union':
      return { path, message: issue.message && issue.message !== 'Invalid input' ? issue.message : 'does not match any allowed form' };
    default:
      return { path, message: issue.message && issue.message !== 'Invalid input' ? issue.message : `invalid (${issue.code})` };
  }
}
