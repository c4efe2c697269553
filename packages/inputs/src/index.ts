// The public API of @kindling/inputs: pure, browser-safe readers from file text to drafts.
export { parseInput } from './parse-input.js';
export { parseText } from './text.js';
export { parseMarkdown } from './markdown.js';
export { parseJson } from './json.js';
export { parseJsonl, createJsonlReader, type JsonlReader, type JsonlReaderOptions } from './jsonl.js';
export { parseCsv, createCsvReader, type CsvReader } from './csv.js';
export { CSV_COLUMNS, LIST_COLUMNS, COLUMN_ALIASES, matchColumns, headerKey, type CsvColumn, type ColumnMap } from './csv-columns.js';
export { CHANNEL_SYNONYMS, KIND_SYNONYMS, channelFromValue, kindFromValue } from './values.js';
export { formatFromPath, sniffFormat, INPUT_FORMATS, FORMAT_BY_EXTENSION, type InputFormat } from './formats.js';
export { locateJsonError, type JsonErrorPlace } from './json-error.js';
export {
  appendInput,
  emptyInput,
  type DraftLocation,
  type SourcedDraft,
  type ParseProblem,
  type ParsedInput,
  type ParseOptions,
  type DraftDefaults,
} from './types.js';
