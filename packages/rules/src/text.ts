import type { Range } from './finding.js';
import { MASKED_RUN, MAY_HOLD_MASK, MAY_HOLD_MASK_ASCII, maskedRunEnd, unmask } from './masked-words.js';
import { withoutOverlapping } from './spans.js';

export interface Span {
  text: string;
  start: number;
  end: number;
}

export interface Word extends Span {
  /**
   * Lower-cased text in Unicode compatibility form (NFKC: full-width and styled letters become
   * plain ones), for lookups. Offsets always refer to `text`.
   */
  lower: string;
  /**
   * `lower` with curly apostrophes straightened, and a masked swear word read as the word it
   * masks ("f***ing" as "fucking"): the key word lists are looked up by.
   */
  key: string;
  /**
   * Set on the words of a camel-case hashtag (#SendThemBack gives Send, Them, Back): they are
   * read as words by the lexicons, but carry no topic and are no part of the prose.
   */
  inHashtag?: true;
}

// Each pattern is linear: no nested quantifiers, no backtracking over unbounded alternations.
// A word never ends in an apostrophe or a hyphen: in "'sellout'" and "MONEY'?" the quote closes
// the word, it is no part of it.
// A bare domain may only start where a run of domain characters starts: trying every position
// inside "a-a-a-…" would rescan the rest of the run each time, which is quadratic.
/** Every URL has a scheme, `www.` or a dot before letters: drafts without one skip the URL scan. */
const MAY_HOLD_URL = /:\/\/|www\.|\.[a-z]/iu;
const URL = /\b(?:https?:\/\/|www\.)[^\s<>"]+|\b(?<![a-z0-9.-])[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|io|co|ly|me|tv|dev|app|info|biz|us|uk|de|gl|be)(?:\/[^\s<>"]*)?/giu;
// The lookbehind comes after the @ or #, so the engine can skip ahead to those characters.
const MENTION = /@(?<![\p{L}\p{N}_]@)[\p{L}\p{N}_.]*[\p{L}\p{N}_]/gu;
const HASHTAG = /#(?<![\p{L}\p{N}_&]#)[\p{L}\p{N}_]+/gu;
const EMOJI = /\p{Extended_Pictographic}/gu;
/** The words of a camel-case hashtag: "LiberalsAreIdiots", "BuildTheWall", "Top10Tips". */
const CAMEL_PART = /\p{Lu}\p{Ll}+|\p{Lu}+(?!\p{Ll})|\p{Ll}+|\p{N}+/gu;
const LOWER_THEN_UPPER = /\p{Ll}\p{Lu}/u;
const ONE_WORD = /^\p{L}+$/u;
const SENTENCE = /[^.!?…\n]+(?:[.!?…]+|\n+|$)/gu;
/** `inline code`, on one line. Bounded, so an unmatched backtick costs a bounded look ahead. */
const CODE_SPAN = /`[^`\n]{1,200}`/gu;
/** "Quoted speech" or “quoted speech”, on one line. */
const QUOTATION = /"[^"\n]{1,280}"|“[^”\n]{1,280}”/gu;
/** How far from a quote its speaker may be named. */
const SPEECH_REACH = 24;
/** "he said", "she tweeted:", "they called us", or a colon just before the quote. */
const SPEECH_BEFORE = /(?:\b(?:said|says|say|saying|wrote|writes|tweeted|tweets|posted|asked|asks|yelled|told|tells|called|calls|replied|replies|screamed|shouted)\b[^."“”]{0,12}|:)\s*$/iu;
/** "… - John Cena", "… — @sam", "…" (Cena, 2015): a name after the quote says whose words they are. */
const ATTRIBUTION_AFTER = /^\s*(?:[-–—~]+\s*[@\p{Lu}]|\(\s*\p{Lu})/u;

/**
 * Calls `visit` for each match of a global pattern. An exec loop rather than matchAll, which
 * copies the pattern on every call: on the hot path of every keystroke that copy showed up.
 */
export function eachMatch(pattern: RegExp, text: string, visit: (match: RegExpExecArray) => void): void {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (match[0].length === 0) pattern.lastIndex++;
    visit(match);
  }
}

const NOT_ASCII = /[^\x00-\x7f]/u;
const STARTS_WORD = /^[\p{L}\p{N}]$/u;
const ENDS_WORD = /^[\p{L}\p{N}\p{M}_]$/u;
const JOINS_WORD = /^['’-]$/u;
const LETTER = /^\p{L}$/u;

function isLetter(point: number): boolean {
  if (point < 128) return (point >= 97 && point <= 122) || (point >= 65 && point <= 90);
  return LETTER.test(String.fromCodePoint(point));
}

/**
 * The word roles of characters outside ASCII met so far, by code point: classing one takes three
 * regex tests, and a draft in another script or full of emoji repeats the same few characters.
 * At most ROLES_KEPT are kept, so text of every character there is cannot grow it without end.
 */
const ROLES = new Map<number, number>();
const ROLES_KEPT = 4096;

/** How a character takes part in a word: 0 not at all, 1 only inside one (' ’ -), 2 it may end one, 3 it may start one too. */
function wordRole(text: string, at: number, code: number): number {
  if (code < 128) {
    if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)) return 3;
    if (code === 95) return 2;
    return code === 39 || code === 45 ? 1 : 0;
  }
  const point = text.codePointAt(at)!;
  let role = ROLES.get(point);
  if (role === undefined) {
    const char = String.fromCodePoint(point);
    role = STARTS_WORD.test(char) ? 3 : ENDS_WORD.test(char) ? 2 : JOINS_WORD.test(char) ? 1 : 0;
    if (ROLES.size < ROLES_KEPT) ROLES.set(point, role);
  }
  return role;
}

/** 2 where a surrogate pair starts at `at`, else 1. */
function widthAt(text: string, at: number, code: number): number {
  if (code < 0xd800 || code > 0xdbff) return 1;
  const low = text.charCodeAt(at + 1);
  return low >= 0xdc00 && low <= 0xdfff ? 2 : 1;
}

/**
 * Calls `visit` with the bounds of each word: it starts with a letter or digit, may hold marks,
 * `_`, apostrophes and hyphens, and ends on a letter, digit, mark or `_` (so the quote in
 * "'sellout'" closes the word). One scan of the character codes, so most words cost no regex;
 * a character outside ASCII is classed by its code point. Returns whether some letter stands
 * three times in a row ("sooo"), which every letter of the text is seen for.
 */
function scanWords(text: string, visit: (start: number, end: number) => void): boolean {
  const length = text.length;
  let stretched = false;
  let at = 0;
  while (at < length) {
    const code = text.charCodeAt(at);
    const width = widthAt(text, at, code);
    if (wordRole(text, at, code) !== 3) {
      at += width;
      continue;
    }
    let end = at + width;
    let next = end;
    let previous = text.codePointAt(at)!;
    let run = 1;
    while (next < length) {
      const nextCode = text.charCodeAt(next);
      const role = wordRole(text, next, nextCode);
      if (role === 0) break;
      const point = text.codePointAt(next)!;
      run = point === previous ? run + 1 : 1;
      previous = point;
      if (run >= 3 && !stretched) stretched = isLetter(point);
      next += widthAt(text, next, nextCode);
      if (role >= 2) end = next;
    }
    visit(at, end);
    at = end;
  }
  return stretched;
}

/** A word's lookup form: lower case, and NFKC where it is not plain ASCII ("ｆｕｃｋ", "𝐟𝐮𝐜𝐤"). */
function lowerForm(text: string): string {
  return NOT_ASCII.test(text) ? text.normalize('NFKC').toLowerCase() : text.toLowerCase();
}

/** A word of a draft; `ascii` says the whole draft is plain ASCII, so no word needs NFKC or a straightened apostrophe. */
function wordAt(text: string, start: number, ascii: boolean): Word {
  const lower = ascii ? text.toLowerCase() : lowerForm(text);
  const key = !ascii && lower.includes('’') ? lower.replace(/’/gu, "'") : lower;
  return { text, lower, key, start, end: start + text.length };
}

/** The masked swear words of a text ("sh*t", "a$$", "f***ing"), each read as the word it masks. */
function maskedWords(text: string, ascii: boolean): Word[] {
  if (!(ascii ? MAY_HOLD_MASK_ASCII : MAY_HOLD_MASK).test(text)) return [];
  const words: Word[] = [];
  eachMatch(MASKED_RUN, text, (match) => {
    const end = maskedRunEnd(text, match.index, match.index + match[0].length);
    const written = text.slice(match.index, end);
    const lower = written.toLowerCase();
    const key = unmask(lower);
    if (key) words.push({ text: written, lower, key, start: match.index, end });
  });
  return words;
}

function collect(pattern: RegExp, text: string): Span[] {
  const spans: Span[] = [];
  eachMatch(pattern, text, (match) => spans.push({ text: match[0], start: match.index, end: match.index + match[0].length }));
  return spans;
}

/** Two lists sorted by start, merged into one: linear. */
function mergeByStart<T extends Span>(a: readonly T[], b: readonly T[]): T[] {
  const merged: T[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i]!.start <= b[j]!.start)) merged.push(a[i++]!);
    else merged.push(b[j++]!);
  }
  return merged;
}

function byStart(a: Span, b: Span): number {
  return a.start - b.start;
}

function trimSpan(text: string, start: number, end: number): Span | undefined {
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  return start < end ? { text: text.slice(start, end), start, end } : undefined;
}

/**
 * The parts of a draft's text that rules look at, each computed once and only when first asked
 * for: lint runs on every keystroke, and most rules need only one or two of them.
 */
export class TextDoc {
  readonly text: string;
  /** Answers to memoised questions about this draft, by slot (see `once`). Internal. */
  readonly answers: unknown[] = [];
  #words?: Word[];
  #lexicalWords?: Word[];
  #hashtagWords?: Word[];
  #sentences?: Span[];
  #urls?: Span[];
  #mentions?: Span[];
  #hashtags?: Span[];
  #emoji?: Span[];
  #tokens?: Span[];
  #prose?: string;
  #codeSpans?: Span[];
  #quotations?: Span[];
  #ascii?: boolean;
  #stretched = false;

  constructor(text: string) {
    this.text = text;
  }

  /** Whether the whole text is plain ASCII: then no word needs NFKC, and the cheaper mask test does. */
  get #isAscii(): boolean {
    return (this.#ascii ??= !NOT_ASCII.test(this.text));
  }

  get length(): number {
    return this.text.length;
  }

  /** Whether some letter stands three times in a row ("sooo", "stupiddd"): then words have stretched keys to cut back. */
  get hasStretchedLetter(): boolean {
    void this.words;
    return this.#stretched;
  }

  /** Words outside URLs, mentions and hashtags. */
  get words(): Word[] {
    if (!this.#words) {
      let words: Word[] = [];
      const ascii = this.#isAscii;
      const text = this.text;
      this.#stretched = scanWords(text, (start, end) => words.push(wordAt(text.slice(start, end), start, ascii)));
      const masked = maskedWords(this.text, ascii);
      // A masked word replaces the pieces the word pattern cut it into ("f", "ing").
      if (masked.length > 0) words = mergeByStart(withoutOverlapping(words, masked), masked);
      this.#words = withoutOverlapping(words, this.tokens);
    }
    return this.#words;
  }

  /**
   * The words the lexicons read: the prose words and the words of camel-case hashtags, in
   * order, so "#LiberalsAreIdiots" is read as well as written. Hashtag words are marked
   * `inHashtag`; rules that count or compare words use `words`.
   */
  get lexicalWords(): Word[] {
    if (!this.#lexicalWords) {
      const tagged = this.hashtagWords;
      this.#lexicalWords = tagged.length === 0 ? this.words : mergeByStart(this.words, tagged);
    }
    return this.#lexicalWords;
  }

  /**
   * The words of hashtags: #LiberalsAreIdiots reads as "Liberals Are Idiots", and a hashtag of
   * one word (#idiot, #TRAITORS) as that word.
   */
  get hashtagWords(): Word[] {
    if (this.#hashtagWords) return this.#hashtagWords;
    const words: Word[] = [];
    for (const tag of this.hashtags) {
      const body = tag.text.slice(1);
      if (!LOWER_THEN_UPPER.test(body)) {
        if (ONE_WORD.test(body)) words.push({ ...wordAt(body, tag.start + 1, this.#isAscii), inHashtag: true });
        continue;
      }
      eachMatch(CAMEL_PART, body, (match) => {
        words.push({ ...wordAt(match[0], tag.start + 1 + match.index, this.#isAscii), inHashtag: true });
      });
    }
    return (this.#hashtagWords = words);
  }

  get sentences(): Span[] {
    if (!this.#sentences) {
      const sentences: Span[] = [];
      eachMatch(SENTENCE, this.text, (match) => {
        const span = trimSpan(this.text, match.index, match.index + match[0].length);
        if (span) sentences.push(span);
      });
      this.#sentences = sentences;
    }
    return this.#sentences;
  }

  get urls(): Span[] {
    return (this.#urls ??= MAY_HOLD_URL.test(this.text) ? collect(URL, this.text) : []);
  }

  get mentions(): Span[] {
    return (this.#mentions ??= withoutOverlapping(collect(MENTION, this.text), this.urls));
  }

  get hashtags(): Span[] {
    return (this.#hashtags ??= withoutOverlapping(collect(HASHTAG, this.text), this.urls));
  }

  /** URLs, mentions and hashtags, sorted by position. */
  get tokens(): Span[] {
    return (this.#tokens ??= [...this.urls, ...this.mentions, ...this.hashtags].sort(byStart));
  }

  /** Backtick code spans: text written about, not said (a `{name}` in one is not a placeholder). */
  get codeSpans(): Span[] {
    return (this.#codeSpans ??= this.text.includes('`') ? collect(CODE_SPAN, this.text) : []);
  }

  /**
   * Quoted speech: someone else's words, given as theirs, so an insult inside is reported, not
   * made. A quote counts as speech when the draft says whose it is: a speech verb or a colon
   * before it ("he said: …"), or a name after it ("… — John Cena"). A quote with neither may
   * be the writer's own words in quotes, as exports wrap whole posts.
   */
  get quotations(): Span[] {
    if (!this.#quotations) {
      const quotes = /["“]/u.test(this.text) ? collect(QUOTATION, this.text) : [];
      this.#quotations = quotes.filter((quote) => SPEECH_BEFORE.test(this.text.slice(Math.max(0, quote.start - SPEECH_REACH), quote.start)) || ATTRIBUTION_AFTER.test(this.text.slice(quote.end, quote.end + SPEECH_REACH)));
    }
    return this.#quotations;
  }

  get emoji(): Span[] {
    return (this.#emoji ??= collect(EMOJI, this.text));
  }

  /** The text with URLs, mentions and hashtags blanked out (same length, so offsets still hold). */
  get prose(): string {
    if (this.#prose === undefined) {
      const parts: string[] = [];
      let at = 0;
      for (const span of this.tokens) {
        parts.push(this.text.slice(at, span.start), ' '.repeat(span.end - span.start));
        at = span.end;
      }
      parts.push(this.text.slice(at));
      this.#prose = parts.join('');
    }
    return this.#prose;
  }

  /** The whole text trimmed, as a range; `[0, 0]` for an empty draft. */
  get trimmedRange(): Range {
    const span = trimSpan(this.text, 0, this.text.length);
    return span ? [span.start, span.end] : [0, 0];
  }
}

/** Normalises a handle or name for comparison: `@Maria.Lopez` and `maria.lopez` are the same person. */
export function normaliseHandle(handle: string): string {
  return handle.trim().replace(/^@/u, '').toLowerCase();
}
