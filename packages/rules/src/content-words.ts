import { functionWords } from './lexicons/function-words.js';
import { topicStem } from './topic-stem.js';
import type { TextDoc, Word } from './text.js';

const FUNCTION_WORDS: ReadonlySet<string> = new Set(functionWords.terms);

/** Whether a word carries no topic: "the", "you", "would". */
export function isFunctionWord(word: Word): boolean {
  return FUNCTION_WORDS.has(word.lower.replace(/’/gu, "'"));
}

/** The words of a draft that carry meaning, in order. */
export function contentWords(doc: TextDoc): Word[] {
  return doc.words.filter((word) => !isFunctionWord(word) && /\p{L}/u.test(word.text));
}

/** The stems of a draft's content words, for comparing topics. */
export function contentStems(doc: TextDoc): Set<string> {
  return new Set(contentWords(doc).map((word) => topicStem(word.text)));
}
