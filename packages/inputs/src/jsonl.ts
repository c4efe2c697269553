import { parseJsonValue } from './json.js';
import { problem } from './problems.js';
import { addDraft } from './to-draft.js';
import { appendInput, emptyInput, type ParseOptions, type ParsedInput } from './types.js';

export interface JsonlReader {
  /**
   * Reads the next line of the file (without its line break). `unreadable` is the message for a
   * line the caller could not decode: the line is counted and reported, but not parsed.
   */
  readLine(line: string, unreadable?: string): ParsedInput;
  /** Finishes the file: one with no drafts at all is an empty draft, for the rules to flag. */
  end(): ParsedInput;
}

export interface JsonlReaderOptions extends ParseOptions {
  /**
   * Where the first line given sits in the file, when a caller reads a file in parts (the CLI
   * lints parts of a large file on several threads): its 1-based line, and the index of the
   * first draft on or after it. Drafts and problems are located as in a whole-file read.
   */
  start?: { line: number; index: number };
}

/**
 * Reads JSON Lines one line at a time, so a caller can stream a file of any size (the CLI feeds
 * it from readline) and keep only one line in memory. Blank lines are skipped but still counted.
 */
export function createJsonlReader(options: JsonlReaderOptions = {}): JsonlReader {
  let lineNumber = (options.start?.line ?? 1) - 1;
  let index = options.start?.index ?? 0;
  const firstIndex = index;
  return {
    readLine(raw, unreadable) {
      lineNumber++;
      const output = emptyInput();
      const line = lineNumber === 1 && raw.startsWith('\uFEFF') ? raw.slice(1) : raw;
      if (line.trim() === '' && unreadable === undefined) return output;
      const location = { index: index++, line: lineNumber };
      if (unreadable !== undefined) {
        output.problems.push({ ...location, message: unreadable });
        return output;
      }
      const parsed = parseJsonValue(line);
      if ('value' in parsed) addDraft(output, parsed.value, location, options.defaults);
      else output.problems.push(problem('invalidJson', location, { reason: `${parsed.reason} (column ${parsed.column})` }));
      return output;
    },
    end() {
      const output = emptyInput();
      if (firstIndex === 0 && index === 0) addDraft(output, { text: '' }, { index: index++, line: 1 }, options.defaults);
      return output;
    },
  };
}

/** A whole `.jsonl` / `.ndjson` text: one draft per line. */
export function parseJsonl(content: string, options: ParseOptions = {}): ParsedInput {
  const reader = createJsonlReader(options);
  const output = emptyInput();
  for (const line of content.split(/\r?\n/u)) {
    appendInput(output, reader.readLine(line));
  }
  appendInput(output, reader.end());
  return output;
}
