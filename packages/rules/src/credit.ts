import { findTermsIn } from './lexicon-index.js';
import { creditMarkers, notNames } from './lexicons/credit.js';
import type { Span, TextDoc } from './text.js';

// Names are at most three capitalised words: bounded, so a long run of capitals stays linear.
const NAME_AFTER_MARKER = /[\s:]*(@[\p{L}\p{N}_.]*[\p{L}\p{N}_]|\p{Lu}[\p{L}\p{M}'’.-]{0,40}(?:\s+\p{Lu}[\p{L}\p{M}'’.-]{0,40}){0,2})/uy;

/** Words that start no name: a day, a pronoun, an article. */
const NOT_NAMES: ReadonlySet<string> = new Set(notNames.terms);

/**
 * Whether a capitalised run starts with a word that is no name. The first word is read up to an
 * apostrophe or a full stop ("I'm Sam" starts with "I", "Friday." is "Friday"), and a hyphenated
 * one is no name only when every part is: "Sunday-Monday" is no name, "May-Britt" is.
 */
function startsNoName(name: string): boolean {
  const firstWord = name.split(/[^\p{L}\p{M}\p{N}-]/u, 1)[0]!.normalize('NFKC').toLowerCase();
  return firstWord.split('-').every((part) => NOT_NAMES.has(part));
}

/** The people a draft credits with a marker: the name or handle after "via", "h/t", "by"... */
export function findCredits(doc: TextDoc): Span[] {
  const credits: Span[] = [];
  for (const marker of findTermsIn(doc, creditMarkers)) {
    NAME_AFTER_MARKER.lastIndex = marker.end;
    const match = NAME_AFTER_MARKER.exec(doc.text);
    if (!match) continue;
    const name = match[1]!;
    const end = match.index + match[0].length;
    const start = end - name.length;
    if (!name.startsWith('@') && startsNoName(name)) continue;
    credits.push({ text: name, start, end });
  }
  return credits;
}
