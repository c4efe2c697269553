import { normaliseTerm, type Lexicon, type TermMatch, type WeightedLexicon } from './lexicon.js';
import { once } from './memo.js';
import { indexTerms, matchTerms, type IndexedMatch, type TermIndex } from './term-index.js';
import type { TextDoc } from './text.js';

// Lexicons are looked up in the term book (term-index.ts), not scanned as one regex alternation
// per list: a lexicon joins the book the first time a rule asks for it, and from then on every
// draft's words are looked up once for all the lists together.

type WeightedMatch = TermMatch & { weight: number };

const indexes = new WeakMap<Lexicon | WeightedLexicon, TermIndex>();
/** Per draft, each lexicon's matches by the number of its index in the book. */
const foundOf = once((): WeightedMatch[][] => []);

/** The lexicon's index in `cache`, added to the term book on first use. */
function cachedIndex<L extends object>(cache: WeakMap<L, TermIndex>, lexicon: L, add: () => TermIndex): TermIndex {
  let index = cache.get(lexicon);
  if (!index) {
    index = add();
    cache.set(lexicon, index);
  }
  return index;
}

function indexOf(lexicon: Lexicon | WeightedLexicon): TermIndex {
  return cachedIndex(indexes, lexicon, () => indexTerms('groups' in lexicon ? lexicon.groups.map((group) => group.terms) : [lexicon.terms]));
}

/** The matches of a lexicon in a draft's prose, as `findTerms` gives them on the prose: non-overlapping, longest first, in order. */
function matchesIn(doc: TextDoc, lexicon: Lexicon | WeightedLexicon): WeightedMatch[] {
  const index = indexOf(lexicon);
  const found = foundOf(doc);
  let matches = found[index.number];
  if (!matches) {
    const weights = 'groups' in lexicon ? lexicon.groups.map((group) => group.weight) : [1];
    matches = [];
    let end = 0;
    for (const match of matchTerms(index, doc, false)) {
      if (match.start < end) continue;
      matches.push({ text: match.text, term: normaliseTerm(match.text), start: match.start, end: match.end, weight: weights[match.tag]! });
      end = match.end;
    }
    found[index.number] = matches;
  }
  return matches;
}

/** Every non-overlapping occurrence of a lexicon term in a draft's prose, in order. */
export function findTermsIn(doc: TextDoc, lexicon: Lexicon): TermMatch[] {
  return matchesIn(doc, lexicon);
}

/** Whether any term of the lexicon occurs in the draft's prose. */
export function hasTermIn(doc: TextDoc, lexicon: Lexicon): boolean {
  return matchesIn(doc, lexicon).length > 0;
}

/** The first occurrence of a lexicon term in the draft's prose. */
export function firstTermIn(doc: TextDoc, lexicon: Lexicon): TermMatch | undefined {
  return matchesIn(doc, lexicon)[0];
}

/** The weighted matches of a lexicon in the draft's prose: each with its group's weight, in order. */
export function findWeightedTermsIn(doc: TextDoc, lexicon: WeightedLexicon): (TermMatch & { weight: number })[] {
  return matchesIn(doc, lexicon);
}

/** The indexes `hasTermWithin` reads, with hashtag words and without. */
const spanIndexes = { withHashtags: new WeakMap<Lexicon, TermIndex>(), prose: new WeakMap<Lexicon, TermIndex>() };
/** Per draft, the overlapping matches of each index `hasTermWithin` asked, by index number. */
const spansOf = once((): IndexedMatch[][] => []);

/**
 * Whether a term of the lexicon stands wholly within `start..end` of the draft: "is this hostile
 * phrase a harsh word?", "does this sentence ask?", asked of the draft's one reading, where a
 * regex over the phrase's text would scan it again. Hashtag words count unless `prose` is set.
 * One binary search per question.
 */
export function hasTermWithin(doc: TextDoc, lexicon: Lexicon, start: number, end: number, prose = false): boolean {
  const index = cachedIndex(prose ? spanIndexes.prose : spanIndexes.withHashtags, lexicon, () => indexTerms([lexicon.terms], !prose));
  const found = spansOf(doc);
  const matches = (found[index.number] ??= matchTerms(index, doc, true));
  // Sorted by start: the first match at or after `start`, then on while they start in time.
  let low = 0;
  let high = matches.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (matches[middle]!.start < start) low = middle + 1;
    else high = middle;
  }
  for (let i = low; i < matches.length && matches[i]!.start < end; i++) if (matches[i]!.end <= end) return true;
  return false;
}
