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
