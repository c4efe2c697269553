import { getLesson, type RuleExample } from '@kindling/rules';
import { ruleDocs } from '@kindling/rules/docs';
import { UsageError } from '../errors.js';
import { EXIT } from '../exit-code.js';
import { EXPLAIN_HELP } from '../help.js';
import { write, type CliIo } from '../io.js';
import { parseCommandArgs } from '../parse-options.js';
import { didYouMean, findRule } from '../rule-lookup.js';

function exampleLines(examples: readonly RuleExample[]): string[] {
  return examples.flatMap(({ draft, note }) => {
    const context = Object.entries(draft)
      .filter(([key]) => key !== 'text')
      .map(([key, value]) => `${key}: ${JSON.stringify(value)}`);
    return [
      ...draft.text.split('\n').map((line, i) => `  ${i === 0 ? '> ' : '  '}${line}`),
      ...(context.length > 0 ? [`    (${context.join(', ')})`] : []),
      ...(note ? [`    ${note}`] : []),
    ];
  });
}

function section(title: string, body: readonly string[]): string[] {
  return body.length === 0 ? [] : [title, ...body, ''];
}

/** `kindling explain <rule-id>`: the rule's docs, from its own metadata. */
export async function runExplainCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('explain', argv, { help: { type: 'boolean', short: 'h' } });
  if (values.help) {
    await write(io.stdout, EXPLAIN_HELP);
    return EXIT.clean;
  }
  const [id] = positionals;
  if (id === undefined) throw new UsageError('missingRuleId');
  const rule = findRule(id);
  if (!rule) throw new UsageError('unknownRule', { id, hint: didYouMean(id) });
  const { meta } = rule;
  const docs = ruleDocs[rule.id];
  const lesson = getLesson(meta.lesson);
  const lines = [
    `${rule.id} (lesson ${lesson.number}: ${lesson.title})`,
    '',
    meta.description,
    `Default severity: ${meta.defaultSeverity}`,
    '',
    ...section('Why', docs?.rationale ? [docs.rationale] : []),
    ...section('Drafts it accepts', exampleLines(docs?.correct ?? [])),
    ...section('Drafts it flags', exampleLines(docs?.incorrect ?? [])),
    ...section('How to fix', docs?.howToFix ? [docs.howToFix] : []),
    `More: ${rule.url}`,
  ];
  await write(io.stdout, `${lines.join('\n')}\n`);
  return EXIT.clean;
}
