export interface CsvRecord {
  fields: string[];
  /** 1-based line of the file where the record starts. */
  line: number;
  /** 1-based line of the file where the record ends (later than `line` when a quoted field holds line breaks). */
  endLine: number;
}

/** Delimiters a spreadsheet export may use, in order of preference. */
const DELIMITERS = [',', ';', '\t'] as const;

/** The delimiter of a header line: a comma, unless the line has none but has semicolons or tabs. */
function sniffDelimiter(headerLine: string): string {
  return DELIMITERS.find((delimiter) => headerLine.includes(delimiter)) ?? ',';
}

/**
 * An RFC 4180 tokenizer fed chunk by chunk: quoted fields may hold delimiters, doubled quotes and
 * line breaks, and may be split across chunks. Only the record being read is kept in memory.
 */
export class CsvRecordReader {
  #delimiter: string | undefined;

  /** `delimiter`: a fixed one (a tab for TSV); otherwise it is read from the header line. */
  constructor(delimiter?: string) {
    this.#delimiter = delimiter;
  }

  #pending = '';
  #field = '';
  #fields: string[] = [];
  #inQuotes = false;
  /** Inside quotes, a quote was just read: it either closes the field or starts a doubled quote. */
  #quoteSeen = false;
  #afterCarriageReturn = false;
  #fieldTouched = false;
  #line = 1;
  #recordLine = 1;
  #quoteLine = 1;

  /** Reads a chunk and returns the records it completes. */
  push(chunk: string): CsvRecord[] {
    if (this.#delimiter === undefined) {
      this.#pending += chunk;
      const newline = this.#pending.indexOf('\n');
      if (newline === -1) return [];
      this.#delimiter = sniffDelimiter(this.#pending.slice(0, newline));
      chunk = this.#pending;
      this.#pending = '';
    }
    return this.#scan(chunk);
  }

  /** Finishes the input. `unterminatedQuoteLine` is set when a quoted field was never closed. */
  end(): { records: CsvRecord[]; unterminatedQuoteLine?: number } {
    const records = this.#delimiter === undefined ? this.push('\n') : [];
    if (this.#inQuotes && !this.#quoteSeen) return { records, unterminatedQuoteLine: this.#quoteLine };
    this.#inQuotes = false;
    if (this.#fieldTouched || this.#fields.length > 0) records.push(this.#endRecord(this.#line));
    return { records };
  }

  #endField(): void {
    this.#fields.push(this.#field);
    this.#field = '';
    this.#fieldTouched = false;
  }

  #endRecord(endLine: number): CsvRecord {
    this.#endField();
    const record = { fields: this.#fields, line: this.#recordLine, endLine };
    this.#fields = [];
    return record;
  }

  #scan(chunk: string): CsvRecord[] {
    const records: CsvRecord[] = [];
    const delimiter = this.#delimiter!;
    for (let i = 0; i < chunk.length; i++) {
      const char = chunk[i]!;
      const afterCarriageReturn = this.#afterCarriageReturn;
      this.#afterCarriageReturn = char === '\r';
      // "\r\n" is one line break, counted at its "\r".
      if (char === '\r' || (char === '\n' && !afterCarriageReturn)) this.#line++;

      if (this.#inQuotes) {
        if (!this.#quoteSeen) {
          if (char === '"') this.#quoteSeen = true;
          else this.#field += char;
          continue;
        }
        this.#quoteSeen = false;
        if (char === '"') {
          this.#field += '"';
          continue;
        }
        // The quote closed the field; this character follows it.
        this.#inQuotes = false;
      }

      if (char === delimiter) {
        this.#endField();
      } else if (char === '\n' || char === '\r') {
        if (char === '\n' && afterCarriageReturn) continue;
        const blankLine = this.#fields.length === 0 && !this.#fieldTouched;
        // The line break was already counted, so the record ended on the line before.
        if (!blankLine) records.push(this.#endRecord(this.#line - 1));
        this.#recordLine = this.#line;
      } else if (char === '"' && !this.#fieldTouched) {
        this.#inQuotes = true;
        this.#fieldTouched = true;
        this.#quoteLine = this.#line;
      } else {
        this.#field += char;
        this.#fieldTouched = true;
      }
    }
    return records;
  }
}
