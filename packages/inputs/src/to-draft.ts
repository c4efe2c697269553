import { parseDraft } from '@kindling/rules';
import type { DraftDefaults, DraftLocation, ParsedInput } from './types.js';

function withDefaults(raw: unknown, defaults: DraftDefaults | undefined): unknown {
  if (!defaults || typeof raw !== 'object' || raw === null || Array.isArray(raw)) return raw;
  const filled: Record<string, unknown> = { ...raw };
  for (const [key, value] of Object.entries(defaults)) {
    if (value !== undefined && filled[key] === undefined) filled[key] = value;
  }
  return filled;
}

/**
 * Validates one raw draft and adds it to `into`, or adds one problem per offending field at the
 * draft's place, so a bad draft never stops the ones after it.
 */
export function addDraft(into: ParsedInput, raw: unknown, location: DraftLocation, defaults?: DraftDefaults): void {
  const parsed = parseDraft(withDefaults(raw, defaults));
  if (parsed.success) {
    into.drafts.push({ draft: parsed.draft, location });
    return;
  }
  for (const issue of parsed.issues) {
    into.problems.push({ ...location, field: issue.path, message: issue.message });
  }
}
