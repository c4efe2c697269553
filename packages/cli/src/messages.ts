// Every message the CLI itself prints about bad input or usage, as templates keyed by code.

export type CliMessageCode =
  | 'notFound'
  | 'unreadable'
  | 'binaryFile'
  | 'invalidUtf8'
  | 'unknownFormat'
  | 'noMatch'
  | 'emptyFolder'
  | 'allSkipped'
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
  | 'workerFailed'
  | 'projectFile'
  | 'ignoredFile'
  | 'outputIsInput'
  | 'noDrafts'
  | 'badMapOption'
  | 'unknownMapField'
  | 'invalidEncoding'
  | 'configColumns'
  | 'configIgnores'
  | 'draftFailed';

export const CLI_MESSAGES: Record<CliMessageCode, string> = {
  notFound: 'no such file or folder',
  unreadable: 'cannot read the file ({{reason}})',
  binaryFile: 'a binary file, not text',
  invalidUtf8: 'not valid UTF-8 text (byte {{offset}}); save the file as UTF-8',
  unknownFormat: 'Kindling does not read "{{extension}}" files; use .txt, .md, .json, .jsonl, .ndjson, .csv or .tsv',
  noMatch: 'no files match this pattern',
  emptyFolder: 'no .txt, .md, .json, .jsonl, .ndjson, .csv or .tsv files in this folder',
  allSkipped: 'every file found here is ignored, a project file, or a symbolic link out of the folder',
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
  projectFile: 'a project or config file, not drafts; it is never linted',
  ignoredFile: 'ignored by an ignore pattern (.kindlingignore, --ignore-pattern or "ignores" in the config); not linted',
  outputIsInput: '--output {{path}} is one of the files being linted; writing the report there would destroy it',
  noDrafts: 'no drafts were linted',
  badMapOption: '--map must look like field=Column header, e.g. text=Caption, not "{{value}}"',
  unknownMapField: 'unknown draft field "{{field}}"; map one of {{fields}}',
  invalidEncoding: 'not valid {{encoding}} text (byte {{offset}}); this line was skipped. Save the file as UTF-8, or pass --encoding',
  configColumns: 'expected an object of draft field to column header, e.g. {"text": "Caption"}',
  configIgnores: 'expected a list of ignore patterns, e.g. ["archive/**"]',
  draftFailed: 'could not lint this draft: {{reason}}',
};

export type MessageData = Readonly<Record<string, string | number>>;

export function cliMessage(code: CliMessageCode, data: MessageData = {}): string {
  return CLI_MESSAGES[code].replace(/\{\{(\w+)\}\}/gu, (_, name: string) => String(data[name] ?? ''));
}
