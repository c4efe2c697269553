const BOM = '\uFEFF';

export function stripBom(content: string): string {
  return content.startsWith(BOM) ? content.slice(1) : content;
}

/**
 * Drops blank lines before and whitespace after a draft's text, and says which line of the file
 * the text now starts on, so a finding's line within the text maps back to the file.
 */
export function trimBody(body: string, firstLine: number): { text: string; line: number } {
  let start = 0;
  let line = firstLine;
  for (let newline = body.indexOf('\n'); newline !== -1; newline = body.indexOf('\n', start)) {
    if (body.slice(start, newline).trim() !== '') break;
    start = newline + 1;
    line++;
  }
  return { text: body.slice(start).trimEnd(), line };
}
