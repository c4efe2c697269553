import { createBatchLinter, rules, type BatchFinding, type Config, type DraftInput, type SeverityOrOff } from '@kindling/rules';
import { ReportBuilder, locateResult, type DraftLocation, type InputProblem, type Report } from '../src/index.js';

export interface FixtureSource {
  source: string;
  drafts: { draft: DraftInput; place?: Omit<DraftLocation, 'source' | 'index'> }[];
}

/**
 * Only no-shouting, at the given severity: the formatter tests need real findings whose exact
 * messages and ranges are pinned by that rule's own tests, not by whatever other rules are doing.
 */
export function onlyNoShouting(severity: SeverityOrOff = 'warning'): Config {
  return { rules: Object.fromEntries(rules.map((rule) => [rule.id, rule.id === 'no-shouting' ? severity : 'off'])) };
}

/** Lints each source as a content calendar with the real library and builds the report, as the CLI does. */
export function buildReport(sources: readonly FixtureSource[], problems: readonly InputProblem[] = [], config: Config = onlyNoShouting(), extraBatch: readonly (BatchFinding & { source: string })[] = []): Report {
  const builder = new ReportBuilder();
  for (const { source, drafts } of sources) {
    const linter = createBatchLinter(config);
    drafts.forEach(({ draft, place }, index) => builder.addResult(locateResult(linter.add(draft), { source, index, ...place })));
    const { batch, calendar } = linter.finish();
    builder.addBatch(source, batch, calendar);
  }
  for (const { source, ...finding } of extraBatch) builder.addBatch(source, [finding], { total: 0, amplifying: 0, selfPromotion: 0, conversation: 0 });
  for (const problem of problems) builder.addProblem(problem);
  return builder.finish();
}

/** Two sources: a JSONL file with a shouting reply and a calm post, and a CSV row that shouts twice. */
export const SAMPLE_SOURCES: FixtureSource[] = [
  {
    source: 'samples/drafts.jsonl',
    drafts: [
      { draft: { id: 'reply-1', text: 'THIS IS WRONG AND EVERYONE KNOWS IT!!!', kind: 'reply' }, place: { line: 1 } },
      { draft: { text: 'Loved the workshop today, thank you @sam.' }, place: { line: 2 } },
    ],
  },
  {
    source: 'samples/drafts.csv',
    drafts: [{ draft: { text: 'Read the thread before replying!!!!\nSTOP IGNORING MY EMAILS.' }, place: { row: 1 } }],
  },
];

export const SAMPLE_PROBLEMS: InputProblem[] = [
  { source: 'samples/drafts.jsonl', line: 3, message: 'invalid JSON: Unexpected token } in JSON at position 12' },
  { source: 'samples/drafts.csv', row: 2, field: 'kind', message: 'Invalid option: expected one of "post"|"reply"|"comment"|"share"|"dm"' },
];

/** A calendar finding, standing in for batch rules until they have real checks. */
export const SAMPLE_BATCH: (BatchFinding & { source: string })[] = [
  {
    source: 'samples/drafts.jsonl',
    ruleId: 'share-the-spotlight',
    messageId: 'tooFewAmplifying',
    lesson: 5,
    severity: 'warning',
    message: 'None of these 2 drafts shares or credits anyone else.',
    drafts: [0, 1],
    url: 'https://kindling.dev/rules/share-the-spotlight',
  },
];
