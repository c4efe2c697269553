// Every message the CLI itself prints about bad input or usage, as templates keyed by code.

export type CliMessageCode =
  | 'notFound'
  | 'unreadable'
  | 'binaryFile'
  | 'invalidUtf8'
  | 'unknownFormat'
  | 'noMatch'
  | 'emptyFolder'
  | 'unknownStdinFormat'
  | 'invalidConfigJson'
  | 'invalidConfigYaml'
  | 'configNotObject'
  | 'configWontLint'
  | 'noPaths'
  | 'unknownCommand'
  | 'unknownOption'
  | 'badOptionValue'
  | 'badRuleOption'
  | 'unknownRule'
  | 'configExists'
  | 'missingRuleId'
  | 'workerFailed';

export const CLI_MESSAGES: Record<CliMessageCode, string> = {
  notFound: 'no such file or folder',
  unreadable: 'cannot read the file ({{reason}})',
  binaryFile: 'a binary file, not text',
  invalidUtf8: 'not valid UTF-8 text (byte {{offset}}); save the file as UTF-8',
  unknownFormat: 'Kindling does not read "{{extension}}" files; use .txt, .md, .json, .jsonl, .ndjson or .csv',
  noMatch: 'no files match this pattern',
  emptyFolder: 'no .txt, .md, .json, .jsonl, .ndjson or .csv files in this folder',
  unknownStdinFormat: '--stdin-format must be one of {{formats}}',
  invalidConfigJson: 'invalid JSON: {{reason}}',
  invalidConfigYaml: 'invalid YAML: {{reason}}',
  configNotObject: 'the config must be an object of keys such as "preset" and "rules"',
  configWontLint: 'not linted, because its config {{config}} has errors',
  noPaths: 'give files, folders, globs, or - for stdin. Try "kindling lint --help".',
  unknownCommand: 'unknown command "{{command}}". Commands: {{commands}}. Try "kindling --help".',
  unknownOption: '{{reason}}. Try "kindling {{command}} --help".',
  badOptionValue: '{{option}} must be {{expected}}, not "{{value}}"',
  badRuleOption: '--rule must look like id=severity (off, info, warning or error), not "{{value}}"',
  unknownRule: 'unknown rule "{{id}}"{{hint}}. "kindling rules" lists them.',
  configExists: '{{path}} already exists; remove it or pass --force to overwrite it',
  missingRuleId: 'name a rule, e.g. "kindling explain no-shouting". "kindling rules" lists them.',
  workerFailed: 'could not lint this file: {{reason}}',
};

export type MessageData = Readonly<Record<string, string | number>>;

export function cliMessage(code: CliMessageCode, data: MessageData = {}): string {
  return CLI_MESSAGES[code].replace(/\{\{(\w+)\}\}/gu, (_, name: string) => String(data[name] ?? ''));
}
