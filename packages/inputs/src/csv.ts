import { stripBom } from './body.js';
import { CSV_COLUMNS, LIST_COLUMNS, type CsvColumn } from './csv-columns.js';
import { CsvRecordReader, type CsvRecord } from './csv-records.js';
import { problem } from './problems.js';
import { addDraft } from './to-draft.js';
import { appendInput, emptyInput, type ParseOptions, type ParsedInput } from './types.js';

const KNOWN_COLUMNS = new Map<string, CsvColumn>(CSV_COLUMNS.map((column) => [column.toLowerCase(), column]));

interface Column {
  /** The field path split at its dots, e.g. ['recipient', 'relationship']. */
  path: string[];
  listSeparator?: string;
}

function readHeader(fields: readonly string[]): (Column | undefined)[] {
  return fields.map((name) => {
    const known = KNOWN_COLUMNS.get(name.trim().toLowerCase());
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

/** One data row as a raw draft. Empty cells are left out, so optional fields stay unset. */
function rowToDraft(columns: readonly (Column | undefined)[], fields: readonly string[]): Record<string, unknown> {
  const draft: Record<string, unknown> = {};
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
  const records = new CsvRecordReader();
  let columns: (Column | undefined)[] | undefined;
  let missingText = false;
  let row = 0;
  let index = 0;
  let first = true;

  function read(found: readonly CsvRecord[], output: ParsedInput): void {
    for (const record of found) {
      if (!columns) {
        columns = readHeader(record.fields);
        if (!columns.some((column) => column?.path.join('.') === 'text')) {
          missingText = true;
          const names = record.fields.map((name) => name.trim()).filter((name) => name !== '');
          output.problems.push(problem('missingTextColumn', { line: record.line, field: 'text' }, { columns: names.join(', ') || '(nothing)' }));
        }
        continue;
      }
      if (missingText) continue;
      row++;
      if (record.fields.every((cell) => cell.trim() === '')) continue;
      addDraft(output, rowToDraft(columns, record.fields), { index: index++, row }, options.defaults);
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
