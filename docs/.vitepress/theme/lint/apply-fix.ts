import type { Fix } from '@kindling/rules';

/** The text with one suggestion's fix applied: the fix's range is replaced by its text. */
export function applyFix(text: string, fix: Fix): string {
  return text.slice(0, fix.range[0]) + fix.text + text.slice(fix.range[1]);
}
