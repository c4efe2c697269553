import { findHostility } from './hostility.js';
import { findTermsIn, hasTermIn } from './lexicon-index.js';
import type { TermMatch } from './lexicon.js';
import { enthusiasm, personalNegativity } from './lexicons/tone.js';
import { once } from './memo.js';
import type { TextDoc } from './text.js';
import { estimateWarmth } from './tone.js';

/** The warmth (0..100) at which a draft reads neutral; below it, cool or cross. */
export const NEUTRAL_WARMTH = 50;

/**
 * Whether a draft is cross: something in it is aimed at someone or is a harsh put-down, it makes
 * things personal, or its tone reads cold. Swearing on its own does not make a draft cross: "so
 * fucking excited" is joy. What is loud in a draft that is not cross (capitals, "!!!", an
 * untargeted swear word) is excitement, and worth a note rather than a warning.
 */
export const readsCross = once((doc: TextDoc): boolean => {
  for (const hit of findHostility(doc)) if (hit.targeted || hit.kind !== 'profanity') return true;
  if (findPersonalNegativity(doc).length > 0) return true;
  // A cool score from questions or blunt openings is not anger when the draft is excited.
  return estimateWarmth(doc) < NEUTRAL_WARMTH && !hasTermIn(doc, enthusiasm);
});

const NEGATORS = /(?:^|\s)(?:not|never|don['’]?t|do not|didn['’]?t|won['’]?t|can['’]?t|wouldn['’]?t|i do not)\s+$/iu;
/** How far back a negation reaches: "I don't hate you", "I would never blame you". */
const NEGATION_REACH = 14;

/**
 * Remarks that make it about the person ("hate you", "your fault"), unless negated: "I may
 * hate Metatron, but I don't hate you" says the opposite.
 */
export const findPersonalNegativity = once((doc: TextDoc): TermMatch[] =>
  findTermsIn(doc, personalNegativity).filter((match) => !NEGATORS.test(doc.prose.slice(Math.max(0, match.start - NEGATION_REACH), match.start))),
);

