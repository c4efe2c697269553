import { findTerms, type Lexicon } from './lexicon.js';
import type { TextDoc, Word } from './text.js';

// Lesson 1 looks up several hundred terms in every draft on every keystroke. A lexicon's regex
// tries every alternative at every position; this index looks each word of the draft up in a
// map instead, so the cost grows with the words of the draft, not with the size of the lists.
// It reads the same term syntax as lexicon.ts: spaces match whitespace, a trailing `*` any ending.

/** How many leading letters key a one-word `stem*` term. */
const STEM_KEY = 3;
/** Terms the word index cannot express ("like & share", "colou?r"), left to a regex. */
const WORDLIKE = /^[\p{L}\p{N}'’ -]+\*?$/u;

interface Entry {
  /** Lower-cased words of the term; the last is a prefix when `stem` is set. */
  words: string[];
  stem: boolean;
  /** Which group (lexicon) the term came from. */
  tag: number;
}

export interface TermIndex {
  /** Whether the words of hashtags are read too (hostility reads #SendThemBack; warmth does not read #please). */
  readsHashtags: boolean;
  byWord: Map<string, Entry[]>;
  byStem: Map<string, Entry[]>;
  /** Per group, the terms the word index cannot express ("like & share", "sir/madam", "colou?r"): always run. */
  patterned: (Lexicon | undefined)[];
}

export interface IndexedMatch {
  start: number;
  end: number;
  text: string;
  /** The group the term belongs to. */
  tag: number;
}

function normaliseWord(word: string): string {
  return word.toLowerCase().replace(/’/gu, "'");
}

function add(map: Map<string, Entry[]>, key: string, entry: Entry): void {
  const list = map.get(key);
  if (list) list.push(entry);
  else map.set(key, [entry]);
}

/** Builds one index over several groups of terms; each match reports its group's position as `tag`. */
export function indexTerms(groups: readonly (readonly string[])[], readsHashtags = false): TermIndex {
  const index: TermIndex = { readsHashtags, byWord: new Map(), byStem: new Map(), patterned: [] };
  groups.forEach((terms, tag) => {
    const patternTerms: string[] = [];
    for (const term of terms) {
      if (!WORDLIKE.test(term) || (term.endsWith('*') && !term.includes(' ') && term.length - 1 < STEM_KEY) || /^['’]|\s['’]/u.test(term)) {
        patternTerms.push(term);
        continue;
      }
      const stem = term.endsWith('*');
      const words = normaliseWord(stem ? term.slice(0, -1) : term).split(' ');
      const entry: Entry = { words, stem, tag };
      const first = words[0]!;
      if (stem && words.length === 1) add(index.byStem, first.slice(0, STEM_KEY), entry);
      else add(index.byWord, first, entry);
    }
    index.patterned[tag] = patternTerms.length > 0 ? { terms: patternTerms } : undefined;
  });
  return index;
}

/** The index of lexicons, in order: a match's `tag` is its lexicon's position. */
export function indexLexicons(lexicons: readonly Lexicon[], readsHashtags = false): TermIndex {
  return indexTerms(lexicons.map((lexicon) => lexicon.terms), readsHashtags);
}

/** The words an index reads in a draft. */
function wordsFor(index: TermIndex, doc: TextDoc): readonly Word[] {
  return index.readsHashtags ? doc.lexicalWords : doc.words;
}

const keysByIndex = new WeakMap<TermIndex, WeakMap<TextDoc, string[]>>();
/** A draft's plain word keys: the same for every index when no word is stretched. One cache per word list. */
const plainKeys = { prose: new WeakMap<TextDoc, string[]>(), lexical: new WeakMap<TextDoc, string[]>() };
/** A letter held for effect: "shiiit", "stupiddd". */
const STRETCHED = /(\p{L})\1{2,}/u;

/**
 * Whether any letter appears three times in a row. A plain loop: the backreference pattern
 * costs more than the rest of the word lookup on most drafts, which have no such letter.
 */
function hasStretchedLetter(text: string): boolean {
  for (let i = 2; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === text.charCodeAt(i - 1) && code === text.charCodeAt(i - 2) && STRETCHED.test(text.slice(i - 2, i + 1))) return true;
  }
  return false;
}
const STRETCH_RUNS = /(\p{L})\1{2,}/gu;

/**
 * The lookup key of a word: lower case, straight apostrophes, and stretched letters cut back
 * to two ("sooo" to "soo"), or to one where that makes a known word ("shiiit" to "shit").
 */
function wordKey(word: Word, known: (key: string) => boolean): string {
  const key = word.key;
  if (!STRETCHED.test(key)) return key;
  const single = key.replace(STRETCH_RUNS, '$1');
  return known(single) ? single : key.replace(STRETCH_RUNS, '$1$1');
}

