import { functionWords } from './lexicons/function-words.js';
import { topicStem } from './topic-stem.js';
import { once } from './memo.js';
import type { TextDoc, Word } from './text.js';

const FUNCTION_WORDS: ReadonlySet<string> = new Set(functionWords.terms);
const HAS_LETTER = /\p{L}/u;

/** Whether a word carries no topic: "the", "you", "would". */
export function isFunctionWord(word: Word): boolean {
  return FUNCTION_WORDS.has(word.key);
}

/** The words of a draft that carry meaning, in order. */
export const contentWords: (doc: TextDoc) => Word[] = once((doc: TextDoc) =>
  doc.words.filter((word) => !isFunctionWord(word) && HAS_LETTER.test(word.text)),
);

/** The stems of a draft's content words, for comparing topics. */
export function contentStems(doc: TextDoc): Set<string> {
  return new Set(contentWords(doc).map((word) => topicStem(word.text)));
}
