import { isFunctionWord } from './content-words.js';
import { normaliseHandle, type Span, type TextDoc, type Word } from './text.js';

const NAME_SEPARATORS = /[\s._-]+/u;
const CAPITALISED = /^\p{Lu}/u;
const POSSESSIVE = /['’]s$/u;

/**
 * A test for words that name a person given by handle or display name: `@maria.lopez` is named
 * by "Maria" or "Lopez"; `@chefanna` by a capitalised "Anna" at either end of the handle, since
 * handles often glue a name to a word.
 */
export function nameMatcher(handle: string): (word: Word) => boolean {
  const target = normaliseHandle(handle);
  const parts = target.split(NAME_SEPARATORS).filter((part) => part.length >= 3);
  const glued = parts.length === 1 && parts[0] === target;
  return (word) => {
    if (word.lower.length < 3 || isFunctionWord(word)) return false;
    // "Jason's post" names Jason as surely as "Jason" does.
    if (parts.includes(word.lower) || parts.includes(word.lower.replace(POSSESSIVE, ''))) return true;
    return glued && CAPITALISED.test(word.text) && (target.startsWith(word.lower) || target.endsWith(word.lower));
  };
}

/** Where the text names the person: their @handle, or a first or last name. */
export function findName(doc: TextDoc, handle: string): Span | undefined {
  const target = normaliseHandle(handle);
  if (target === '') return undefined;
  for (const mention of doc.mentions) if (normaliseHandle(mention.text) === target) return mention;
  return doc.words.find(nameMatcher(handle));
}

/**
 * A first name to write in place of a "{first_name}" placeholder, when the handle or display
 * name gives one away: "@maria.lopez" and "Maria Lopez" give "Maria"; "@paulchaney" gives none.
 */
export function firstNameOf(handle: string): string | undefined {
  const parts = handle.trim().replace(/^@/u, '').split(NAME_SEPARATORS);
  const first = parts[0];
  if (parts.length < 2 || !first || !/^\p{L}{2,}$/u.test(first)) return undefined;
  return first.charAt(0).toUpperCase() + first.slice(1).toLowerCase();
}
