import type { TermMatch } from './lexicon.js';
import { bluntOpeners, warmthMarkers } from './lexicons/tone.js';
import { indexTerms, matchTerms } from './term-index.js';
import type { TextDoc } from './text.js';

const NEUTRAL = 50;
/** How far one marker moves the score; later markers count a little less each. */
const STEP = 9;

type WarmthMarker = TermMatch & { weight: number };

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
const FIRST_PERSON_START = 0.5;
const MAX_FIRST_PERSON_BONUS = 1;
/** The most that blunt openings or a barrage of questions can take away. */
const MAX_STRUCTURE_PENALTY = 3;

/** Sentences that open bluntly ("So, ...", "You ...") count against warmth; "Please ..." first is a command. */
function sentenceOpenings(doc: TextDoc): number {
  const words = doc.words;
  let penalty = 0;
  let w = 0;
  for (const sentence of doc.sentences) {
    while (w < words.length && words[w]!.start < sentence.start) w++;
    const first = words[w];
    if (!first || first.start >= sentence.end) continue;
    if (BLUNT_OPENERS.has(first.lower)) penalty += 1;
    else if (first.lower === 'please' && first.start === words[0]!.start) penalty += 2;
    else if (FIRST_PERSON_OPENERS.has(first.key)) penalty -= FIRST_PERSON_START;
  }
  return -Math.max(-MAX_FIRST_PERSON_BONUS, Math.min(penalty, MAX_STRUCTURE_PENALTY));
}

/** One question is a question; several in a row read as an interrogation. */
function questionBarrage(text: string): number {
  const questions = text.match(QUESTION)?.length ?? 0;
  return -Math.min(Math.max(0, questions - 1), MAX_STRUCTURE_PENALTY);
}

const WARMTH_INDEX = indexTerms(warmthMarkers.groups.map((group) => group.terms));

const markersByDoc = new WeakMap<TextDoc, WarmthMarker[]>();

/** The politeness markers of a draft, found once and shared by the score and the rules. */
function markersOf(doc: TextDoc): WarmthMarker[] {
  let markers = markersByDoc.get(doc);
  if (!markers) {
    markers = matchTerms(WARMTH_INDEX, doc, false).map((match) => ({ ...match, term: match.text, weight: warmthMarkers.groups[match.tag]!.weight }));
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
  total += sentenceOpenings(doc) + questionBarrage(doc.text);
  if (FRIENDLY_EXCLAMATION.test(doc.text)) total += 0.5;
  // A request with no softener at all reads a little cool rather than neutral.
  if (total <= 0 && doc.text.includes('?')) total -= 0.5;
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
