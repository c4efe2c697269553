import type { Draft } from '@kindling/rules';
import type { ColumnMap } from './csv-columns.js';

/** Where a draft sits in its source: every result points back to it. */
export interface DraftLocation {
  /** 0-based position of the draft among the drafts of its source. */
  index: number;
  /** 1-based line where the draft starts (jsonl, md, txt). */
  line?: number;
  /** 1-based data row, not counting the header (csv). */
  row?: number;
}

export interface SourcedDraft {
  draft: Draft;
  location: DraftLocation;
}

/** Input that could not be read as a draft, naming the place and, when known, the field. */
export interface ParseProblem {
  line?: number;
  row?: number;
  index?: number;
  /** Dotted path of the offending field or column, e.g. `recipient.relationship`. */
  field?: string;
  message: string;
  /** 'info' for a problem that did not stop the draft being linted, e.g. an unknown channel. */
  severity?: 'info';
}

export interface ParsedInput {
  drafts: SourcedDraft[];
  problems: ParseProblem[];
  /** CSV: the header row's column names, so a caller can offer them in a column picker. */
  header?: string[];
}

/** Draft fields the caller fills in where a draft does not set them (the CLI's --kind and --channel). */
export interface DraftDefaults {
  kind?: Draft['kind'];
  channel?: Draft['channel'];
}

export interface ParseOptions {
  defaults?: DraftDefaults;
  /** CSV: which header holds which field, where Kindling cannot tell from the header alone. */
  columns?: ColumnMap;
  /**
   * CSV: lines the caller could not decode (and has reported). A row on one of them is counted
   * but not read, so one bad byte costs only its own row.
   */
  skipLines?: ReadonlySet<number>;
  /** CSV: the delimiter, when the format fixes it (tab for `.tsv`); otherwise it is read from the header. */
  delimiter?: string;
}

export function emptyInput(): ParsedInput {
  return { drafts: [], problems: [] };
}

/** Appends the drafts and problems of `from` to `into`. */
export function appendInput(into: ParsedInput, from: ParsedInput): void {
  for (const draft of from.drafts) into.drafts.push(draft);
  for (const found of from.problems) into.problems.push(found);
  if (from.header) into.header = from.header;
}
