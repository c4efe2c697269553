export const INPUT_FORMATS = ['txt', 'md', 'json', 'jsonl', 'csv'] as const;
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
};

/** The input format a file name implies, or undefined for an extension Kindling does not read. */
export function formatFromPath(name: string): InputFormat | undefined {
  const base = name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  if (dot <= 0) return undefined;
  return FORMAT_BY_EXTENSION[base.slice(dot + 1).toLowerCase()];
}

/** A CSV header cell naming the text column, after trimming, quoted or not. */
const TEXT_HEADER_CELLS: ReadonlySet<string> = new Set(['text', '"text', 'text"', '"text"']);
const CSV_DELIMITERS = /[,;\t]/u;

/** The text's first line, without its line break. */
function firstLineOf(text: string): string {
  const newline = text.indexOf('\n');
  return newline === -1 ? text : text.slice(0, newline);
}

/**
 * Guesses the format of pasted text or stdin, which has no file name: frontmatter means
 * Markdown, a "[" or one "{...}" per line means JSON or JSON Lines, a first line naming a
 * "text" column means CSV, and anything else is a plain text draft.
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
  const cells = firstLineOf(start).toLowerCase().split(CSV_DELIMITERS);
  if (cells.length > 1 && cells.some((cell) => TEXT_HEADER_CELLS.has(cell.trim()))) return 'csv';
  return 'txt';
}
