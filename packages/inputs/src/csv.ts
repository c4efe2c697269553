import { stripBom } from './body.js';
import { LIST_COLUMNS, matchColumns } from './csv-columns.js';
import { CsvRecordReader, type CsvRecord } from './csv-records.js';
import { problem } from './problems.js';
import { addDraft } from './to-draft.js';
import { appendInput, emptyInput, type ParseOptions, type ParsedInput } from './types.js';

interface Column {
  /** The field path split at its dots, e.g. ['recipient', 'relationship']. */
  path: string[];
  listSeparator?: string;
}

function toColumns(fields: ReturnType<typeof matchColumns>['fields']): (Column | undefined)[] {
  return fields.map((known) => {
    if (!known) return undefined;
    const listSeparator = LIST_COLUMNS[known];
    return { path: known.split('.'), ...(listSeparator ? { listSeparator } : {}) };
  });
}

function setPath(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let node = target;
  for (const key of path.slice(0, -1)) {
    const child = node[key];
    if (typeof child === 'object' && child !== null) node = child as Record<string, unknown>;
    else node = node[key] = {};
  }
  node[path.at(-1)!] = value;
}

/**
 * One data row as a raw draft. Empty cells are left out, so optional fields stay unset; an empty
 * text cell is an empty draft, which the rules flag, rather than a row silently passed over.
 */
function rowToDraft(columns: readonly (Column | undefined)[], fields: readonly string[]): Record<string, unknown> {
  const draft: Record<string, unknown> = { text: '' };
  columns.forEach((column, i) => {
    const cell = fields[i];
    if (!column || cell === undefined || cell.trim() === '') return;
    const value = column.listSeparator
      ? cell.split(column.listSeparator).map((item) => item.trim()).filter((item) => item !== '')
      : cell;
    setPath(draft, column.path, value);
  });
  return draft;
}

function skipped(lines: ReadonlySet<number>, record: CsvRecord): boolean {
  if (lines.size === 0) return false;
  for (let line = record.line; line <= record.endLine; line++) if (lines.has(line)) return true;
  return false;
}

export interface CsvReader {
  /** Reads the next chunk of the file. */
  push(chunk: string): ParsedInput;
  /** Finishes the file. */
  end(): ParsedInput;
}

/**
 * Reads CSV chunk by chunk, so a caller can stream a file of any size. The first record is the
 * header; each later record is a draft located by its 1-based data row.
 */
export function createCsvReader(options: ParseOptions = {}): CsvReader {
  const records = new CsvRecordReader(options.delimiter);
  let columns: (Column | undefined)[] | undefined;
  let missingText = false;
  const skipLines = options.skipLines;
  let row = 0;
  let index = 0;
  let first = true;
  /**
   * Rows with every cell blank, held until a row with something in it comes: blank rows between
   * drafts are empty drafts, for the rules to flag; the blank rows a spreadsheet leaves at the
   * end of an export are not drafts at all.
   */
  let blankRows: { index: number; row: number }[] = [];

  function read(found: readonly CsvRecord[], output: ParsedInput): void {
    for (const record of found) {
      if (!columns) {
        const names = record.fields.map((name) => name.trim()).filter((name) => name !== '');
        // A first line of blanks is not a header: the file so far is empty.
        if (names.length === 0 && row === 0) continue;
        const listed = names.map((name) => `"${name}"`).join(', ') || '(nothing)';
        output.header = names;
        const matched = matchColumns(record.fields, options.columns);
        columns = toColumns(matched.fields);
        for (const [field, header] of matched.missing) {
          output.problems.push(problem('mappedColumnMissing', { line: record.line, field }, { header, field, columns: listed }));
        }
        if (!matched.fields.includes('text')) {
          missingText = true;
          if (!matched.missing.some(([field]) => field === 'text')) {
            output.problems.push(problem('missingTextColumn', { line: record.line, field: 'text' }, { columns: listed }));
          }
        }
        continue;
      }
      if (missingText) continue;
      row++;
      const location = { index: index++, row };
      if (skipLines && skipped(skipLines, record)) continue;
      if (record.fields.every((field) => field.trim() === '')) {
        blankRows.push(location);
        continue;
      }
      for (const blank of blankRows) addDraft(output, { text: '' }, blank, options.defaults);
      blankRows = [];
      addDraft(output, rowToDraft(columns, record.fields), location, options.defaults);
    }
  }

  return {
    push(chunk) {
      const output = emptyInput();
      if (first) {
        chunk = stripBom(chunk);
        first = false;
      }
      read(records.push(chunk), output);
      return output;
    },
    end() {
      const output = emptyInput();
      const { records: last, unterminatedQuoteLine } = records.end();
      read(last, output);
      // An empty file is an empty draft, for the rules to flag, rather than a missing header.
      if (!columns) {
        addDraft(output, { text: '' }, { index: index++, line: 1 }, options.defaults);
      }
      if (unterminatedQuoteLine !== undefined) {
        output.problems.push(problem('unterminatedQuote', { line: unterminatedQuoteLine, row: row + 1 }, { line: unterminatedQuoteLine }));
      }
      return output;
    },
  };
}

/** A whole `.csv` text: a header row, then one draft per row. */
export function parseCsv(content: string, options: ParseOptions = {}): ParsedInput {
  const reader = createCsvReader(options);
  const output = reader.push(content);
  appendInput(output, reader.end());
  return output;
}
