import { topicSuffixes } from './lexicons/topics.js';

const MIN_STEM = 3;
const POSSESSIVE = /['’]s?$/u;

/**
 * A light stem for comparing words, not a full stemmer: strips a possessive, one common
 * ending and a final "e", so "freelancers", "freelancing" and "freelance" all become
 * "freelanc", and "price", "prices" and "pricing" become "pric".
 */
export function topicStem(word: string): string {
  let base = word.toLowerCase().replace(POSSESSIVE, '');
  // Up to two endings, so "volunteering" and "volunteers" meet at the same stem.
  for (let pass = 0; pass < 2; pass++) {
    const suffix = topicSuffixes.find((s) => base.length - s.length >= MIN_STEM && base.endsWith(s));
    if (!suffix) break;
    base = suffix === 'ies' ? `${base.slice(0, -3)}y` : base.slice(0, -suffix.length);
  }
  if (base.length > MIN_STEM && base.endsWith('e')) base = base.slice(0, -1);
  return base;
}
