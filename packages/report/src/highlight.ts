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

/**
 * Cuts a draft's text at every start and end of a finding's range, so overlapping findings
 * become a run of segments that each know every finding covering them. Findings about the whole
 * draft (`[0, 0]`) are not marked in the text.
 */
export function highlightSegments(text: string, findings: readonly Highlightable[]): HighlightSegment[] {
  const inText = findings.map((finding, index) => ({ index, range: finding.range })).filter(({ range }) => !isWholeDraft(range));
  const cuts = new Set([0, text.length]);
  for (const { range } of inText) {
    cuts.add(range[0]);
    cuts.add(range[1]);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: HighlightSegment[] = [];
  for (let i = 1; i < points.length; i++) {
    const start = points[i - 1]!;
    const end = points[i]!;
    segments.push({
      start,
      end,
      covering: inText.filter(({ range }) => range[0] <= start && range[1] >= end).map(({ index }) => index),
      // Every cut but 0 ends exactly one segment, so each finding is referenced exactly once.
      endingHere: inText.filter(({ range }) => range[1] === end).map(({ index }) => index),
    });
  }
  return segments;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** The most serious severity among some findings, which decides how a shared passage is marked. */
export function mostSevere(severities: readonly Severity[]): Severity | undefined {
  return severities.reduce<Severity | undefined>((worst, severity) => (!worst || SEVERITY_RANK[severity] > SEVERITY_RANK[worst] ? severity : worst), undefined);
}
