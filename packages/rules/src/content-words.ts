import { functionWords } from './lexicons/function-words.js';
import type { TextDoc, Word } from './text.js';

const FUNCTION_WORDS: ReadonlySet<string> = new Set(functionWords.terms);

function plainWord(word: Word): string {
  return word.lower.replace(/’/gu, "'").replace(/'s$/u, '');
}

/** Whether a word carries no topic: "the", "you", "would". */
export function isFunctionWord(word: Word): boolean {
  return FUNCTION_WORDS.has(word.lower.replace(/’/gu, "'"));
}

/**
 * A crude stem, so "launch" meets "launched" and "client" meets "clients": the first five
 * letters of a long word, or a short word without its plural "s".
 */
export function stem(word: Word): string {
  const plain = plainWord(word);
  return plain.length > 5 ? plain.slice(0, 5) : plain.replace(/s$/u, '');
}

/** The words of a draft that carry meaning, in order. */
export function contentWords(doc: TextDoc): Word[] {
  return doc.words.filter((word) => !isFunctionWord(word) && /\p{L}/u.test(word.text));
}

/** The stems of a draft's content words, for comparing topics. */
export function contentStems(doc: TextDoc): Set<string> {
  return new Set(contentWords(doc).map(stem));
}
