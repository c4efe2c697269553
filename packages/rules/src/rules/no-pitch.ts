import { takesTalkOffline } from '../asks.js';
import { defineRule, noOptions } from '../define-rule.js';
import { findTermsIn } from '../lexicon-index.js';
import { DISCOUNT, PRICE, PRICE_PERIOD, PRICE_QUALIFIER, salesPitch } from '../lexicons/pitch.js';
import { findPitchPatterns, type PitchKind } from '../pitch.js';
import { withoutOverlapping } from '../spans.js';
import type { Span, TextDoc } from '../text.js';

/** How far back from a price to look for "just", "only" or "starting at". */
const QUALIFIER_REACH = 16;

/**
 * Prices that are offers: recurring ("$499/month"), qualified ("just $99"), or next to other
 * sales language. "The ticket was $20" on its own is just a fact.
 */
function findOfferedPrices(doc: TextDoc, besidePitch: boolean): Span[] {
  const prices: Span[] = [];
  PRICE.lastIndex = 0;
  for (const match of doc.prose.matchAll(PRICE)) {
    const start = match.index;
    const before = doc.prose.slice(Math.max(0, start - QUALIFIER_REACH), start);
    if (besidePitch || DISCOUNT.test(match[0]) || PRICE_PERIOD.test(match[0]) || PRICE_QUALIFIER.test(before)) {
      prices.push({ text: match[0], start, end: start + match[0].length });
    }
  }
  return prices;
}

/**
 * The pattern families that sell in a conversation. Engagement bait and audience goals ask a
 * crowd, not a person, so they are left to no-self-promotion.
 */
const SELLING: Partial<Record<PitchKind, 'outcomePromise' | 'booking' | 'price'>> = {
  outcomePromise: 'outcomePromise',
  booking: 'booking',
  bookingLink: 'booking',
  unitPrice: 'price',
};

export const noPitch = defineRule({
  id: 'no-pitch',
  meta: {
    lesson: 2,
    description: 'Flag selling in a DM or an invitation to talk: prices, packages, demos, growth promises.',
    messages: {
      pitch: '"{{phrase}}" is a sales pitch. Take a conversation offline to get to know someone, and save the offer until they ask.',
      price: 'A price ("{{price}}") turns this conversation into a sales call. Talk prices when they ask for them.',
      outcomePromise: '"{{phrase}}" promises results, which is how a sales pitch opens. Ask about their work before offering yours.',
      booking: '"{{phrase}}" books a sales call before there is a conversation. Get to know them first, and let a call follow from that.',
    },
    options: noOptions,
    defaultSeverity: 'warning',
    hasSuggestions: false,
    scope: 'draft',
  },
  appliesTo: takesTalkOffline,
  check({ doc, report }) {
    const pitches = findTermsIn(doc, salesPitch);
    const patterns = findPitchPatterns(doc).filter((pattern) => SELLING[pattern.kind] !== undefined);
    for (const pitch of pitches) report({ messageId: 'pitch', data: { phrase: pitch.text }, range: [pitch.start, pitch.end] });
    for (const pattern of withoutOverlapping(patterns, pitches)) {
      const messageId = SELLING[pattern.kind]!;
      const data: Record<string, string> = messageId === 'price' ? { price: pattern.text } : { phrase: pattern.text };
      report({ messageId, data, range: [pattern.start, pattern.end] });
    }
    for (const price of withoutOverlapping(findOfferedPrices(doc, pitches.length > 0 || patterns.length > 0), patterns)) {
      report({ messageId: 'price', data: { price: price.text }, range: [price.start, price.end] });
    }
  },
});
