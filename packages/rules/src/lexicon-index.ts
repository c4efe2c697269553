import type { Lexicon, TermMatch, WeightedLexicon } from './lexicon.js';
import { indexTerms, matchTerms, type TermIndex } from './term-index.js';
import type { TextDoc } from './text.js';

// Lexicons are looked up word by word in an index, not scanned as one regex alternation per
// list: the cost of a lookup grows with the words of the draft, not with the size of the list,
// and each draft's words are keyed once for every list.

const indexes = new WeakMap<Lexicon | WeightedLexicon, TermIndex>();
const found = new WeakMap<TextDoc, Map<Lexicon | WeightedLexicon, (TermMatch & { weight: number })[]>>();

function indexOf(lexicon: Lexicon | WeightedLexicon): TermIndex {
  let index = indexes.get(lexicon);
  if (!index) {
    index = indexTerms('groups' in lexicon ? lexicon.groups.map((group) => group.terms) : [lexicon.terms]);
    indexes.set(lexicon, index);
  }
  return index;
}

function normalise(text: string): string {
  return text.toLowerCase().replace(/\s+/gu, ' ').replace(/’/gu, "'");
}

/** The matches of a lexicon in a draft's prose, as `findTerms` gives them on the prose: non-overlapping, longest first, in order. */
function matchesIn(doc: TextDoc, lexicon: Lexicon | WeightedLexicon): (TermMatch & { weight: number })[] {
  let byLexicon = found.get(doc);
  if (!byLexicon) {
    byLexicon = new Map();
    found.set(doc, byLexicon);
  }
  let matches = byLexicon.get(lexicon);
  if (!matches) {
    const weights = 'groups' in lexicon ? lexicon.groups.map((group) => group.weight) : [1];
    matches = [];
    let end = 0;
    for (const match of matchTerms(indexOf(lexicon), doc, false)) {
      if (match.start < end) continue;
      matches.push({ text: match.text, term: normalise(match.text), start: match.start, end: match.end, weight: weights[match.tag]! });
      end = match.end;
    }
    byLexicon.set(lexicon, matches);
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
