import type { Lexicon } from './lexicon.js';
import { insultNouns, profanity, slurs } from './lexicons/hostility.js';

// Writers mask the words they mean: "f***ing", "sh#t", "a$$", "b!tch", "sh1t". A masked word
// is read as the word it masks, so every lexicon sees it without listing masked spellings: a
// mask character stands for any letter, a look-alike (`$`, `@`, `0`, `1` …) for the letters it
// resembles, or for any letter beside a mask ("s#$t"), and the word must be one of the swear
// words, insults or slurs the lexicons hold.

/** Characters that hide a letter, and the letters each may stand for; the empty string stands for any. */
const STANDS_FOR: ReadonlyMap<string, string> = new Map([
  ['*', ''], ['#', ''], ['%', ''], ['$', 's'], ['@', 'a'], ['!', 'il'], ['0', 'o'], ['1', 'il'], ['3', 'e'], ['4', 'a'], ['5', 's'], ['7', 't'],
]);

/** A letter followed by masking characters, look-alike digits or letters: the candidates for a masked word. */
export const MASKED_RUN = /\p{L}[\p{L}\p{N}*#%$@!]*/gu;
/** Whether a text may hold a masked word at all: a letter next to a mask, or a look-alike between letters. */
export const MAY_HOLD_MASK = /\p{L}[*#%$]|\p{L}[@!0-9]+\p{L}/u;
/** The same test for a draft of plain ASCII, without the `u` flag, which V8 runs several times faster. */
export const MAY_HOLD_MASK_ASCII = /[a-z][*#%$]|[a-z][@!0-9]+[a-z]/i;
const LETTER = /^\p{L}$/u;
const PLAIN_WORD = /^[a-z]+\*?$/u;
/** A masked word this short must show two of its letters: "f**" could be many words. */
const SHORT = 3;

interface Candidate {
  letters: string;
  /** Whether any ending may follow, as for the lexicon term `fuck*`. */
  stem: boolean;
}

function candidatesFrom(lexicons: readonly Lexicon[]): Map<string, Candidate[]> {
  const byFirstLetter = new Map<string, Candidate[]>();
  for (const lexicon of lexicons) {
    for (const term of lexicon.terms) {
      if (!PLAIN_WORD.test(term)) continue;
      const stem = term.endsWith('*');
      const letters = stem ? term.slice(0, -1) : term;
      if (letters.length < SHORT) continue;
      const list = byFirstLetter.get(letters[0]!) ?? [];
      list.push({ letters, stem });
      byFirstLetter.set(letters[0]!, list);
    }
  }
  return byFirstLetter;
}

/** In lexicon order, so the commonest reading wins: "s**t" is "shit" before it is "slut". */
const CANDIDATES = candidatesFrom([profanity, insultNouns, slurs]);

function fits(char: string, letter: string, anyLetter: boolean): boolean {
  if (char === letter) return true;
  const standsFor = STANDS_FOR.get(char);
  return standsFor !== undefined && (anyLetter || standsFor === '' || standsFor.includes(letter));
}

/** A mask character that stands for any letter: "*", "#", "%". */
function hidesAnyLetter(char: string | undefined): boolean {
  return char !== undefined && STANDS_FOR.get(char) === '';
}

/**
 * Whether the character at `i` is a look-alike inside a grawlix ("s#$t", "f@#k"): beside a
 * character that hides any letter, it hides one too, rather than showing the letter it resembles.
 */
function inGrawlix(run: string, i: number): boolean {
  return masks(run[i]!) && (hidesAnyLetter(run[i - 1]) || hidesAnyLetter(run[i + 1]));
}

function readsAs(masked: string, candidate: Candidate): boolean {
  const { letters } = candidate;
  if (candidate.stem ? masked.length < letters.length : masked.length !== letters.length) return false;
  for (let i = 0; i < letters.length; i++) if (!fits(masked[i]!, letters[i]!, inGrawlix(masked, i))) return false;
  // The ending after a stem is written out: "f***ing" is "fucking", "f****" is no known word.
  for (let i = letters.length; i < masked.length; i++) if (!LETTER.test(masked[i]!)) return false;
  return true;
}

function masks(char: string): boolean {
  return STANDS_FOR.has(char);
}

/**
 * The word a masked spelling stands for, or undefined when `run` masks nothing or no known word.
 * `run` is lower case and starts with a letter.
 */
export function unmask(run: string): string | undefined {
  let masked = 0;
  let shown = 0;
  for (let i = 0; i < run.length; i++) {
    const char = run[i]!;
    if (masks(char)) masked++;
    // A look-alike shows its letter ("a$$" shows all three), unless it stands in a grawlix.
    if (!hidesAnyLetter(char) && !inGrawlix(run, i)) shown++;
  }
  if (masked === 0 || (run.length <= SHORT && shown < 2)) return undefined;
  const candidates = CANDIDATES.get(run[0]!);
  if (!candidates) return undefined;
  for (const candidate of candidates) {
    if (!readsAs(run, candidate)) continue;
    return candidate.stem ? candidate.letters + run.slice(candidate.letters.length) : candidate.letters;
  }
  return undefined;
}

/**
 * Where a masked run really ends: a closing "!" is punctuation ("sh*t!!"), and masks that
 * close what the same mask opened are emphasis ("*shit*", "**wow**"), not letters.
 */
export function maskedRunEnd(text: string, start: number, end: number): number {
  while (end > start + 1 && text[end - 1] === '!') end--;
  const opener = text[start - 1];
  if (opener !== undefined && masks(opener)) while (end > start + 1 && text[end - 1] === opener) end--;
  return end;
}
