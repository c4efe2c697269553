import { findWeightedTerms } from './lexicon.js';
import { warmthMarkers } from './lexicons/tone.js';
import type { TextDoc } from './text.js';

const NEUTRAL = 50;
/** How far one marker moves the score; later markers count a little less each. */
const STEP = 9;

/**
 * The warmth of a draft's tone, 0..100, where 50 reads neutral. A continuous estimate from
 * weighted politeness markers, so a courteous request ranks above a curt challenge.
 */
export function estimateWarmth(doc: TextDoc): number {
  const matches = findWeightedTerms(warmthMarkers, doc.prose);
  let total = 0;
  for (const match of matches) total += match.weight;
  const firstWord = doc.words[0]?.lower;
  if (firstWord === 'you' || firstWord === 'your') total -= 1.5;
  if (/\?\s*$/u.test(doc.text) && total <= 0) total -= 0.5;
  // tanh keeps the score inside 0..100 and makes each extra marker matter a little less.
  const score = NEUTRAL + NEUTRAL * Math.tanh((total * STEP) / 100 * 2);
  return Math.round(Math.max(0, Math.min(100, score)));
}
