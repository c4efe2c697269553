import { parseDraft } from '@kindling/rules';
import { problem } from './problems.js';
import type { DraftDefaults, DraftLocation, ParsedInput } from './types.js';
import { channelFromValue, kindFromValue } from './values.js';

const VALUE_READERS = { kind: kindFromValue, channel: channelFromValue } as const;
const FALLBACK = { kind: 'post', channel: 'other' } as const;

/**
 * Fills in the caller's defaults, and reads `kind` and `channel` as tools write them ("Twitter",
 * "Direct Message"). A value Kindling does not know is an info naming it, and the draft is
 * linted with the default instead of being dropped.
 */
function prepare(raw: unknown, defaults: DraftDefaults | undefined, location: DraftLocation, into: ParsedInput): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return raw;
  const filled: Record<string, unknown> = { ...raw };
  for (const field of ['kind', 'channel'] as const) {
    const value = filled[field];
    if (typeof value !== 'string') continue;
    const known = VALUE_READERS[field](value);
    if (known) {
      filled[field] = known;
      continue;
    }
    delete filled[field];
    const fallback = defaults?.[field] ?? FALLBACK[field];
    into.problems.push({ ...location, field, severity: 'info', ...problem('unknownValue', {}, { field, value, fallback }) });
  }
  for (const [key, value] of Object.entries(defaults ?? {})) {
    if (value !== undefined && filled[key] === undefined) filled[key] = value;
  }
  return filled;
}

/** How deeply a draft may nest. Real drafts nest three or four levels; far deeper is hostile input. */
export const MAX_DRAFT_DEPTH = 100;

/** Whether `value` nests more than `limit` levels, found without recursion so no depth overflows the stack. */
function nestsDeeperThan(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 1]];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [node, depth] = next;
    if (typeof node !== 'object' || node === null) continue;
    if (depth > limit) return true;
    for (const child of Object.values(node)) if (typeof child === 'object' && child !== null) stack.push([child, depth + 1]);
  }
  return false;
}

/**
 * Validates one raw draft and adds it to `into`, or adds one problem per offending field at the
 * draft's place, so a bad draft never stops the ones after it.
 */
export function addDraft(into: ParsedInput, raw: unknown, location: DraftLocation, defaults?: DraftDefaults): void {
  if (nestsDeeperThan(raw, MAX_DRAFT_DEPTH)) {
    into.problems.push({ ...location, ...problem('tooDeep', {}, { depth: MAX_DRAFT_DEPTH }) });
    return;
  }
  const parsed = parseDraft(prepare(raw, defaults, location, into));
  if (parsed.success) {
    into.drafts.push({ draft: parsed.draft, location });
    return;
  }
  for (const issue of parsed.issues) {
    into.problems.push({ ...location, field: issue.path, message: issue.message });
  }
}
