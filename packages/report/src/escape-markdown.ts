// Drafts are untrusted text. CommonMark lets any ASCII punctuation be escaped with a backslash,
// so these characters always print as themselves instead of becoming formatting or raw HTML.
const INLINE_SPECIAL = /[\\`*_[\]<>|~&]/gu;
// At the start of a line these would open a heading, list, quote, code fence or rule.
const LINE_START_MARKER = /^(\s*)([#>+=-])/u;
const LINE_START_NUMBER = /^(\s*\d+)([.)])/u;
// CommonMark ends a line at LF, CR or CRLF: a lone CR must not slip a heading or list through.
const LINE_BREAK = /\r\n|\r|\n/u;
/**
 * Mentions (@sam, @org/team) and issue references (#12, owner/repo#12, GH-12) that a
 * code-review tool would turn into a ping or a link. Put in a code span, they print as written
 * and ping nobody; a backslash does not stop every tool. An email address is left alone.
 */
// The lookbehind also refuses a start after ".", "/" or "-": a reference then starts where its
// run of name characters starts, so "a-a-a-…" is not rescanned from every dash.
const PINGS = /(?<![\w.\/`@-])(?:@[A-Za-z0-9][\w-]*(?:\/[\w.-]*\w)?|(?:[\w.-]+\/[\w.-]+)?#\d+\b|GH-\d+\b)/gu;

/** Escapes one line of untrusted text for Markdown. */
function escapeLine(line: string): string {
  let escaped = '';
  let last = 0;
  for (const ping of line.matchAll(PINGS)) {
    escaped += line.slice(last, ping.index).replace(INLINE_SPECIAL, '\\$&') + `\`${ping[0]}\``;
    last = ping.index + ping[0].length;
  }
  escaped += line.slice(last).replace(INLINE_SPECIAL, '\\$&');
  return escaped.replace(LINE_START_MARKER, '$1\\$2').replace(LINE_START_NUMBER, '$1\\$2');
}

/**
 * The text with each run of whitespace that holds a line break turned into one space. A plain
 * scan: a regular expression such as `\s*\n\s*` would backtrack over long runs of spaces.
 */
function joinLines(text: string): string {
  if (!text.includes('\n') && !text.includes('\r')) return text;
  // CR and CRLF break lines too: a lone CR must not start a heading in the pasted report.
  const lines = text.split(LINE_BREAK);
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

/** Escapes untrusted text for use inline in Markdown; line breaks become spaces. */
export function escapeMarkdownInline(text: string): string {
  return escapeLine(joinLines(text));
}

/** Quotes untrusted, possibly multi-line text as a Markdown block quote. */
export function markdownQuote(text: string): string {
  return text
    .split(LINE_BREAK)
    .map((line) => (line.trim() === '' ? '>' : `> ${escapeLine(line)}`))
    .join('\n');
}
