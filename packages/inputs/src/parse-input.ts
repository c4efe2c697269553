import { parseCsv } from './csv.js';
import type { InputFormat } from './formats.js';
import { parseJson } from './json.js';
import { parseJsonl } from './jsonl.js';
import { parseMarkdown } from './markdown.js';
import { parseText } from './text.js';
import type { ParseOptions, ParsedInput } from './types.js';

const parsers: Readonly<Record<InputFormat, (content: string, options?: ParseOptions) => ParsedInput>> = {
  txt: parseText,
  md: parseMarkdown,
  json: parseJson,
  jsonl: parseJsonl,
  csv: parseCsv,
  tsv: (content, options = {}) => parseCsv(content, { ...options, delimiter: '\t' }),
};

/** Reads drafts from the whole text of a file in the given format. Never throws. */
export function parseInput(format: InputFormat, content: string, options: ParseOptions = {}): ParsedInput {
  return parsers[format](content, options);
}
