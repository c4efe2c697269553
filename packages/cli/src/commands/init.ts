import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { lessons, PRESET_NAMES, presets, rules } from '@kindling/rules';
import { UsageError } from '../errors.js';
import { EXIT } from '../exit-code.js';
import { INIT_HELP } from '../help.js';
import { write, type CliIo } from '../io.js';
import { parseCommandArgs } from '../parse-options.js';

export const INIT_FILE_NAME = 'kindling.config.yaml';

/** A config that lists every rule at its default, commented, so a coach edits instead of looking things up. */
export function commentedConfig(): string {
  const lines = [
    '# Kindling config: how strictly to check drafts against the six lessons of online kindness.',
    '# "kindling explain <rule-id>" tells you more about any rule below.',
    '',
    '# The base set of severities:',
    ...PRESET_NAMES.map((name) => `#   ${name}: ${presets[name].description}`),
    'preset: recommended',
    '',
    '# Per-rule severity: off, info, warning or error. Each rule is shown at its default;',
    '# uncomment a line to change it.',
    'rules:',
  ];
  for (const lesson of lessons) {
    lines.push(`  # Lesson ${lesson.number}: ${lesson.title}`);
    for (const rule of rules.filter((candidate) => candidate.meta.lesson === lesson.number)) {
      lines.push(`  # ${rule.id}: ${rule.meta.defaultSeverity}    # ${rule.meta.description}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** `kindling init`: writes a commented kindling.config.yaml in the working folder. */
export async function runInitCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const { values } = parseCommandArgs('init', argv, { force: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } });
  if (values.help) {
    await write(io.stdout, INIT_HELP);
    return EXIT.clean;
  }
  const path = join(io.cwd, INIT_FILE_NAME);
  try {
    await writeFile(path, commentedConfig(), { flag: values.force ? 'w' : 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new UsageError('configExists', { path: INIT_FILE_NAME });
    throw error;
  }
  await write(io.stdout, `Wrote ${INIT_FILE_NAME}. "kindling lint <paths>" will use it for files in this folder and below.\n`);
  return EXIT.clean;
}
