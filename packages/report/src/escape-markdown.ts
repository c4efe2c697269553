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

/** Escapes untrusted text for use inline in Markdown; newlines become spaces. */
export function escapeMarkdownInline(text: string): string {
  return escapeLine(text.replace(/\s*\n\s*/gu, ' '));
}

/** Quotes untrusted, possibly multi-line text as a Markdown block quote. */
export function markdownQuote(text: string): string {
  return text
    .split(/\r?\n/u)
    .map((line) => (line.trim() === '' ? '>' : `> ${escapeLine(line)}`))
    .join('\n');
}
