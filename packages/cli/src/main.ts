import { UsageError, describeFailure } from './errors.js';
import { EXIT } from './exit-code.js';
import { MAIN_HELP } from './help.js';
import { untilInterrupted } from './interrupt.js';
import { write, type CliIo } from './io.js';
import { runExercisesCommand } from './commands/exercises.js';
import { runExplainCommand } from './commands/explain.js';
import { runInitCommand } from './commands/init.js';
import { runLintCommand } from './commands/lint.js';
import { runRulesCommand } from './commands/rules.js';
import { CLI_VERSION } from './version.js';

interface Command {
  usage: string;
  summary: string;
  run(argv: readonly string[], io: CliIo): Promise<number>;
}

/** Every command, in the order --help lists them. */
export const commands: Readonly<Record<string, Command>> = {
  lint: { usage: 'lint [paths…]', summary: 'Lint drafts in .txt, .md, .json, .jsonl/.ndjson and .csv files', run: runLintCommand },
  rules: { usage: 'rules', summary: 'List the rules by lesson, with their default severities', run: runRulesCommand },
  explain: { usage: 'explain <rule-id>', summary: 'Why a rule exists, examples, and how to fix what it flags', run: runExplainCommand },
  init: { usage: 'init', summary: 'Write a commented kindling.config.yaml', run: runInitCommand },
  exercises: {
    usage: 'exercises [folder]',
    summary: 'Practise the six lessons in your own editor, checked on every save',
    run: (argv, io) => untilInterrupted((signal) => runExercisesCommand(argv, { stdout: io.stdout, stderr: io.stderr, cwd: io.cwd, signal })),
  },
};

function mainHelp(): string {
  const width = Math.max(...Object.values(commands).map((command) => command.usage.length)) + 3;
  const list = Object.values(commands).map((command) => `  ${command.usage.padEnd(width)}${command.summary}`);
  return MAIN_HELP.replace('{{commands}}', list.join('\n'));
}

/** Runs the CLI and returns its exit code. Every failure becomes one line on stderr. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [first, ...rest] = argv;
  try {
    if (first === '--version' || first === '-v') {
      await write(io.stdout, `${CLI_VERSION}\n`);
      return EXIT.clean;
    }
    if (first === undefined || first === '--help' || first === '-h') {
      await write(first === undefined ? io.stderr : io.stdout, mainHelp());
      return first === undefined ? EXIT.usageOrInput : EXIT.clean;
    }
    const command = Object.hasOwn(commands, first) ? commands[first] : undefined;
    if (!command) throw new UsageError('unknownCommand', { command: first, commands: Object.keys(commands).join(', ') });
    return await command.run(rest, io);
  } catch (error) {
    await write(io.stderr, `kindling: ${describeFailure(error)}\n`);
    return EXIT.usageOrInput;
  }
}
