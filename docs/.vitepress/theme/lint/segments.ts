import type { Range } from '@kindling/rules';

export interface Segment {
  text: string;
  start: number;
  /** Indexes of the ranges that cover this piece of text; empty when none does. */
  marks: number[];
}

/**
 * Cuts a text into pieces at every range boundary, so overlapping findings can each be
 * highlighted. `[0, 0]` means "the whole draft" and is not drawn inline.
 */
export function segmentText(text: string, ranges: readonly Range[]): Segment[] {
  const inline = ranges.map((range, index) => ({ range, index })).filter(({ range }) => range[1] > range[0]);
  const cuts = new Set([0, text.length]);
  for (const { range } of inline) {
    cuts.add(Math.min(range[0], text.length));
    cuts.add(Math.min(range[1], text.length));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    if (end === start) continue;
    const marks = inline.filter(({ range }) => range[0] <= start && range[1] >= end).map(({ index }) => index);
    segments.push({ text: text.slice(start, end), start, marks });
  }
  return segments;
}
