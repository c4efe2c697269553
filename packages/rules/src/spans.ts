import type { Span } from './text.js';

/** Index of the first span that starts at or after `offset`, by binary search: spans are sorted by start. */
export function firstSpanFrom(spans: readonly Span[], offset: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (spans[mid]!.start < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The span that contains `offset`, if any. */
export function spanAt<T extends Span>(spans: readonly T[], offset: number): T | undefined {
  const span = spans[firstSpanFrom(spans, offset + 1) - 1];
  return span && span.start <= offset && offset < span.end ? span : undefined;
}
