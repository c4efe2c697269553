import { lessons, presets, rules, type PresetName } from '@kindling/rules';
import { EXIT } from '../exit-code.js';
import { RULES_HELP } from '../help.js';
import { write, type CliIo } from '../io.js';
import { choiceOption, parseCommandArgs } from '../parse-options.js';

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - text.length));
}

/** `kindling rules`: the rules by lesson, in the post's countdown order, with their severities. */
export async function runRulesCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const { values } = parseCommandArgs('rules', argv, {
    preset: { type: 'string' },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    await write(io.stdout, RULES_HELP);
    return EXIT.clean;
  }
  const preset: PresetName = choiceOption('preset', values.preset, Object.keys(presets) as PresetName[]) ?? 'recommended';
  const severityOf = (rule: (typeof rules)[number]) => presets[preset].map[rule.meta.defaultSeverity];

  if (values.json) {
    const list = rules.map((rule) => ({ id: rule.id, lesson: rule.meta.lesson, severity: severityOf(rule), description: rule.meta.description, url: rule.url }));
    await write(io.stdout, `${JSON.stringify({ preset, rules: list }, null, 2)}\n`);
    return EXIT.clean;
  }
  const idWidth = Math.max(...rules.map((rule) => rule.id.length)) + 2;
  const lines: string[] = [`Rules by lesson (preset: ${preset})`, ''];
  for (const lesson of lessons) {
    lines.push(`${lesson.number}. ${lesson.title}`);
    for (const rule of rules.filter((candidate) => candidate.meta.lesson === lesson.number)) {
      lines.push(`   ${pad(rule.id, idWidth)}${pad(severityOf(rule), 9)}${rule.meta.description}`);
    }
    lines.push('');
  }
  lines.push('"kindling explain <rule-id>" tells you more about a rule.');
  await write(io.stdout, `${lines.join('\n')}\n`);
  return EXIT.clean;
}
