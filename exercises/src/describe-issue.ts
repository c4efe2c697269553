import type * as z from 'zod/mini';

/**
 * One zod issue as a short sentence for a coach editing an exercise file. zod/mini has no
 * messages of its own, so the schema words its own checks and this covers the built-in ones.
 */
export function describeIssue(issue: z.core.$ZodIssue, rootName: string): { path: string; message: string } {
  const path = issue.path.map(String).join('.') || rootName;
  const custom = issue.message && issue.message !== 'Invalid input' ? issue.message : undefined;
  switch (issue.code) {
    case 'invalid_type':
      return { path, message: issue.input === undefined ? `required ${issue.expected} is missing` : `expected ${issue.expected}` };
    case 'invalid_value':
      return { path, message: `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}` };
    case 'unrecognized_keys':
      return { path, message: `unknown key ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}` };
    case 'invalid_union':
      return { path, message: custom ?? (issue.path.at(-1) === 'type' ? 'expected "write", "rewrite" or "spot"' : 'does not match any allowed form') };
    default:
      return { path, message: custom ?? `invalid (${issue.code})` };
  }
}
