import type { Span } from './text.js';

/**
 * A word list, kept as typed data; its export name says what it holds and a doc comment says
 * what for (descriptions stay out of the data, which ships to browsers). Terms are
 * case-insensitive phrases matched on word boundaries. Within a term:
 * - a space matches any run of whitespace;
 * - an apostrophe matches ' or ’;
 * - a trailing `*` matches any word ending (`idiot*` matches idiots, idiotic);
 * - `?` after a letter makes it optional (`colou?r`).
 */
export interface Lexicon {
  readonly terms: readonly string[];
}

/** A lexicon whose groups of terms carry a weight, for scores. */
export interface WeightedLexicon {
  readonly groups: readonly { readonly weight: number; readonly terms: readonly string[] }[];
}

export interface TermMatch extends Span {
  /** The lexicon term that matched. */
  term: string;
}

// The boundary before a term is checked in code rather than with a lookbehind: a pattern that
// starts with a lookbehind is tried at every position, one without is scanned for far faster.
// Lists of plain ASCII terms compile without the `u` flag, which V8 scans about twice as fast;
// their boundaries use ASCII classes, and the code re-checks the end against all of Unicode.
const AFTER = { unicode: '(?![\\p{L}\\p{N}_])', ascii: '(?![a-z0-9_])' };
const ENDING = { unicode: "[\\p{L}\\p{N}'’]*", ascii: "[a-z0-9'’]*" };
const ASCII_TERM = /^[\x20-\x7e’]*$/u;
const WORD_BEFORE = /[\p{L}\p{N}_@#]/u;
const WORD_AFTER = /^[\p{L}\p{N}_]/u;

/** Whether a match at `start` begins a word (and is not inside a handle or hashtag). */
function startsWord(text: string, start: number): boolean {
  if (start === 0) return true;
  const code = text.charCodeAt(start - 1);
  // Low surrogate: look at the whole code point, so a letter outside the BMP counts as a letter.
  const before = code >= 0xdc00 && code <= 0xdfff && start >= 2 ? text.slice(start - 2, start) : text[start - 1]!;
  return !WORD_BEFORE.test(before);
}

/** Whether a match ending at `end` ends a word. */
function endsWord(text: string, end: number): boolean {
  return end >= text.length || !WORD_AFTER.test(text.slice(end, end + 2));
}

/** Every match of `pattern` in `text` that is a whole word or phrase, in order. */
function* wordMatches(pattern: RegExp, text: string): Generator<RegExpExecArray> {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (startsWord(text, match.index) && (pattern.unicode || endsWord(text, match.index + match[0].length))) yield match;
    // No match can start a word inside this one, so the scan goes on after it: trying each
    // position inside "xvideovideo…" would rescan the rest of the word each time.
    else if (!startsWord(text, match.index)) pattern.lastIndex = endOfWord(text, match.index);
    else pattern.lastIndex = match.index + 1;
  }
}

