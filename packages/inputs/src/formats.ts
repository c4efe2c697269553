export const INPUT_FORMATS = ['txt', 'md', 'json', 'jsonl', 'csv', 'tsv'] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];

/** File extensions and the input format each one means. */
export const FORMAT_BY_EXTENSION: Readonly<Record<string, InputFormat>> = {
  txt: 'txt',
  text: 'txt',
  md: 'md',
  markdown: 'md',
  json: 'json',
  jsonl: 'jsonl',
  ndjson: 'jsonl',
  csv: 'csv',
  tsv: 'tsv',
  tab: 'tsv',
};

/** The input format a file name implies, or undefined for an extension Kindling does not read. */
export function formatFromPath(name: string): InputFormat | undefined {
  const base = name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  if (dot <= 0) return undefined;
  return FORMAT_BY_EXTENSION[base.slice(dot + 1).toLowerCase()];
}

import { matchColumns } from './csv-columns.js';

const JSONL_START = /^\s*\{[^\n]*\}\s*\n\s*\{/u;

/**
 * Guesses the format of pasted text or stdin, which has no file name: frontmatter means
 * Markdown, a "[" or one "{...}" per line means JSON or JSON Lines, a first line naming a text
 * column ("text", "Post", "Caption", …) means CSV, or TSV when tabs separate it, and anything
 * else is a plain text draft.
 */
export function sniffFormat(content: string): InputFormat {
  const start = content.replace(/^\uFEFF/u, '').trimStart();
  if (start.startsWith('---')) return 'md';
  if (start.startsWith('[')) return 'json';
  if (start.startsWith('{')) return JSONL_START.test(start) ? 'jsonl' : 'json';
  const firstLine = (start.split('\n', 1)[0] ?? '').replace(/\r$/u, '');
  const delimiter = [',', ';', '\t'].find((candidate) => firstLine.includes(candidate));
  // A header alone is no spreadsheet: one line is a draft, even one that starts "Post, …".
  if (delimiter === undefined || !start.includes('\n')) return 'txt';
  const header = firstLine.split(delimiter).map((name) => name.trim().replace(/^"(.*)"$/u, '$1'));
  if (!matchColumns(header).fields.includes('text')) return 'txt';
  return delimiter === '\t' && !firstLine.includes(',') ? 'tsv' : 'csv';
}
