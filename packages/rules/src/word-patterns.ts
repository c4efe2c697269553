import { once } from './memo.js';
import type { TextDoc, Word } from './text.js';

/**
 * Word patterns: phrase families written as sequences of word steps, so one line of data covers
 * "I help agencies like yours double revenue" and "we help busy founders cut costs" alike,
 * where a phrase list would need every sentence. A pattern is a space-separated list of steps:
 * - `help` a word (lower case; curly apostrophes read as straight ones);
 * - `help|helps|helping` any of several words;
 * - `grow*` any word that starts with `grow`;
 * - `~subscribe` the word or a one-letter slip of it ("sucscribe", "subscibe"): spam misspells
 *   the words filters look for;
 * - `@growth` any word of a named class, given with the patterns;
 * - `#num` a number ("15", "100k", "3x");
 * - `_` any one word, `_{0,3}` from none to three words;
 * - a `?` after a step makes it optional: `a? quick? call`;
 * - `^` first: the match must open a sentence, as a command does ("Book a call.", not "shall we book a call").
 * A match never crosses the end of a sentence, and every gap is bounded, so matching is linear
 * in the words of a draft.
 */
export interface WordPatterns<Tag extends string = string> {
  /** Named word classes that `@name` steps refer to. */
  readonly classes?: Readonly<Record<string, readonly string[]>>;
  readonly patterns: readonly { readonly tag: Tag; readonly pattern: string }[];
}

export interface PatternMatch<Tag extends string = string> {
  tag: Tag;
  start: number;
  end: number;
  text: string;
  /** The words matched, from the first to the last, as indexes into `doc.lexicalWords`. */
  firstWord: number;
  lastWord: number;
}

interface Step {
  test: (key: string) => boolean;
  /** The words this step accepts, when it is a plain word or a list of them: what the index keys on. */
  keys?: readonly string[];
  /** The first letters of the words this step accepts, when it takes prefixes or slips. */
  letters?: readonly string[];
  min: number;
  max: number;
  /** Any word: matched as few times as possible. */
  gap?: true;
}

interface Compiled<Tag extends string> {
  tag: Tag;
  steps: Step[];
  opensSentence: boolean;
}

export interface CompiledPatterns<Tag extends string = string> {
  byFirstWord: Map<string, Compiled<Tag>[]>;
  /** Patterns whose first step takes prefixes or slips, by the first letter every such word has. */
  byFirstLetter: Map<string, Compiled<Tag>[]>;
  /** Patterns whose first step is a gap: tried at every word. */
  anywhere: Compiled<Tag>[];
}

const NUMBER = /^\d[\d,.]*(?:k|m|x|s|st|nd|rd|th)?$/u;
const GAP = /^_(?:\{(\d+),(\d+)\})?$/u;

function compileStep(source: string, classes: Readonly<Record<string, readonly string[]>>, pattern: string): Step {
  const optional = source.length > 1 && source.endsWith('?');
  const body = optional ? source.slice(0, -1) : source;
  const gap = GAP.exec(body);
  if (gap) {
    const min = gap[1] === undefined ? 1 : Number(gap[1]);
    const max = gap[2] === undefined ? 1 : Number(gap[2]);
    if (max < min || max > 6) throw new TypeError(`Word pattern "${pattern}": a gap holds at most six words.`);
    return { test: () => true, min: optional ? 0 : min, max, gap: true };
  }
  const min = optional ? 0 : 1;
  if (body === '#num') return { test: (key) => NUMBER.test(key), min, max: 1 };
  if (body.startsWith('@')) {
    const members = classes[body.slice(1)];
    if (!members) throw new TypeError(`Word pattern "${pattern}": no word class "${body.slice(1)}".`);
    return alternatives(members, min);
  }
  return alternatives(body.split('|'), min);
}

/**
 * Whether `key` is `word` with one letter added, dropped, changed, or two neighbours swapped.
 * One pass over both, so the cost is the length of the word.
 */
export function isOneSlipFrom(word: string, key: string): boolean {
  const difference = key.length - word.length;
  if (difference < -1 || difference > 1 || key[0] !== word[0]) return false;
  let i = 0;
  while (i < word.length && i < key.length && word[i] === key[i]) i++;
  if (difference === 0) {
    if (i === word.length) return true;
    if (word.slice(i + 1) === key.slice(i + 1)) return true;
    return word[i] === key[i + 1] && word[i + 1] === key[i] && word.slice(i + 2) === key.slice(i + 2);
  }
  return difference > 0 ? word.slice(i) === key.slice(i + 1) : word.slice(i + 1) === key.slice(i);
}

function alternatives(words: readonly string[], min: number): Step {
  const exact = new Set<string>();
  const prefixes: string[] = [];
  const slips: string[] = [];
  for (const word of words) {
    if (word.endsWith('*')) prefixes.push(word.slice(0, -1));
    else if (word.startsWith('~')) slips.push(word.slice(1));
    else exact.add(word);
  }
  if (prefixes.length === 0 && slips.length === 0) return { test: (key) => exact.has(key), keys: [...exact], min, max: 1 };
  const test = (key: string) => exact.has(key) || prefixes.some((prefix) => key.startsWith(prefix)) || slips.some((slip) => isOneSlipFrom(slip, key));
  const letters = [...new Set([...exact, ...prefixes, ...slips].map((word) => word[0]!))];
  return prefixes.includes('') ? { test, min, max: 1 } : { test, letters, min, max: 1 };
}

