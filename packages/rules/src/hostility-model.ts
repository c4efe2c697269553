import { excusedWords, hostileVocabulary, usesHostileWordsInnocently, type CandidateKind } from './hostility.js';
import { hostilityModel } from './hostility-weights.js';
import { once } from './memo.js';
import { spanAt } from './spans.js';
import type { TextDoc, Word } from './text.js';

/**
 * A logistic model of whether readers take a draft as offensive, over the words it uses. It
 * is a second opinion next to the rules, which name what is wrong: it catches hostility that
 * the rules could not pin on anyone, and it lowers an untargeted swear word or harsh word to a
 * note in a draft that readers would not take as hostile.
 */
export interface HostilityModel {
  /** The log-odds of a draft with no weighted word. */
  readonly bias: number;
  /**
   * How much each feature moves the log-odds wherever it stands: a word key ("idiot"), or a kind
   * of hostile vocabulary in angle brackets ("<insult>"), which no word key can spell. A kind
   * carries over to words too rare to have a weight of their own, and to words of the lists
   * that training never saw.
   */
  readonly weights: Readonly<Record<string, number>>;
}

export interface HostilityReading {
  /** The chance, 0..1, that a reader takes the draft as offensive. */
  probability: number;
}

/**
 * The word a model finding points at, with its weight. Every word counts towards the
 * probability, as it did in training, but a finding points only at hostile vocabulary, undenied,
 * and never at a word the rules know to be innocent (praise slang, an everyday phrase, a name or
 * a title): a topic word ("hurricane") may tip the odds, but it is not what a writer should change.
 */
export interface PointedWord {
  word: Word;
  weight: number;
}

/** Fifty-fifty or worse: readers more likely than not take the draft as offensive. */
export const READS_HOSTILE = 0.5;
/** A word's weight strong enough to carry a finding: on its own it doubles the odds and more. */
export const HOSTILE_WORD_WEIGHT = 0.8;
/** Below this, readers would hardly take the draft as offensive, whatever word in it is harsh. */
export const READS_BENIGN = 0.1;

let weights = new Map(Object.entries(hostilityModel.weights));
let bias = hostilityModel.bias;
/** Which weights are in use: a reading made under other weights is stale. */
let generation = 0;

/**
 * Scores with other weights until called again without any: only for cross-validating the
 * model, where each fold of the data must be scored by weights that never saw it.
 */
export function useHostilityModel(model: HostilityModel = hostilityModel): void {
  weights = new Map(Object.entries(model.weights));
  bias = model.bias;
  generation++;
}

/** Each kind's feature key, made once: angle brackets, which no word key holds. */
const KIND_KEYS = new Map<CandidateKind, string>();
const kindKey = (kind: CandidateKind): string => {
  let key = KIND_KEYS.get(kind);
  if (key === undefined) KIND_KEYS.set(kind, (key = `<${kind}>`));
  return key;
};

/**
 * Calls `visit` once for each distinct feature the model reads, with where it first stands:
 * the words and hashtag words, and each kind of hostile vocabulary among them (see
 * hostileVocabulary: a denied word is no evidence), but not quoted speech the draft gives as
 * someone else's.
 */
function eachModelWord(doc: TextDoc, visit: (key: string, word: Word) => void): void {
  const seen = new Set<string>();
  const quotations = doc.quotations;
  const vocabulary = hostileVocabulary(doc);
  for (const word of doc.lexicalWords) {
    if (quotations.length > 0 && spanAt(quotations, word.start)) continue;
    const kind = vocabulary.size > 0 ? vocabulary.get(word.start) : undefined;
    if (kind !== undefined) {
      const key = kindKey(kind);
      if (!seen.has(key)) {
        seen.add(key);
        visit(key, word);
      }
    }
    if (seen.has(word.key)) continue;
    seen.add(word.key);
    visit(word.key, word);
  }
}

/** The words the model reads, by key (see eachModelWord): what the training script fits on. */
export function modelWords(doc: TextDoc): Map<string, Word> {
  const found = new Map<string, Word>();
  eachModelWord(doc, (key, word) => found.set(key, word));
  return found;
}

const logistic = (logOdds: number): number => 1 / (1 + Math.exp(-logOdds));

/** A draft's reading and the weights it was made under. */
const heldReading = once((): { generation: number; reading: HostilityReading } => ({ generation: -1, reading: { probability: 0 } }));

/** What the model makes of a draft, worked out once per draft. */
export function readHostility(doc: TextDoc): HostilityReading {
  const held = heldReading(doc);
  if (held.generation !== generation) {
    held.reading = { probability: probabilityWithout(doc) };
    held.generation = generation;
  }
  return held.reading;
}

/**
 * The weightiest word a finding may point at, among those strong enough to carry one: any use
 * of it, outside quoted speech, that is hostile vocabulary, not excused and not allowed. A
 * word weighs its own weight and its kind's ("<putDown>"), so a list word the model never saw
 * may still be named. One pass over the hostile vocabulary the rules have found.
 */
export function strongestWord(doc: TextDoc, isAllowed?: (word: Word) => boolean): PointedWord | undefined {
  const quotations = doc.quotations;
  let strongest: PointedWord | undefined;
  let excused: ReadonlySet<number> | undefined;
  const vocabulary = hostileVocabulary(doc);
  if (vocabulary.size === 0) return undefined;
  for (const word of doc.lexicalWords) {
    const kind = vocabulary.get(word.start);
    if (kind === undefined) continue;
    const weight = (weights.get(word.key) ?? 0) + (weights.get(kindKey(kind)) ?? 0);
    if (weight < HOSTILE_WORD_WEIGHT || (strongest && weight <= strongest.weight)) continue;
    if (quotations.length > 0 && spanAt(quotations, word.start)) continue;
    excused ??= excusedWords(doc);
    if (excused.has(word.start) || isAllowed?.(word)) continue;
    strongest = { word, weight };
  }
  return strongest;
}

/**
 * Whether the model finds the draft offensive on the strength of one word it can point to. Not
 * in a draft that borrows hostile words innocently elsewhere ("This recipe is sick, you killed
 * it"): its writer's register is play. `isAllowed` names words the draft may use freely, such as
 * swear words where a community allows them: the model then reads the draft without them.
 */
export function readsHostileToModel(doc: TextDoc, isAllowed?: (word: Word) => boolean): PointedWord | undefined {
  const probability = isAllowed ? probabilityWithout(doc, isAllowed) : readHostility(doc).probability;
  if (probability < READS_HOSTILE || usesHostileWordsInnocently(doc)) return undefined;
  const strongest = strongestWord(doc, isAllowed);
  if (!strongest) return undefined;
  // One word is not a reading of the whole draft: the rest must lean towards offence too, beyond
  // the odds of a draft with no weighted word at all.
  const rest = probabilityWithout(doc, (word) => word.key === strongest.word.key || (isAllowed?.(word) ?? false));
  return rest > logistic(bias) ? strongest : undefined;
}

/** The chance of offence, with the words `isLeftOut` names read as if the draft did not use them. */
function probabilityWithout(doc: TextDoc, isLeftOut?: (word: Word) => boolean): number {
  let total = bias;
  eachModelWord(doc, (key, word) => {
    if (!isLeftOut?.(word)) total += weights.get(key) ?? 0;
  });
  return logistic(total);
}

/** Whether the model finds the draft plainly benign: a swear word or a harsh word in it, aimed at nobody, is no offence. */
export function readsBenignToModel(doc: TextDoc): boolean {
  return readHostility(doc).probability < READS_BENIGN;
}
