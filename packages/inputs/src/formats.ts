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

const CSV_DELIMITERS = [',', ';', '\t'] as const;

/** The text's first line, without its line break. */
function firstLineOf(text: string): string {
  const newline = text.indexOf('\n');
  const line = newline === -1 ? text : text.slice(0, newline);
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}

/**
 * Guesses the format of pasted text or stdin, which has no file name: frontmatter means
 * Markdown, a "[" or one "{...}" per line means JSON or JSON Lines, a first line naming a text
 * column ("text", "Post", "Caption", …) means CSV, or TSV when tabs separate it, and anything
 * else is a plain text draft.
 *
 * Pasted text can be anything, so this reads it with plain scans (each character a bounded
 * number of times) rather than regular expressions that could backtrack over long runs of
 * whitespace.
 */
export function sniffFormat(content: string): InputFormat {
  const start = (content.startsWith('\uFEFF') ? content.slice(1) : content).trimStart();
  if (start.startsWith('---')) return 'md';
  if (start.startsWith('[')) return 'json';
  if (start.startsWith('{')) {
    // JSON Lines: the first line closes its object, and the next line that is not blank opens another.
    const newline = start.indexOf('\n');
    const closesOnFirstLine = newline !== -1 && start.slice(0, newline).trimEnd().endsWith('}');
    return closesOnFirstLine && start.slice(newline + 1).trimStart().startsWith('{') ? 'jsonl' : 'json';
  }
  const firstLine = firstLineOf(start);
  const delimiter = CSV_DELIMITERS.find((candidate) => firstLine.includes(candidate));
  // A header alone is no spreadsheet: one line is a draft, even one that starts "Post, …".
  if (delimiter === undefined || !start.includes('\n')) return 'txt';
  const header = firstLine.split(delimiter).map((name) => unquote(name.trim()));
  // "Update, everyone!" opens a post, not a spreadsheet: a header of one alias ("update",
  // "post", "copy") is common prose, so a guess needs "text" itself or a second known column.
  const { fields } = matchColumns(header);
  const namesText = header.some((name) => name.toLowerCase() === 'text');
  const known = fields.filter((field) => field !== null && field !== undefined).length;
  if (!fields.includes('text') || (!namesText && known < 2)) return 'txt';
  return delimiter === '\t' && !firstLine.includes(',') ? 'tsv' : 'csv';
}

/** A header cell without the quotes around it. */
function unquote(cell: string): string {
  return cell.length >= 2 && cell.startsWith('"') && cell.endsWith('"') ? cell.slice(1, -1) : cell;
}
