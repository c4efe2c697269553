import type { Fix } from '@kindling/rules';
import type { LocatedFinding } from '@kindling/report';

/**
 * The text with every finding's first fix applied, as ESLint's --fix does: fixes are applied
 * from the end so earlier ranges stay valid, and a fix that overlaps one already taken is left
 * for the next run. Undefined when no finding has a fix.
 */
export function applyFixes(text: string, findings: readonly LocatedFinding[]): string | undefined {
  const fixes = findings
    .map((finding) => finding.suggestions?.find((suggestion) => suggestion.fix)?.fix)
    .filter((fix): fix is Fix => fix !== undefined)
    .sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  if (fixes.length === 0) return undefined;
  const taken: Fix[] = [];
  for (const fix of fixes) {
    const previous = taken.at(-1);
    if (!previous || fix.range[0] >= previous.range[1]) taken.push(fix);
  }
  let fixed = text;
  for (const fix of taken.reverse()) fixed = fixed.slice(0, fix.range[0]) + fix.text + fixed.slice(fix.range[1]);
  return fixed === text ? undefined : fixed;
}

/**
 * The file's content with its draft's text replaced, for formats whose whole file is one draft
 * (.txt, and .md after its frontmatter): the text is the file's tail, up to trailing whitespace.
 */
export function replaceDraftText(content: string, text: string, fixed: string): string | undefined {
  const end = content.trimEnd().length;
  const start = end - text.length;
  if (start < 0 || content.slice(start, end) !== text) return undefined;
  return content.slice(0, start) + fixed + content.slice(end);
}
