import { TextDoc, type Span } from '@kindling/rules';
import { commonWords } from './lexicons/common-words.js';

// The evidence a draft must show, worked out from its own words rather than from what the rules
// flag, so that an empty or generic draft can never meet these goals by saying nothing.

const COMMON: ReadonlySet<string> = new Set(commonWords.terms);
const VOWEL = /[aeiouyàáâäãåæèéêëìíîïòóôöõøùúûüÿœ]/u;
const POSSESSIVE = /['’]s$/u;
/** A real sentence has at least this many of the small words that hold sentences together. */
export const MIN_COMMON_WORDS = 2;

function normaliseHandle(handle: string): string {
  return handle.trim().replace(/^@/u, '').toLowerCase();
}

function key(word: string): string {
  return word.toLowerCase().replace(/’/gu, "'");
}

/** Where the draft speaks to the person: one of their @handles, or one of their names as a word. */
export function findAddress(doc: TextDoc, names: readonly string[]): Span | undefined {
  const handles = new Set(names.filter((name) => name.startsWith('@')).map(normaliseHandle));
  const words = new Set(names.filter((name) => !name.startsWith('@')).map(key));
  for (const mention of doc.mentions) if (handles.has(normaliseHandle(mention.text))) return mention;
  return doc.words.find((word) => words.has(word.key) || words.has(word.key.replace(POSSESSIVE, '')));
}

/** The draft's words as stems can be matched: a term's words must start consecutive draft words. */
export function findTerms(doc: TextDoc, terms: readonly string[]): string[] {
  const words = doc.words.map((word) => word.key);
  const found: string[] = [];
  for (const term of terms) {
    const parts = new TextDoc(term).words.map((word) => word.key);
    if (parts.length === 0) continue;
    const at = words.findIndex((_, start) => parts.every((part, offset) => words[start + offset]?.startsWith(part)));
    if (at !== -1) found.push(term);
  }
  return found;
}

export interface Substance {
  /** Different words that look like words (they have a vowel). */
  realWords: number;
  /** Different small words such as "the", "to" and "you": fewer than two means no sentence. */
  commonWords: number;
}

/** How much real content a draft has: distinct real words, and whether they form sentences. */
export function measureSubstance(doc: TextDoc): Substance {
  const real = new Set<string>();
  const common = new Set<string>();
  for (const word of doc.words) {
    if (COMMON.has(word.key)) common.add(word.key);
    if ((word.key.length >= 2 || COMMON.has(word.key)) && VOWEL.test(word.key)) real.add(word.key);
  }
  return { realWords: real.size, commonWords: common.size };
}
