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
  for (const suffix of topicSuffixes) {
    if (base.length - suffix.length >= MIN_STEM && base.endsWith(suffix)) {
      base = suffix === 'ies' ? `${base.slice(0, -3)}y` : base.slice(0, -suffix.length);
      break;
    }
  }
  if (base.length > MIN_STEM && base.endsWith('e')) base = base.slice(0, -1);
  return base;
}
