import type { ParseProblem } from './types.js';

/** Every way input can fail to be a draft. Each code has exactly one message template. */
export type ProblemCode =
  | 'invalidJson'
  | 'notDraftOrArray'
  | 'unclosedFrontmatter'
  | 'invalidFrontmatter'
  | 'frontmatterNotMapping'
  | 'textInFrontmatter'
  | 'missingTextColumn'
  | 'unterminatedQuote'
  | 'unknownValue'
  | 'mappedColumnMissing'
  | 'invalidText'
  | 'tooDeep';

const messages: Record<ProblemCode, string> = {
  invalidJson: 'invalid JSON: {{reason}}',
  notDraftOrArray: 'expected a draft object or an array of drafts, found {{found}}',
  unclosedFrontmatter: 'the frontmatter opened with "---" on line 1 is never closed by a "---" line',
  invalidFrontmatter: 'invalid YAML frontmatter: {{reason}}',
  frontmatterNotMapping: 'the frontmatter must be "key: value" pairs, found {{found}}',
  textInFrontmatter: 'the body of the file is the text; remove "text" from the frontmatter',
  missingTextColumn: 'no text column (such as "text", "post", "message" or "caption"); the header row has: {{columns}}',
  mappedColumnMissing: 'the column map names "{{header}}" for {{field}}, but the header row has: {{columns}}',
  unterminatedQuote: 'a quoted field opened on line {{line}} is never closed',
  unknownValue: 'unknown {{field}} "{{value}}"; linted as "{{fallback}}"',
  invalidText: 'not valid {{encoding}} text (byte {{offset}}); this line was skipped',
  tooDeep: 'nested more than {{depth}} levels deep; this draft was skipped',
};

export type ProblemPlace = Omit<ParseProblem, 'message'>;

/** Builds a problem from its code's template. */
export function problem(code: ProblemCode, place: ProblemPlace, data: Readonly<Record<string, string | number>> = {}): ParseProblem {
  const message = messages[code].replace(/\{\{(\w+)\}\}/gu, (_, name: string) => String(data[name] ?? ''));
  return { ...place, message };
}

/** A short name for the JSON type of a value, for messages. */
export function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
