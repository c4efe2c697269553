import { findHostility, isAddressed } from './hostility.js';
import { readsBenignToModel } from './hostility-model.js';
import { findTermsIn, hasTermIn } from './lexicon-index.js';
import type { TermMatch } from './lexicon.js';
import { secondPerson } from './lexicons/hostility.js';
import { commandOpeners, enthusiasm, personalNegativity } from './lexicons/tone.js';
import { once } from './memo.js';
import type { TextDoc } from './text.js';
import { estimateWarmth, sentenceOpeners, warmthFeatures, warmthMarkersOf } from './tone.js';

/** The warmth (0..100) at which a draft reads neutral; below it, cool or cross. */
export const NEUTRAL_WARMTH = 50;

/**
 * Whether a draft is cross: something in it is aimed at someone or is a harsh put-down, it
 * makes things personal, it opens a sentence with a command, or its tone reads cold toward a
 * reader. Swearing on its own does not make a draft cross: "so fucking excited" is joy. What is
 * loud in a draft that is not cross (capitals, "!!!", an untargeted swear word) is excitement,
 * and worth a note rather than a warning.
 *
 * A cool tone counts when the draft holds a negative word ("wrong", "awful"), or when it is
 * aimed at someone (`talksToReader` for a reply, or "you" in it) and the hostility model does
 * not read it as plainly benign: the warmth markers know few words of praise, so "YOU ARE SO
 * TALENTED" scores cool while no reader would take offence. Otherwise the cool score comes
 * from words like "never", "stop" and "but" at a sentence's start, which in "Never giving
 * up!!!" address nobody in anger.
 */
export function readsCross(doc: TextDoc, talksToReader: boolean): boolean {
  if (readsHostile(doc) || opensCommand(doc)) return true;
  if (!readsCool(doc)) return false;
  // "This is wrong" is anger at something whoever it is said to.
  if (warmthFeatures(doc).has('negativeWord')) return true;
  // Speaking to someone in a cool tone is weak evidence of anger: not in a draft that readers
  // would hardly take as offensive ("YOU ARE SO TALENTED", with no marker of warmth known).
  return (talksToReader || addressesReader(doc)) && !readsBenignToModel(doc);
}

/** Hostility of any kind but a stray swear word, or a remark that makes it personal. */
const readsHostile = once((doc: TextDoc): boolean => {
  for (const hit of findHostility(doc)) if (hit.targeted || hit.kind !== 'profanity') return true;
  return findPersonalNegativity(doc).length > 0;
});

/** A cool score from questions or blunt openings; not anger when the draft is excited. */
const readsCool = once((doc: TextDoc): boolean => estimateWarmth(doc) < NEUTRAL_WARMTH && !hasTermIn(doc, enthusiasm));

const SECOND_PERSON = new Set(secondPerson.terms);
const COMMAND_OPENERS = new Set(commandOpeners.terms);

/** "You" or "your" in the draft, or a handle it opens with: it speaks to someone. */
const addressesReader = once((doc: TextDoc): boolean => isAddressed(doc) || doc.words.some((word) => SECOND_PERSON.has(word.key)));

/**
 * A sentence that opens with a command ("Stop ignoring my emails", "Don't ..."): said loudly,
 * it is said at someone, however the rest of the draft reads. An invitation that opens the same
 * way ("Stop by at noon") is a politeness marker of its own, and no command.
 */
const opensCommand = once((doc: TextDoc): boolean => {
  const commands = sentenceOpeners(doc).filter((first) => COMMAND_OPENERS.has(first.key));
  if (commands.length === 0) return false;
  const invitations = new Set(warmthMarkersOf(doc).filter((marker) => marker.feature === 'softRequest').map((marker) => marker.start));
  return commands.some((first) => !invitations.has(first.start));
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

