import { findTerms, type Lexicon } from './lexicon.js';
import { once } from './memo.js';
import type { TextDoc, Word } from './text.js';

// Every list of terms the rules look up lives in one shared index, the term book. A draft's
// words are keyed once and looked up once in the book, in one pass that finds the matches of
// every list together; each list's matches are then read off that pass. So the cost of a
// draft grows with its words, not with the number or size of the lists. Terms use the syntax
// of lexicon.ts: spaces match whitespace, and a trailing `*` any ending.

/** How many leading letters key a one-word `stem*` term. */
const STEM_KEY = 3;
/** Terms the word index cannot express ("like & share", "colou?r"), left to a regex. */
const WORDLIKE = /^[\p{L}\p{N}'’ -]+\*?$/u;

interface Entry {
  /** Lower-cased words of the term; the last is a prefix when `stem` is set. */
  words: string[];
  stem: boolean;
  /** The group's number in the book. */
  group: number;
  /** The number of the index (a set of groups looked up together) the group belongs to. */
  index: number;
  /** Order of addition: at one word, matches are reported in this order, one-word stems last. */
  seq: number;
}

/**
 * A node of the token trie: the terms that end at it, the terms whose next and last word is a
 * stem, and the nodes one word further on.
 */
interface Node {
  terms?: Entry[];
  stems?: Entry[];
  next?: Map<string, Node>;
}

/** A set of groups looked up together; a match's `tag` is its group's position in the set. */
export interface TermIndex {
  /** Whether the words of hashtags are read too (hostility reads #SendThemBack; warmth does not read #please). */
  readonly readsHashtags: boolean;
  /** The index's number in the book. */
  readonly number: number;
  /** The book's number of this index's first group; its groups are numbered consecutively. */
  readonly firstGroup: number;
  /** Per group, the terms the word index cannot express ("like & share", "sir/madam", "colou?r"): always run. */
  readonly patterned: readonly (Lexicon | undefined)[];
}

export interface IndexedMatch {
  start: number;
  end: number;
  text: string;
  /** The group the term belongs to. */
  tag: number;
}

/** A match found in the pass over a draft: which group, and at which word it starts. */
interface Found {
  start: number;
  end: number;
  group: number;
  /** The position of its first word in the list the pass read. */
  word: number;
  /** A possessive read as its base word ("idiot's" as "idiot"): taken only where nothing else matches. */
  possessive: boolean;
  /** The number of the index its group belongs to. */
  index: number;
  /** Its entry's order of addition. */
  seq: number;
}

const book = {
  /** The token trie, by first word. */
  root: new Map<string, Node>(),
  /** One-word stems (`idiot*`), by their first letters. */
  byStem: new Map<string, Entry[]>(),
  /** Per first word, the indexes that have a term starting with it. */
  firstWords: new Map<string, Set<number>>(),
  /**
   * The two first letters of one-word stems, where both are ASCII: `(first << 7) | second`. A word
   * whose opening pair is not here has no stem to look up, and no key to cut for it.
   */
  stemPairs: new Uint8Array(128 * 128),
  /** Whether some one-word stem opens with a character outside ASCII. */
  stemsBeyondAscii: false,
  /** Per group, whether it reads hashtag words. */
  readsHashtags: [] as boolean[],
  /** How many indexes and entries have been added. */
  indexes: 0,
  entries: 0,
};

function normaliseWord(word: string): string {
  return word.toLowerCase().replace(/’/gu, "'");
}

function add(map: Map<string, Entry[]>, key: string, entry: Entry): void {
  const list = map.get(key);
  if (list) list.push(entry);
  else map.set(key, [entry]);
}

function child(map: Map<string, Node>, word: string): Node {
  let node = map.get(word);
  if (!node) {
    node = {};
    map.set(word, node);
  }
  return node;
}

/** Adds a term of words to the trie: the words but a stem's last lead down to its node. */
function addToTrie(entry: Entry): void {
  const { words, stem } = entry;
  let node = child(book.root, words[0]!);
  const path = stem ? words.length - 1 : words.length;
  for (let k = 1; k < path; k++) node = child((node.next ??= new Map()), words[k]!);
  (stem ? (node.stems ??= []) : (node.terms ??= [])).push(entry);
  let indexes = book.firstWords.get(words[0]!);
  if (!indexes) book.firstWords.set(words[0]!, (indexes = new Set()));
  indexes.add(entry.index);
}

/**
 * Adds several groups of terms to the book, as one index; each match reports its group's
 * position as `tag`. Called at module load by the modules that look terms up, and on first use
 * for lexicons read through lexicon-index.ts.
 */
export function indexTerms(groups: readonly (readonly string[])[], readsHashtags = false): TermIndex {
  const firstGroup = book.readsHashtags.length;
  const number = book.indexes++;
  const patterned: (Lexicon | undefined)[] = [];
  groups.forEach((terms, tag) => {
    const group = firstGroup + tag;
    book.readsHashtags[group] = readsHashtags;
    const patternTerms: string[] = [];
    for (const term of terms) {
      if (!WORDLIKE.test(term) || (term.endsWith('*') && !term.includes(' ') && term.length - 1 < STEM_KEY) || /^['’]|\s['’]/u.test(term)) {
        patternTerms.push(term);
        continue;
      }
      const stem = term.endsWith('*');
      const words = normaliseWord(stem ? term.slice(0, -1) : term).split(' ');
      const entry: Entry = { words, stem, group, index: number, seq: book.entries++ };
      if (stem && words.length === 1) {
        add(book.byStem, words[0]!.slice(0, STEM_KEY), entry);
        const pair = asciiPair(words[0]!);
        if (pair < 0) book.stemsBeyondAscii = true;
        else book.stemPairs[pair] = 1;
      } else addToTrie(entry);
    }
    patterned[tag] = patternTerms.length > 0 ? { terms: patternTerms } : undefined;
  });
  return { readsHashtags, number, firstGroup, patterned };
}

/** The index of lexicons, in order: a match's `tag` is its lexicon's position. */
export function indexLexicons(lexicons: readonly Lexicon[], readsHashtags = false): TermIndex {
  return indexTerms(
    lexicons.map((lexicon) => lexicon.terms),
    readsHashtags,
  );
}

/** The first two characters of `key` as `(first << 7) | second`, or -1 when either is outside ASCII. */
function asciiPair(key: string): number {
  const first = key.charCodeAt(0);
  const second = key.charCodeAt(1);
  return first < 128 && second < 128 ? (first << 7) | second : -1;
}

/** Whether a one-word stem may open `key`: its first two letters open one (a pair outside ASCII, when some stem has one). */
function mayOpenWithStem(key: string): boolean {
  const pair = asciiPair(key);
  return pair < 0 ? book.stemsBeyondAscii : book.stemPairs[pair] === 1;
}

/** A letter held for effect: "shiiit", "stupiddd". */
const STRETCHED = /(\p{L})\1{2,}/u;
const STRETCH_RUNS = /(\p{L})\1{2,}/gu;

/** Whether any term of index `index` is `key` or a stem keyed by its first letters. */
function isKnownTo(key: string, index: number): boolean {
  return book.firstWords.get(key)?.has(index) === true || book.byStem.get(key.slice(0, STEM_KEY))?.some((entry) => entry.index === index) === true;
}

/**
 * The lookup key of a word for one index: lower case, straight apostrophes, and stretched
 * letters cut back to two ("sooo" to "soo"), or to one where that makes a word the index knows
 * ("shiiit" to "shit"; "gooood" stays "good" for an index without "god").
 */
function wordKey(word: Word, index: number): string {
  const key = word.key;
  if (!STRETCHED.test(key)) return key;
  const single = key.replace(STRETCH_RUNS, '$1');
  return isKnownTo(single, index) ? single : key.replace(STRETCH_RUNS, '$1$1');
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

/** One pass of the book over a list of words, for the groups that read that list. */
interface Pass {
  words: readonly Word[];
  /** Every match, word by word; at one word, whole-word terms come before stems. */
  found: Found[];
  /** How many groups the book held when the pass ran: a group added later needs a new pass. */
  groups: number;
  /** The matches again, by the number of their index, in the same order: sorted out on first ask. */
  byIndex?: Found[][];
}

const NONE: readonly Found[] = [];

/**
 * The matches of one index in a pass. Sorted out once per pass, so asking for each of the book's
 * indexes costs one sweep of the matches, not one sweep per index.
 */
function foundFor(pass: Pass, number: number): readonly Found[] {
  if (!pass.byIndex) {
    const byIndex: Found[][] = (pass.byIndex = []);
    for (const item of pass.found) (byIndex[item.index] ??= []).push(item);
  }
  return pass.byIndex[number] ?? NONE;
}

/**
 * Looks every word of `words` up once in the book, walking the token trie from it while the
 * next word touches, and keeps the matches of groups `wanted` accepts (all when it is absent).
 * A possessive ("idiot's") also stands for its base word, once per index: the first one-word
 * term of each index that has one, as a regex on word boundaries would find. `keys` are the
 * words' lookup keys where they differ from each word's own key (stretched letters, per index).
 */
function runPass(doc: TextDoc, words: readonly Word[], keys: readonly string[] | undefined, wanted?: (group: number) => boolean): Pass {
  const prose = doc.prose;
  const found: Found[] = [];
  let possessiveOf: number[] | undefined;
  for (let at = 0; at < words.length; at++) {
    const key = keys ? keys[at]! : words[at]!.key;
    const start = words[at]!.start;
    // The terms that start here, walking the trie while the next word touches.
    const first = found.length;
    let ordered = true;
    let node = book.root.get(key);
    let last = at;
    while (node) {
      if (node.terms) {
        const end = words[last]!.end;
        for (const entry of node.terms) {
          if (wanted && !wanted(entry.group)) continue;
          if (found.length > first && found[found.length - 1]!.seq > entry.seq) ordered = false;
          found.push({ start, end, group: entry.group, index: entry.index, word: at, possessive: false, seq: entry.seq });
        }
      }
      const next = last + 1;
      if (next >= words.length || (!node.stems && !node.next) || !adjacent(prose, words[last]!, words[next]!)) break;
      const nextKey = keys ? keys[next]! : words[next]!.key;
      if (node.stems) {
        for (const entry of node.stems) {
          if (!nextKey.startsWith(entry.words[entry.words.length - 1]!) || (wanted && !wanted(entry.group))) continue;
          if (found.length > first && found[found.length - 1]!.seq > entry.seq) ordered = false;
          found.push({ start, end: words[next]!.end, group: entry.group, index: entry.index, word: at, possessive: false, seq: entry.seq });
        }
      }
      node = node.next?.get(nextKey);
      last = next;
    }
    // A deeper term added before a shallower one is reported first, as the order of addition says.
    if (!ordered) found.push(...found.splice(first).sort((a, b) => a.seq - b.seq));
    // One-word stems come after, in their own order of addition.
    if (key.length >= STEM_KEY && mayOpenWithStem(key)) {
      const stems = book.byStem.get(key.slice(0, STEM_KEY));
      if (stems) {
        const end = words[at]!.end;
        for (const entry of stems) {
          if (key.startsWith(entry.words[0]!) && !(wanted && !wanted(entry.group))) found.push({ start, end, group: entry.group, index: entry.index, word: at, possessive: false, seq: entry.seq });
        }
      }
    }
    if (!key.endsWith("'s")) continue;
    const base = key.slice(0, -2);
    possessiveOf ??= [];
    for (const entry of book.root.get(base)?.terms ?? []) {
      if (entry.words.length !== 1 || (wanted && !wanted(entry.group)) || possessiveOf[entry.index] === at) continue;
      possessiveOf[entry.index] = at;
      found.push({ start, end: start + base.length, group: entry.group, index: entry.index, word: at, possessive: true, seq: entry.seq });
    }
  }
  return { words, found, groups: book.readsHashtags.length };
}

/**
 * The passes of a draft: one over the prose words and one over them and the hashtag words, or
 * one for each index when a word is stretched, since each index reads "gooood" its own way.
 */
interface Passes {
  stretched: boolean;
  prose?: Pass;
  lexical?: Pass;
  byIndex?: Map<number, Pass>;
}
const passesOf = once((doc: TextDoc): Passes => ({ stretched: doc.hasStretchedLetter }));

function passFor(doc: TextDoc, index: TermIndex): Pass {
  const passes = passesOf(doc);
  const words = index.readsHashtags ? doc.lexicalWords : doc.words;
  const number = index.number;
  if (passes.stretched) {
    passes.byIndex ??= new Map();
    let pass = passes.byIndex.get(number);
    if (!pass) {
      pass = runPass(doc, words, words.map((word) => wordKey(word, number)), (group) => group >= index.firstGroup && group < index.firstGroup + index.patterned.length);
      passes.byIndex.set(number, pass);
    }
    return pass;
  }
  const held = index.readsHashtags ? passes.lexical : passes.prose;
  if (held && held.groups >= index.firstGroup + index.patterned.length) return held;
  // With no hashtag words the two lists are one, and one pass serves every group.
  if (doc.hashtagWords.length === 0) {
    passes.prose = passes.lexical = runPass(doc, words, undefined);
  } else if (index.readsHashtags) {
    passes.lexical = runPass(doc, words, undefined, (group) => book.readsHashtags[group]!);
  } else {
    passes.prose = runPass(doc, words, undefined, (group) => !book.readsHashtags[group]);
  }
  return (index.readsHashtags ? passes.lexical : passes.prose)!;
}

/**
 * Every occurrence of every term of the index in a draft, sorted by start and then longest
 * first. With `overlapping: false`, only the longest match at each place is kept and the scan
 * moves past it, as a lexicon's regex would.
 */
export function matchTerms(index: TermIndex, doc: TextDoc, overlapping: boolean): IndexedMatch[] {
  const pass = passFor(doc, index);
  const { words } = pass;
  const found = foundFor(pass, index.number);
  const first = index.firstGroup;
  const last = first + index.patterned.length;
  const text = doc.text;
  const matches: IndexedMatch[] = [];
  const toMatch = (item: Found): IndexedMatch => ({ start: item.start, end: item.end, text: text.slice(item.start, item.end), tag: item.group - first });
  if (overlapping) {
    for (const item of found) if (item.group >= first && item.group < last) matches.push(toMatch(item));
  } else {
    // At each word the longest match wins (the earlier group on a tie), a possessive only where
    // nothing else matched; the words it covers are passed over.
    let best: Found | undefined;
    let reach = -1;
    for (let i = 0; i <= found.length; i++) {
      const item = found[i];
      if (best && (!item || item.word !== best.word)) {
        matches.push(toMatch(best));
        reach = best.end;
        best = undefined;
      }
      if (!item || item.group < first || item.group >= last || words[item.word]!.start < reach) continue;
      if (!best || (best.possessive && !item.possessive) || (!item.possessive && (item.end > best.end || (item.end === best.end && item.group < best.group)))) best = item;
    }
  }
  index.patterned.forEach((lexicon, tag) => {
    if (lexicon) for (const match of findTerms(lexicon, doc.prose)) matches.push({ start: match.start, end: match.end, text: match.text, tag });
  });
  return matches.sort((a, b) => a.start - b.start || b.end - a.end);
}