const WORD_CHAR = /[\p{L}\p{N}_@#]/u;

/** The offset after the run of word characters that `offset` is in. */
function endOfWord(text: string, offset: number): number {
  let end = offset + 1;
  while (end < text.length && WORD_CHAR.test(text[end]!)) end++;
  return end;
}

// "-" is left alone: outside a character class, "\-" is a syntax error in a unicode regex.
function escape(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&');
}

function termSource(term: string, mode: 'unicode' | 'ascii'): string {
  const wildcard = term.endsWith('*');
  const body = wildcard ? term.slice(0, -1) : term;
  let source = '';
  for (let i = 0; i < body.length; i++) {
    const char = body[i]!;
    if (char === ' ') source += '\\s+';
    else if (char === "'" || char === '’') source += "['’]";
    else if (char === '?' && i > 0) source += '?';
    else source += escape(char);
  }
  return wildcard ? source + ENDING[mode] : source;
}

function modeOf(terms: readonly string[]): 'unicode' | 'ascii' {
  return terms.every((term) => ASCII_TERM.test(term)) ? 'ascii' : 'unicode';
}

function compileAlternatives(alternatives: string, mode: 'unicode' | 'ascii'): RegExp {
  return new RegExp(`(?:${alternatives})${AFTER[mode]}`, mode === 'ascii' ? 'gi' : 'giu');
}

/** One regular expression for the whole list, longest terms first so the longest phrase wins. */
export function compileTerms(terms: readonly string[]): RegExp {
  const mode = modeOf(terms);
  const sorted = [...terms].sort((a, b) => b.length - a.length);
  return compileAlternatives(sorted.map((term) => termSource(term, mode)).join('|'), mode);
}

const compiled = new WeakMap<Lexicon, { pattern: RegExp }>();

function compiledLexicon(lexicon: Lexicon) {
  let entry = compiled.get(lexicon);
  if (!entry) {
    entry = { pattern: compileTerms(lexicon.terms) };
    compiled.set(lexicon, entry);
  }
  return entry;
}

/** Whitespace other than one space, or a curly apostrophe: what `normaliseTerm` changes. */
const UNNORMAL = /[^\S ]| {2}|’/u;

/** A matched term as the lexicon writes it: lower case, one space between words, straight apostrophes. */
export function normaliseTerm(text: string): string {
  const lower = text.toLowerCase();
  return UNNORMAL.test(lower) ? lower.replace(/\s+/gu, ' ').replace(/’/gu, "'") : lower;
}

/** Every non-overlapping occurrence of a lexicon term in `text`, in order. */
export function findTerms(lexicon: Lexicon, text: string): TermMatch[] {
  const { pattern } = compiledLexicon(lexicon);
  const matches: TermMatch[] = [];
  for (const match of wordMatches(pattern, text)) {
    const start = match.index;
    matches.push({ text: match[0], term: normaliseTerm(match[0]), start, end: start + match[0].length });
  }
  return matches;
}

/** Whether any term of the lexicon occurs in `text`. */
export function hasTerm(lexicon: Lexicon, text: string): boolean {
  const { pattern } = compiledLexicon(lexicon);
  return !wordMatches(pattern, text).next().done;
}

/** The first occurrence of a lexicon term, or undefined. */
export function firstTerm(lexicon: Lexicon, text: string): TermMatch | undefined {
  const { pattern } = compiledLexicon(lexicon);
  const match = wordMatches(pattern, text).next().value;
  if (!match) return undefined;
  return { text: match[0], term: normaliseTerm(match[0]), start: match.index, end: match.index + match[0].length };
}

const weightedCompiled = new WeakMap<WeightedLexicon, RegExp>();

/** One pass for the whole weighted lexicon: each group is a capture group, so its index gives the weight. */
function compileWeighted(lexicon: WeightedLexicon): RegExp {
  const mode = modeOf(lexicon.groups.flatMap((group) => group.terms));
  const groups = lexicon.groups.map((group) => {
    const sorted = [...group.terms].sort((a, b) => b.length - a.length);
    return `(${sorted.map((term) => termSource(term, mode)).join('|')})`;
  });
  return compileAlternatives(groups.join('|'), mode);
}

/** The weighted matches of a lexicon: each occurrence with its group's weight, in order. */
export function findWeightedTerms(lexicon: WeightedLexicon, text: string): (TermMatch & { weight: number })[] {
  let pattern = weightedCompiled.get(lexicon);
  if (!pattern) {
    pattern = compileWeighted(lexicon);
    weightedCompiled.set(lexicon, pattern);
  }
  const matches: (TermMatch & { weight: number })[] = [];
  for (const match of wordMatches(pattern, text)) {
    const group = match.findIndex((value, i) => i > 0 && value !== undefined);
    const start = match.index;
    matches.push({ text: match[0], term: normaliseTerm(match[0]), start, end: start + match[0].length, weight: lexicon.groups[group - 1]!.weight });
  }
  return matches;
}

/** Defines a lexicon; the identity function, for type checking and readability. */
export function defineLexicon<L extends Lexicon>(lexicon: L): L {
  return lexicon;
}

export function defineWeightedLexicon<L extends WeightedLexicon>(lexicon: L): L {
  return lexicon;
}
