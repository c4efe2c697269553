import { bookingHosts, pitchPatterns, type PitchPatternKind } from './lexicons/pitch-patterns.js';
import { once } from './memo.js';
import type { Span, TextDoc } from './text.js';
import { compileWordPatterns, matchWordPatterns } from './word-patterns.js';

export type PitchKind = PitchPatternKind | 'unitPrice' | 'bookingLink';

export interface PitchMatch extends Span {
  kind: PitchKind;
}

const PATTERNS = compileWordPatterns(pitchPatterns);
const BOOKING_HOSTS = bookingHosts.map((host) => host.toLowerCase());

/**
 * A price per unit of work ("$75 an episode", "$40 per video", "£300/post") or a cut price
 * ("half price", "half off"): a rate card, which is an offer whatever is around it. Bounded
 * parts only, so matching stays linear.
 */
const UNIT_PRICE = /(?:[$€£]\s?\d[\d,]{0,12}(?:\.\d{1,2})?(?:\s?[kK])?|\b\d[\d,]{0,12}(?:\.\d{1,2})?\s?(?:usd|eur|gbp|dollars|euros|pounds|bucks))(?:\s?\/\s?|\s(?:per|an|a|each)\s)\p{L}{2,20}\b|\bhalf[\s-](?:price|off)\b/giu;

/** What every unit price has: a currency sign, a currency word after a number, or "half". */
const MAY_HOLD_UNIT_PRICE = /[$€£]|\d\s?(?:usd|eur|gbp|dollars|euros|pounds|bucks)|half[\s-]/iu;

function isBookingLink(url: string): boolean {
  const lower = url.toLowerCase();
  return BOOKING_HOSTS.some((host) => lower.includes(host));
}

/** Keeps the longest of overlapping matches; the list is sorted by start, then longest first. */
function withoutNested<T extends Span>(matches: readonly T[]): T[] {
  const kept: T[] = [];
  for (const match of matches) {
    const last = kept[kept.length - 1];
    if (last && match.start < last.end) continue;
    kept.push(match);
  }
  return kept;
}

/**
 * The selling patterns of a draft: outcome promises, booking asks and links, engagement bait,
 * audience goals and unit prices, each once, in order. Shared by no-pitch (in DMs and
 * invitations) and by the promotion measure (everywhere else).
 */
export const findPitchPatterns = once((doc: TextDoc): PitchMatch[] => {
  const found: PitchMatch[] = matchWordPatterns(PATTERNS, doc).map(({ tag, start, end, text }) => ({ kind: tag, start, end, text }));
  for (const url of doc.urls) if (isBookingLink(url.text)) found.push({ kind: 'bookingLink', start: url.start, end: url.end, text: url.text });
  UNIT_PRICE.lastIndex = 0;
  const prices = MAY_HOLD_UNIT_PRICE.test(doc.prose) ? doc.prose.matchAll(UNIT_PRICE) : [];
  for (const match of prices) {
    found.push({ kind: 'unitPrice', start: match.index, end: match.index + match[0].length, text: doc.text.slice(match.index, match.index + match[0].length) });
  }
  return withoutNested(found.sort((a, b) => a.start - b.start || b.end - a.end));
});
