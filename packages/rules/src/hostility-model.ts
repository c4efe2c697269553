import { excusedWords, isHostileVocabulary, usesHostileWordsInnocently } from './hostility.js';
import { hostilityModel } from './hostility-weights.js';
import { spanAt } from './spans.js';
import type { TextDoc, Word } from './text.js';

/**
 * A logistic model of whether readers take a draft as offensive, over the words it uses. It
 * is a second opinion next to the rules, which name what is wrong: it catches hostility that
 * no list holds, and it clears loud or sweary drafts that readers do not take as hostile.
 */
export interface HostilityModel {
  /** The log-odds of a draft with no weighted word. */
  readonly bias: number;
  /** Each word key's weight: how much it moves the log-odds wherever it stands. */
  readonly weights: Readonly<Record<string, number>>;
}

export interface HostilityReading {
  /** The chance, 0..1, that a reader takes the draft as offensive. */
  probability: number;
  /**
   * The word of the hostility lists that weighs most towards offensive, with its weight. Every
   * word counts towards the probability, as it did in training, but a finding points only at
   * hostile vocabulary, undenied, and never at a word the rules know to be innocent (praise
   * slang, an everyday phrase, a name or a title): a topic word ("hurricane") may tip the odds,
   * but it is not what a writer should change.
   */
  strongest?: { word: Word; weight: number };
}

/** Fifty-fifty or worse: readers more likely than not take the draft as offensive. */
export const READS_HOSTILE = 0.5;
/** A word's weight strong enough to carry a finding: on its own it doubles the odds and more. */
export const HOSTILE_WORD_WEIGHT = 0.8;
/** Below this, readers would hardly take the draft as offensive, however loud it is. */
export const READS_BENIGN = 0.1;

let weights = new Map(Object.entries(hostilityModel.weights));
let bias = hostilityModel.bias;
let readings = new WeakMap<TextDoc, HostilityReading>();

/**
 * Scores with other weights until called again without any: only for cross-validating the
 * model, where each fold of the data must be scored by weights that never saw it.
 */
export function useHostilityModel(model: HostilityModel = hostilityModel): void {
  weights = new Map(Object.entries(model.weights));
  bias = model.bias;
  readings = new WeakMap();
}

/**
 * The words the model reads, each distinct key once with where it first stands: the words and
 * hashtag words, but not quoted speech the draft gives as someone else's.
 */
export function modelWords(doc: TextDoc): Map<string, Word> {
  const found = new Map<string, Word>();
  const quotations = doc.quotations;
  for (const word of doc.lexicalWords) {
    if (found.has(word.key) || (quotations.length > 0 && spanAt(quotations, word.start))) continue;
    found.set(word.key, word);
  }
  return found;
}

/** What the model makes of a draft, worked out once per draft. */
export function readHostility(doc: TextDoc): HostilityReading {
  let reading = readings.get(doc);
  if (!reading) {
    let total = bias;
    let strongest: HostilityReading['strongest'];
    let excused: ReadonlySet<number> | undefined;
    for (const [key, word] of modelWords(doc)) {
      const weight = weights.get(key);
      if (weight === undefined) continue;
      total += weight;
      if (weight <= 0 || (strongest && weight <= strongest.weight)) continue;
      excused ??= excusedWords(doc);
      if (!excused.has(word.start) && isHostileVocabulary(doc, word)) strongest = { word, weight };
    }
    reading = { probability: 1 / (1 + Math.exp(-total)), ...(strongest && { strongest }) };
    readings.set(doc, reading);
  }
  return reading;
}

/**
 * Whether the model finds the draft offensive on the strength of one word it can point to. Not
 * in a draft that borrows hostile words innocently elsewhere ("This recipe is sick, you killed
 * it"): its writer's register is play. `isAllowed` names words the draft may use freely, such as
 * swear words where a community allows them; they are never the word pointed at.
 */
export function readsHostileToModel(doc: TextDoc, isAllowed?: (word: Word) => boolean): HostilityReading['strongest'] {
  const { probability, strongest } = readHostility(doc);
  if (probability < READS_HOSTILE || !strongest || strongest.weight < HOSTILE_WORD_WEIGHT) return undefined;
  if (usesHostileWordsInnocently(doc) || isAllowed?.(strongest.word)) return undefined;
  return strongest;
}

/** Whether the model finds the draft plainly benign: what is loud or sweary in it is not hostile. */
export function readsBenignToModel(doc: TextDoc): boolean {
  return readHostility(doc).probability < READS_BENIGN;
}
