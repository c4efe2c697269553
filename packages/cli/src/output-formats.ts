import { formatHtml, formatJson, formatJsonl, formatMarkdown, formatSarif, formatStylish, type Report } from '@kindling/report';
import { CLI_VERSION } from './version.js';

export const OUTPUT_FORMATS = ['stylish', 'json', 'jsonl', 'sarif', 'markdown', 'html'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export interface RenderOptions {
  color: boolean;
}

/** Each --format and the formatter that renders it. */
export const renderers: Readonly<Record<OutputFormat, (report: Report, options: RenderOptions) => string>> = {
  stylish: (report, { color }) => formatStylish(report, { color }),
  json: (report) => formatJson(report),
  jsonl: (report) => formatJsonl(report),
  sarif: (report) => formatSarif(report, { toolVersion: CLI_VERSION }),
  markdown: (report) => formatMarkdown(report),
  html: (report) => formatHtml(report),
};

export function isOutputFormat(name: string): name is OutputFormat {
  return (OUTPUT_FORMATS as readonly string[]).includes(name);
}

/** Output file extensions and the format each implies when --format is not given. */
const FORMAT_BY_OUTPUT_EXTENSION: Readonly<Record<string, string>> = {
  html: 'html',
  htm: 'html',
  sarif: 'sarif',
  json: 'json',
  md: 'markdown',
  markdown: 'markdown',
  jsonl: 'jsonl',
  ndjson: 'jsonl',
  txt: 'stylish',
};

/** The format an output file's extension implies, when it names one of the formats; otherwise undefined. */
export function formatFromOutputPath(path: string): OutputFormat | undefined {
  const extension = /\.([^./\\]+)$/u.exec(path)?.[1]?.toLowerCase();
  const name = extension === undefined ? undefined : FORMAT_BY_OUTPUT_EXTENSION[extension];
  return name !== undefined && isOutputFormat(name) ? name : undefined;
}
