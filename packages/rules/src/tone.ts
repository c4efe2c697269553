import type { TermMatch } from './lexicon.js';
import { once } from './memo.js';
import { bluntOpeners, warmthMarkers } from './lexicons/tone.js';
import { indexTerms, matchTerms } from './term-index.js';
import type { TextDoc, Word } from './text.js';
import { warmthWeights } from './warmth-weights.js';

/** The politeness strategies the lexicon names, each one feature. */
export type StrategyFeature = (typeof warmthMarkers)[number]['feature'];

/**
 * Everything the warmth score reads: how often each politeness strategy appears, and how the
 * draft is built (how its sentences open, how many questions it asks, a friendly "!").
 */
export type WarmthFeature =
  | StrategyFeature
  | 'bluntOpening'
  | 'pleaseOpening'
  | 'firstPersonOpening'
  | 'question'
  | 'extraQuestions'
  | 'friendlyExclamation';

/** A weight for every feature; positive ones warm a draft. */
export type WarmthWeights = Readonly<Record<WarmthFeature, number>>;

export type WarmthMarker = TermMatch & { feature: StrategyFeature; weight: number };

/** One "!" (not a pile of them) reads friendly. */
const FRIENDLY_EXCLAMATION = /(?<!!)!(?!!)/u;
const QUESTION = /\?+/gu;
const BLUNT_OPENERS = new Set(bluntOpeners.terms);
/**
 * Opening with oneself ("I was wondering…", "I've added a note…") tells the reader what the
 * writer did or thinks before asking: the politeness study's "first person start", a mild
 * sign of politeness, as opening with "you" is a mild sign of the opposite.
 */
const FIRST_PERSON_OPENERS = new Set(['i', "i'm", "i've", "i'd", "i'll", 'im', 'ive', 'we', "we're", "we've", "we'd"]);
/** How many openings of one kind count, so a long post is not judged by its length. */
const MAX_BLUNT_OPENINGS = 3;
const MAX_FIRST_PERSON_OPENINGS = 2;
const MAX_EXTRA_QUESTIONS = 3;

const WARMTH_INDEX = indexTerms(warmthMarkers.map((group) => group.terms));

/** The politeness markers of a draft, found once and shared by the features, the score and the rules. */
export const warmthMarkersOf = once((doc: TextDoc): WarmthMarker[] => {
  const markers: WarmthMarker[] = [];
  for (const match of matchTerms(WARMTH_INDEX, doc, false)) {
    const feature = warmthMarkers[match.tag]!.feature;
    markers.push({ start: match.start, end: match.end, text: match.text, term: match.text, feature, weight: warmthWeights[feature] });
  }
  return markers;
});

/** The first word of each sentence that has one, in order: how the draft's sentences open. */
export const sentenceOpeners = once((doc: TextDoc): Word[] => {
  const words = doc.words;
  const openers: Word[] = [];
  let w = 0;
  for (const sentence of doc.sentences) {
    while (w < words.length && words[w]!.start < sentence.start) w++;
    const first = words[w];
    if (first && first.start < sentence.end) openers.push(first);
  }
  return openers;
});

/**
 * The features of a draft that are not zero, worked out once per draft. The training script
 * reads them too, so model and score agree.
 */
export const warmthFeatures = once((doc: TextDoc): ReadonlyMap<WarmthFeature, number> => {
  const features = new Map<WarmthFeature, number>();
  const add = (feature: WarmthFeature, limit = Infinity) => features.set(feature, Math.min(limit, (features.get(feature) ?? 0) + 1));
  for (const marker of warmthMarkersOf(doc)) add(marker.feature);
  const words = doc.words;
  for (const first of sentenceOpeners(doc)) {
    if (BLUNT_OPENERS.has(first.lower)) add('bluntOpening', MAX_BLUNT_OPENINGS);
    // "Please ..." as the very first word makes the request a command.
    else if (first.lower === 'please' && first.start === words[0]!.start) add('pleaseOpening');
    else if (FIRST_PERSON_OPENERS.has(first.key)) add('firstPersonOpening', MAX_FIRST_PERSON_OPENINGS);
  }
  const questions = doc.text.match(QUESTION)?.length ?? 0;
  if (questions > 0) features.set('question', 1);
  // One question is a question; several in a row read as an interrogation.
  if (questions > 1) features.set('extraQuestions', Math.min(questions - 1, MAX_EXTRA_QUESTIONS));
  if (FRIENDLY_EXCLAMATION.test(doc.text)) features.set('friendlyExclamation', 1);
  return features;
});

/** Strategies that voice a warm feeling, as a request or a hedge does not: what makes "!!!" delight. */
const WARM_FEELINGS: readonly WarmthFeature[] = ['gratitude', 'praise', 'greeting', 'positiveWord'];

/** Whether the draft voices thanks, praise, a greeting or a positive word. */
export function voicesWarmFeeling(doc: TextDoc): boolean {
  const features = warmthFeatures(doc);
  return WARM_FEELINGS.some((feature) => features.has(feature));
}

/**
 * The warmth of a draft's tone, 0..100, where 50 reads neutral: the chance, under a logistic
 * model of the politeness markers, that a reader rates it polite. A draft with no marker at
 * all scores exactly 50, because the model has no intercept. Each extra marker matters a
 * little less than the one before, and the score never leaves 0..100.
 */
export function estimateWarmth(doc: TextDoc, weights: WarmthWeights = warmthWeights): number {
  let total = 0;
  for (const [feature, value] of warmthFeatures(doc)) total += weights[feature] * value;
  return Math.round(100 / (1 + Math.exp(-total)));
}

/** The phrase that does most to warm a draft ("thank you", "could you"), if any. */
export function warmestPhrase(doc: TextDoc): TermMatch | undefined {
  let best: WarmthMarker | undefined;
  for (const marker of warmthMarkersOf(doc)) if (marker.weight > 0 && (!best || marker.weight > best.weight)) best = marker;
  return best;
}
