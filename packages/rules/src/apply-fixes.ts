import type { Finding, Fix, Suggestion } from './finding.js';

/** Anything that can carry a fix: the fix itself, a suggestion, or a finding (its first suggested fix). */
export type FixSource = Fix | Suggestion | Finding;

/** Why a fix was left out. */
export type SkipReason =
  /** The range is not `[start, end]` with `0 ≤ start ≤ end ≤ text.length` in whole numbers. */
  | 'invalid-range'
  /** A boundary of the range falls between the two halves of a surrogate pair (one emoji, say). */
  | 'splits-surrogate-pair'
  /** The range overlaps a fix that was applied, or inserts at the same place as one. */
  | 'conflict';

export interface AppliedFix {
  /** The source's position in the list given to `applyFixes`. */
  index: number;
  fix: Fix;
}

export interface SkippedFix extends AppliedFix {
  reason: SkipReason;
}

export interface FixesResult {
  /** The text with every applied fix made. */
  text: string;
  /** In the order the sources were given. */
  applied: AppliedFix[];
  /** In the order the sources were given. Sources with no fix at all are in neither list. */
  skipped: SkippedFix[];
}

function fixOf(source: FixSource): Fix | undefined {
  if ('ruleId' in source) return source.suggestions?.find((suggestion) => suggestion.fix)?.fix;
  if ('message' in source) return source.fix;
  return source;
}

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/** True when `offset` sits between a high surrogate and the low surrogate that completes it. */
function splitsSurrogatePair(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isHighSurrogate(text.charCodeAt(offset - 1)) && isLowSurrogate(text.charCodeAt(offset));
}

function invalidRange(text: string, [start, end]: Fix['range']): boolean {
  return !Number.isInteger(start) || !Number.isInteger(end) || start < 0 || start > end || end > text.length;
}

/**
 * Applies every fix that does not conflict with another, in one pass over the text.
 *
 * Sources are sorted by range once (O(n log n) in the number of fixes, then linear in the text).
 * Where two fixes overlap, or both insert at the same offset, the one earlier in the text (for
 * equal ranges, earlier in the list) is applied and the other skipped: fixes are never merged.
 * A fix whose range would cut a surrogate pair in two is rejected, not widened, since widening
 * would replace a character its author did not mean to touch.
 */
export function applyFixes(text: string, sources: readonly FixSource[]): FixesResult {
  const candidates: AppliedFix[] = [];
  const skipped: SkippedFix[] = [];
  sources.forEach((source, index) => {
    const fix = fixOf(source);
    if (!fix) return;
    if (invalidRange(text, fix.range)) skipped.push({ index, fix, reason: 'invalid-range' });
    else if (splitsSurrogatePair(text, fix.range[0]) || splitsSurrogatePair(text, fix.range[1])) {
      skipped.push({ index, fix, reason: 'splits-surrogate-pair' });
    } else candidates.push({ index, fix });
  });
  candidates.sort((a, b) => a.fix.range[0] - b.fix.range[0] || a.fix.range[1] - b.fix.range[1] || a.index - b.index);

  const applied: AppliedFix[] = [];
  const pieces: string[] = [];
  let copiedUpTo = 0;
  let lastInsertionAt = -1;
  for (const candidate of candidates) {
    const [start, end] = candidate.fix.range;
    const isInsertion = start === end;
    if (start < copiedUpTo || (isInsertion && start === lastInsertionAt)) {
      skipped.push({ ...candidate, reason: 'conflict' });
      continue;
    }
    pieces.push(text.slice(copiedUpTo, start), candidate.fix.text);
    copiedUpTo = end;
    if (isInsertion) lastInsertionAt = start;
    applied.push(candidate);
  }
  pieces.push(text.slice(copiedUpTo));

  const byIndex = (a: AppliedFix, b: AppliedFix): number => a.index - b.index;
  return { text: pieces.join(''), applied: applied.sort(byIndex), skipped: skipped.sort(byIndex) };
}
