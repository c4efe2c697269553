// Every sentence the coach desk shows, kept as data.
export const DESK_TEXT = {
  fileLabel: 'Drafts file',
  fileHint: 'CSV or TSV as your scheduling tool exports it, JSONL or JSON (Markdown and plain text work too). You can also drop a file on this box.',
  dropHere: 'Drop the file to check it',
  pasteLabel: 'Or paste drafts',
  pasteHint: 'Paste CSV with a header row, JSON, one JSON draft per line, or a single draft as plain text.',
  checkPasted: 'Check pasted drafts',
  trySample: 'Try a sample',
  privacy: 'Nothing is uploaded. Files and pasted text are read and checked inside this browser tab, and the report is made here too.',
  checking: 'Checking {{name}}…',
  checked: 'Checked {{name}}: {{drafts}}, {{findings}}, overall score {{score}}.',
  checkedWithProblems: 'Checked {{name}}: {{drafts}}, {{findings}}, overall score {{score}}. {{problems}} could not be read; see below.',
  checkedNothing: 'Checked {{name}}: {{verdict}}. Nothing was checked; see below.',
  pickerHeading: 'Which column holds what?',
  pickerIntro: 'Kindling could not tell which column of {{name}} holds the post text. Pick it, and the network and type if there are columns for them, then check again.',
  pickerText: 'Post text',
  pickerChannel: 'Network (optional)',
  pickerKind: 'Post type (optional)',
  pickerNone: '(none)',
  pickerApply: 'Check with these columns',
  nothingToCheck: 'Paste some drafts first.',
  reportHeading: 'Report',
  problemsHeading: 'Lines that could not be checked',
  problemsIntro: 'Everything else in the file was checked. Fix these and check the file again:',
  download: 'Download the report (HTML)',
  downloadHint: 'One file you can email to your client: it opens in any browser and needs no internet connection.',
  frameTitle: 'Kindling report for {{name}}',
  reportTitle: 'Kindling report: {{name}}',
  pastedName: 'pasted drafts',
  notText: 'this file is not text (is it a spreadsheet? export it as CSV)',
  notUtf8: 'this file is not valid UTF-8 text; save or export it as UTF-8',
} as const;

export const DESK_COUNT = {
  drafts: ['{{count}} draft', '{{count}} drafts'],
  findings: ['{{count}} finding', '{{count}} findings'],
  problems: ['{{count}} line', '{{count}} lines'],
} as const;

export function fillText(template: string, data: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{\{(\w+)\}\}/gu, (_, name: string) => String(data[name] ?? ''));
}

export function countText(count: number, forms: readonly [string, string]): string {
  return fillText(count === 1 ? forms[0] : forms[1], { count });
}
