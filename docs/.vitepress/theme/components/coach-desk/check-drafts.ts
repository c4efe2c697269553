import { formatFromPath, parseInput, sniffFormat, type InputFormat } from '@kindling/inputs';
import { ReportBuilder, locateResult, type InputProblem, type Report } from '@kindling/report';
import { createBatchLinter } from '@kindling/rules';

/** The text of one file or paste, named as the report should show it. */
export interface DraftsSource {
  name: string;
  content: string;
  /** Leave out to go by the file extension, or to guess from the content when there is none. */
  format?: InputFormat;
}

/**
 * Lints one source as the CLI does: every draft on its own, then, when the source holds several
 * drafts, the whole source as a content calendar.
 */
function addSource(builder: ReportBuilder, source: DraftsSource): void {
  const format = source.format ?? formatFromPath(source.name) ?? sniffFormat(source.content);
  const { drafts, problems } = parseInput(format, source.content);
  const linter = createBatchLinter();
  for (const { draft, location } of drafts) builder.addResult(locateResult(linter.add(draft), { source: source.name, ...location }));
  for (const problem of problems) builder.addProblem({ source: source.name, ...problem });
  if (drafts.length === 0) return;
  const { batch, calendar } = linter.finish();
  builder.addBatch(source.name, drafts.length > 1 ? batch : [], calendar);
}

/** Checks every source in the browser and builds the report the CLI's formats render. */
export function checkDrafts(sources: readonly DraftsSource[], unreadable: readonly InputProblem[] = []): Report {
  const builder = new ReportBuilder();
  for (const problem of unreadable) builder.addProblem(problem);
  for (const source of sources) addSource(builder, source);
  return builder.finish();
}
