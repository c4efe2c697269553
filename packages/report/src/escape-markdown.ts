// Drafts are untrusted text. CommonMark lets any ASCII punctuation be escaped with a backslash,
// so these characters always print as themselves instead of becoming formatting or raw HTML.
const INLINE_SPECIAL = /[\\`*_[\]<>|~&]/gu;
// At the start of a line these would open a heading, list, quote, code fence or rule.
const LINE_START_MARKER = /^(\s*)([#>+=-])/u;
const LINE_START_NUMBER = /^(\s*\d+)([.)])/u;

/** Escapes one line of untrusted text for Markdown. */
function escapeLine(line: string): string {
  return line.replace(INLINE_SPECIAL, '\\$&').replace(LINE_START_MARKER, '$1\\$2').replace(LINE_START_NUMBER, '$1\\$2');
}

/**
 * The text with each run of whitespace that holds a line break turned into one space. A plain
 * scan: a regular expression such as `\s*\n\s*` would backtrack over long runs of spaces.
 */
function joinLines(text: string): string {
  if (!text.includes('\n')) return text;
  const lines = text.split('\n');
  let joined = lines[0]!.trimEnd();
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    const last = i === lines.length - 1;
    const trimmed = last ? line.trimStart() : line.trim();
    // A line of only whitespace between two breaks belongs to the run around it.
    if (trimmed === '' && !last) continue;
    joined += ` ${trimmed}`;
  }
  return joined;
}

/** Escapes untrusted text for use inline in Markdown; newlines become spaces. */
export function escapeMarkdownInline(text: string): string {
  return escapeLine(joinLines(text));
}

/** Quotes untrusted, possibly multi-line text as a Markdown block quote. */
export function markdownQuote(text: string): string {
  return text
    .split(/\r?\n/u)
    .map((line) => (line.trim() === '' ? '>' : `> ${escapeLine(line)}`))
    .join('\n');
}
