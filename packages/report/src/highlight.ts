import type { Range, Severity } from '@kindling/rules';
import { isWholeDraft } from './location.js';

export interface HighlightSegment {
  start: number;
  end: number;
  /** Indexes into the findings given, of those whose range covers this segment; empty for plain text. */
  covering: number[];
  /** Indexes of findings whose range ends where this segment ends (empty ranges included). */
  endingHere: number[];
}

interface Highlightable {
  range: Range;
  severity: Severity;
}

/** Adds `index` to `indexes` (ascending) where it belongs, or removes it from there. */
function insertSorted(indexes: number[], index: number): void {
  indexes.splice(sortedPosition(indexes, index), 0, index);
}

function removeSorted(indexes: number[], index: number): void {
  const position = sortedPosition(indexes, index);
  if (indexes[position] === index) indexes.splice(position, 1);
}

/** The first position in ascending `indexes` whose value is not below `index`. */
function sortedPosition(indexes: readonly number[], index: number): number {
  let low = 0;
  let high = indexes.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (indexes[middle]! < index) low = middle + 1;
    else high = middle;
  }
  return low;
}

function groupBy(map: Map<number, number[]>, key: number, index: number): void {
  const group = map.get(key);
  if (group) group.push(index);
  else map.set(key, [index]);
}

/**
 * Cuts a draft's text at every start and end of a finding's range, so overlapping findings
 * become a run of segments that each know every finding covering them. Findings about the whole
 * draft (`[0, 0]`) are not marked in the text.
 *
 * One sweep from left to right: the findings covering a segment are kept as the sweep passes
 * their starts and ends, so the work is the sorting of the cuts plus the size of the answer,
 * however many findings a draft has.
 */
export function highlightSegments(text: string, findings: readonly Highlightable[]): HighlightSegment[] {
  const cuts = new Set([0, text.length]);
  const startingAt = new Map<number, number[]>();
  const endingAt = new Map<number, number[]>();
  findings.forEach(({ range }, index) => {
    if (isWholeDraft(range)) return;
    const [start, end] = range;
    cuts.add(start);
    cuts.add(end);
    // An empty range covers nothing; it only leaves its mark where it ends.
    if (start < end) groupBy(startingAt, start, index);
    groupBy(endingAt, end, index);
  });
  const points = [...cuts].sort((a, b) => a - b);
  const covering: number[] = [];
  const segments: HighlightSegment[] = [];
  for (let i = 1; i < points.length; i++) {
    const start = points[i - 1]!;
    const end = points[i]!;
    for (const index of endingAt.get(start) ?? []) removeSorted(covering, index);
    for (const index of startingAt.get(start) ?? []) insertSorted(covering, index);
    // Every cut but 0 ends exactly one segment, so each finding is referenced exactly once.
    segments.push({ start, end, covering: [...covering], endingHere: endingAt.get(end) ?? [] });
  }
  return segments;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** The most serious severity among some findings, which decides how a shared passage is marked. */
export function mostSevere(severities: readonly Severity[]): Severity | undefined {
  return severities.reduce<Severity | undefined>((worst, severity) => (!worst || SEVERITY_RANK[severity] > SEVERITY_RANK[worst] ? severity : worst), undefined);
}
