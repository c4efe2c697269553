import { formatFromPath, matchColumns, parseInput, sniffFormat, type ColumnMap, type InputFormat } from '@kindling/inputs';
import { ReportBuilder, locateResult, type InputProblem, type Report } from '@kindling/report';
import { createBatchLinter } from '@kindling/rules';

/** The text of one file or paste, named as the report should show it. */
export interface DraftsSource {
  name: string;
  content: string;
  /** Leave out to go by the file extension, or to guess from the content when there is none. */
  format?: InputFormat;
}

/** A spreadsheet whose text column could not be guessed: its name and header, for the column picker. */
export interface UnguessedColumns {
  name: string;
  header: string[];
}

export interface CheckedDrafts {
  report: Report;
  /** Set when a CSV's text column could not be found, so the desk can ask which column it is. */
  unguessed?: UnguessedColumns;
}

/**
 * Lints one source as the CLI does: every draft on its own, then, when the source holds several
 * drafts, the whole source as a content calendar.
 */
function addSource(builder: ReportBuilder, source: DraftsSource, columns: ColumnMap): UnguessedColumns | undefined {
  const format = source.format ?? formatFromPath(source.name) ?? sniffFormat(source.content);
  const { drafts, problems, header } = parseInput(format, source.content, { columns });
  const linter = createBatchLinter();
  for (const { draft, location } of drafts) builder.addResult(locateResult(linter.add(draft), { source: source.name, ...location }));
  for (const problem of problems) builder.addProblem({ source: source.name, ...problem });
  if (drafts.length > 0) {
    const { batch, calendar } = linter.finish();
    builder.addBatch(source.name, drafts.length > 1 ? batch : [], calendar);
  }
  const textFound = header === undefined || matchColumns(header, columns).fields.includes('text');
  return textFound ? undefined : { name: source.name, header };
}

/**
 * Checks every source in the browser and builds the report the CLI's formats render. `columns`
 * is the coach's answer to the column picker, as the CLI's `--map`.
 */
export function checkDrafts(sources: readonly DraftsSource[], unreadable: readonly InputProblem[] = [], columns: ColumnMap = {}): CheckedDrafts {
  const builder = new ReportBuilder();
  for (const problem of unreadable) builder.addProblem(problem);
  let unguessed: UnguessedColumns | undefined;
  for (const source of sources) unguessed ??= addSource(builder, source, columns);
  return { report: builder.finish(), ...(unguessed ? { unguessed } : {}) };
}