/** Compiles word patterns once, at module load, into an index keyed by each pattern's first word. */
export function compileWordPatterns<Tag extends string>(source: WordPatterns<Tag>): CompiledPatterns<Tag> {
  const compiled: CompiledPatterns<Tag> = { byFirstWord: new Map(), byFirstLetter: new Map(), anywhere: [] };
  for (const { tag, pattern } of source.patterns) {
    const parts = pattern.trim().split(/\s+/u);
    const opensSentence = parts[0] === '^';
    let steps = parts.slice(opensSentence ? 1 : 0).map((step) => compileStep(step, source.classes ?? {}, pattern));
    // An optional first word makes two patterns, with it and without, so each can be indexed by its first word.
    while (steps.length > 1 && steps[0]!.min === 0 && !steps[0]!.gap) {
      index(compiled, { tag, steps: [{ ...steps[0]!, min: 1 }, ...steps.slice(1)], opensSentence });
      steps = steps.slice(1);
    }
    index(compiled, { tag, steps, opensSentence });
  }
  return compiled;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function index<Tag extends string>(compiled: CompiledPatterns<Tag>, entry: Compiled<Tag>): void {
  const first = entry.steps[0]!;
  if (first.min === 1 && first.keys) for (const key of first.keys) push(compiled.byFirstWord, key, entry);
  else if (first.min === 1 && first.letters) for (const letter of first.letters) push(compiled.byFirstLetter, letter, entry);
  else compiled.anywhere.push(entry);
}

/** For each word, the number of the sentence it is in: a pattern stays inside one. */
/** Whether `.`, `!`, `?`, `…` or a line break stands between two offsets. */
function endsSentenceBetween(prose: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = prose.charCodeAt(i);
    if (code === 46 || code === 33 || code === 63 || code === 0x2026 || code === 10) return true;
  }
  return false;
}

const sentenceOf = once((doc: TextDoc): Uint32Array => {
  const words = doc.lexicalWords;
  const prose = doc.prose;
  const numbers = new Uint32Array(words.length);
  let sentence = 0;
  for (let i = 1; i < words.length; i++) {
    if (endsSentenceBetween(prose, words[i - 1]!.end, words[i]!.start)) sentence++;
    numbers[i] = sentence;
  }
  return numbers;
});

/**
 * Where a match of `steps` from word `at` ends (the index after its last word), or -1. Each step
 * tries at most seven counts and a pattern has a handful of steps, so the search is bounded.
 */
function matchFrom(steps: readonly Step[], step: number, words: readonly Word[], sentences: Uint32Array, sentence: number, at: number): number {
  if (step === steps.length) return at;
  const { test, min, max, gap } = steps[step]!;
  let run = 0;
  while (run < max && at + run < words.length && sentences[at + run] === sentence && test(words[at + run]!.key)) run++;
  if (run < min) return -1;
  // Gaps take as few words as they can, so "_{0,3} call" finds the nearest call; optional words as many.
  for (let i = 0; i <= run - min; i++) {
    const count = gap ? min + i : run - i;
    const end = matchFrom(steps, step + 1, words, sentences, sentence, at + count);
    if (end >= 0) return end;
  }
  return -1;
}

/**
 * Every match of the patterns in a draft, sorted by start and then longest first. At most one
 * match per pattern starts at each word.
 */
export function matchWordPatterns<Tag extends string>(patterns: CompiledPatterns<Tag>, doc: TextDoc): PatternMatch<Tag>[] {
  const words = doc.lexicalWords;
  if (words.length === 0) return [];
  const sentences = sentenceOf(doc);
  const matches: PatternMatch<Tag>[] = [];
  const tryAt = (list: readonly Compiled<Tag>[] | undefined, at: number) => {
    if (!list) return;
    for (const { tag, steps, opensSentence } of list) {
      if (opensSentence && at > 0 && sentences[at - 1] === sentences[at]) continue;
      const last = matchFrom(steps, 0, words, sentences, sentences[at]!, at) - 1;
      if (last < at) continue;
      const start = words[at]!.start;
      const end = words[last]!.end;
      matches.push({ tag, start, end, text: doc.text.slice(start, end), firstWord: at, lastWord: last });
    }
  };
  const { byFirstWord, byFirstLetter, anywhere } = patterns;
  for (let at = 0; at < words.length; at++) {
    const key = words[at]!.key;
    tryAt(byFirstWord.get(key), at);
    if (byFirstLetter.size > 0) tryAt(byFirstLetter.get(key[0]!), at);
    if (anywhere.length > 0) tryAt(anywhere, at);
  }
  return matches.sort((a, b) => a.start - b.start || b.end - a.end);
}
