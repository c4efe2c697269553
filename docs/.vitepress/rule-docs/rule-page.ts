import { getLesson, type Rule } from '@kindling/rules';
import { ruleDocs } from '@kindling/rules/docs';
import { optionRows } from './options-table.js';

/** Text from rule metadata made safe for VitePress markdown: no HTML, no Vue interpolation, no table breaks. */
function escapeText(text: string): string {
  return text
    .replace(/&/gu, '&amp;')
    .replace(/</gu, '&lt;')
    .replace(/>/gu, '&gt;')
    .replace(/\{/gu, '&#123;')
    .replace(/\}/gu, '&#125;')
    .replace(/\|/gu, '\\|');
}

function lessonLink(rule: Rule): string {
  const lesson = getLesson(rule.meta.lesson);
  return `[${lesson.number}. ${escapeText(lesson.title)}](${new URL(lesson.url).pathname})`;
}

function optionsSection(rule: Rule): string {
  const rows = optionRows(rule);
  if (rows.length === 0) return 'This rule has no options.';
  const table = [
    '| Option | Type | Default | Allowed | Description |',
    '| --- | --- | --- | --- | --- |',
    ...rows.map((row) =>
      `| <code>${row.name}</code> | <code>${escapeText(row.type)}</code> | <code>${escapeText(row.default)}</code> | ${escapeText(row.allowed) || '—'} | ${escapeText(row.description) || '—'} |`,
    ),
  ].join('\n');
  const example = JSON.stringify({ rules: { [rule.id]: [rule.meta.defaultSeverity, rule.defaultOptions] } }, null, 2);
  return `${table}\n\nSet them in a config's \`rules\`, here with every default spelled out:\n\n\`\`\`json\n${example}\n\`\`\``;
}

/**
 * The markdown of a rule's reference page, generated from the rule's metadata. The examples are
 * rendered by a component that runs them through the library in the page.
 */
export function rulePageMarkdown(rule: Rule): string {
  const { meta } = rule;
  const scope = meta.scope === 'batch' ? 'a whole content calendar' : 'one draft at a time';
  return `# ${rule.id}

${escapeText(meta.description)}

| Lesson | Default severity | Suggests fixes | Looks at |
| --- | --- | --- | --- |
| ${lessonLink(rule)} | ${meta.defaultSeverity} | ${meta.hasSuggestions ? 'yes' : 'no'} | ${scope} |

## Why

${escapeText(ruleDocs[rule.id]?.rationale ?? '') || '_Not written yet._'}

## How to fix

${escapeText(ruleDocs[rule.id]?.howToFix ?? '') || '_Not written yet._'}

## Options

${optionsSection(rule)}

## Examples

<RuleExamples id="${rule.id}" />
`;
}