/** The lookup keys of a draft's words for one index, computed once per draft. */
function wordKeys(doc: TextDoc, index: TermIndex): string[] {
  const words = wordsFor(index, doc);
  const cache = index.readsHashtags ? plainKeys.lexical : plainKeys.prose;
  let plain = cache.get(doc);
  if (!plain) {
    // Most drafts hold no stretched word at all; one test of the text spares a test per word.
    plain = hasStretchedLetter(doc.text) ? [] : words.map((word) => word.key);
    cache.set(doc, plain);
  }
  if (plain.length > 0 || words.length === 0) return plain;
  let keysByDoc = keysByIndex.get(index);
  if (!keysByDoc) {
    keysByDoc = new WeakMap();
    keysByIndex.set(index, keysByDoc);
  }
  let keys = keysByDoc.get(doc);
  if (!keys) {
    const known = (key: string) => index.byWord.has(key) || index.byStem.has(key.slice(0, STEM_KEY));
    keys = words.map((word) => wordKey(word, known));
    keysByDoc.set(doc, keys);
  }
  return keys;
}

/** Whether only whitespace (or blanked handles and links) separates two words. */
function adjacent(prose: string, left: Word, right: Word): boolean {
  // The words of one camel-case hashtag touch: "Send|Them|Back".
  if (right.start === left.end) return left.inHashtag === true && right.inHashtag === true;
  for (let i = left.end; i < right.start; i++) {
    const code = prose.charCodeAt(i);
    if (code !== 32 && code !== 9 && code !== 10 && code !== 13 && code !== 160) return false;
  }
  return true;
}

/** The word count of `entry` if it matches at word `at`, else 0. */
function matchLength(entry: Entry, keys: readonly string[], words: readonly Word[], prose: string, at: number): number {
  const last = entry.words.length - 1;
  if (at + last >= keys.length) return 0;
  for (let k = 0; k <= last; k++) {
    const key = keys[at + k]!;
    const wanted = entry.words[k]!;
    const ok = k === last && entry.stem ? key.startsWith(wanted) : key === wanted;
    if (!ok) return 0;
    if (k > 0 && !adjacent(prose, words[at + k - 1]!, words[at + k]!)) return 0;
  }
  return last + 1;
}

/** Adds the matches of `entries` at word `at` to `found`, and returns the longest. */
function collectAt(
  entries: Entry[] | undefined,
  doc: TextDoc,
  words: readonly Word[],
  keys: readonly string[],
  at: number,
  found: IndexedMatch[] | undefined,
  best: IndexedMatch | undefined,
): IndexedMatch | undefined {
  if (!entries) return best;
  for (const entry of entries) {
    const length = matchLength(entry, keys, words, doc.prose, at);
    if (length === 0) continue;
    const start = words[at]!.start;
    const end = words[at + length - 1]!.end;
    if (!found && best && (end < best.end || (end === best.end && entry.tag >= best.tag))) continue;
    const match = { start, end, text: doc.text.slice(start, end), tag: entry.tag };
    if (found) found.push(match);
    else best = match;
  }
  return best;
}

/**
 * Every occurrence of every indexed term in a draft, sorted by start and then longest first.
 * With `overlapping: false`, only the longest match at each place is kept and the scan moves
 * past it, as a lexicon's regex would.
 */
export function matchTerms(index: TermIndex, doc: TextDoc, overlapping: boolean): IndexedMatch[] {
  const words = wordsFor(index, doc);
  const keys = wordKeys(doc, index);
  const matches: IndexedMatch[] = [];
  const found = overlapping ? matches : undefined;
  for (let at = 0; at < keys.length; at++) {
    const key = keys[at]!;
    let best = collectAt(index.byWord.get(key), doc, words, keys, at, found, undefined);
    if (key.length >= STEM_KEY) best = collectAt(index.byStem.get(key.slice(0, STEM_KEY)), doc, words, keys, at, found, best);
    // "idiot's" holds "idiot", as a regex on word boundaries would find.
    if (key.endsWith("'s")) {
      const base = key.slice(0, -2);
      const single = index.byWord.get(base)?.find((entry) => entry.words.length === 1 && !entry.stem);
      if (single) {
        const start = words[at]!.start;
        const match = { start, end: start + base.length, text: doc.text.slice(start, start + base.length), tag: single.tag };
        if (found) found.push(match);
        else best ??= match;
      }
    }
    if (best) {
      matches.push(best);
      while (at + 1 < keys.length && words[at + 1]!.start < best.end) at++;
    }
  }
  index.patterned.forEach((lexicon, tag) => {
    if (lexicon) for (const match of findTerms(lexicon, doc.prose)) matches.push({ start: match.start, end: match.end, text: match.text, tag });
  });
  return matches.sort((a, b) => a.start - b.start || b.end - a.end);
}
