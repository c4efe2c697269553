import { findWeightedTerms, type TermMatch } from './lexicon.js';
import { warmthMarkers } from './lexicons/tone.js';
import type { TextDoc } from './text.js';

const NEUTRAL = 50;
/** How far one marker moves the score; later markers count a little less each. */
const STEP = 9;

type WarmthMarker = TermMatch & { weight: number };

const markersByDoc = new WeakMap<TextDoc, WarmthMarker[]>();

/** The politeness markers of a draft, found once and shared by the score and the rules. */
function markersOf(doc: TextDoc): WarmthMarker[] {
  let markers = markersByDoc.get(doc);
  if (!markers) {
    markers = findWeightedTerms(warmthMarkers, doc.prose);
    markersByDoc.set(doc, markers);
  }
  return markers;
}

/**
 * The warmth of a draft's tone, 0..100, where 50 reads neutral. A continuous estimate from
 * weighted politeness markers, so a courteous request ranks above a curt challenge.
 */
export function estimateWarmth(doc: TextDoc): number {
  let total = 0;
  for (const marker of markersOf(doc)) total += marker.weight;
  const firstWord = doc.words[0]?.lower;
  if (firstWord === 'you' || firstWord === 'your') total -= 1.5;
  if (/\?\s*$/u.test(doc.text) && total <= 0) total -= 0.5;
  // tanh keeps the score inside 0..100 and makes each extra marker matter a little less.
  const score = NEUTRAL + NEUTRAL * Math.tanh((total * STEP) / 100 * 2);
  return Math.round(Math.max(0, Math.min(100, score)));
}

/** The phrase that does most to warm a draft ("thank you", "could you"), if any. */
export function warmestPhrase(doc: TextDoc): TermMatch | undefined {
  let best: WarmthMarker | undefined;
  for (const marker of markersOf(doc)) if (marker.weight > 0 && (!best || marker.weight > best.weight)) best = marker;
  return best;
}
