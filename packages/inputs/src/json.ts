import { stripBom } from './body.js';
import { locateJsonError } from './json-error.js';
import { describeType, problem } from './problems.js';
import { addDraft } from './to-draft.js';
import { emptyInput, type ParseOptions, type ParsedInput } from './types.js';

/** Parses JSON or returns where and why it is broken. */
export function parseJsonValue(text: string): { value: unknown } | { line: number; column: number; reason: string } {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch {
    return locateJsonError(text) ?? { line: 1, column: 1, reason: 'not valid JSON' };
  }
}

/** A `.json` file: one draft, or an array of drafts, each located by its index. */
export function parseJson(content: string, options: ParseOptions = {}): ParsedInput {
  const output = emptyInput();
  const text = stripBom(content);
  // An empty export is an empty draft, for the rules to flag, rather than a syntax error.
  if (text.trim() === '') {
    addDraft(output, { text: '' }, { index: 0, line: 1 }, options.defaults);
    return output;
  }
  const parsed = parseJsonValue(text);
  if (!('value' in parsed)) {
    output.problems.push(problem('invalidJson', { line: parsed.line }, { reason: `${parsed.reason} (column ${parsed.column})` }));
    return output;
  }
  const { value } = parsed;
  if (Array.isArray(value)) {
    value.forEach((raw, index) => addDraft(output, raw, { index }, options.defaults));
  } else if (typeof value === 'object' && value !== null) {
    addDraft(output, value, { index: 0 }, options.defaults);
  } else {
    output.problems.push(problem('notDraftOrArray', { line: 1 }, { found: describeType(value) }));
  }
  return output;
}
