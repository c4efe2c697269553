import { stripBom, trimBody } from './body.js';
import { addDraft } from './to-draft.js';
import { emptyInput, type ParseOptions, type ParsedInput } from './types.js';

/** A `.txt` file: one draft, and the whole file is its text. */
export function parseText(content: string, options: ParseOptions = {}): ParsedInput {
  const output = emptyInput();
  const { text, line } = trimBody(stripBom(content), 1);
  addDraft(output, { text }, { index: 0, line }, options.defaults);
  return output;
}
