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

/**
 * The spans of `spans` that overlap none of `blockers`. Both are sorted by start and the
 * blockers do not overlap each other, so one sweep does it.
 */
export function withoutOverlapping<T extends Pick<Span, 'start' | 'end'>>(spans: readonly T[], blockers: readonly Pick<Span, 'start' | 'end'>[]): T[] {
  if (blockers.length === 0) return [...spans];
  const kept: T[] = [];
  let b = 0;
  for (const span of spans) {
    while (b < blockers.length && blockers[b]!.end <= span.start) b++;
    const blocker = blockers[b];
    if (blocker && blocker.start < span.end) continue;
    kept.push(span);
  }
  return kept;
}
