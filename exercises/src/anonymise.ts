import type { Exercise } from './exercise.js';
import { nameCues, notNames } from './lexicons/name-cues.js';

// Every pattern here runs in time linear in the draft's length, whatever is pasted into it: a
// lookbehind lets a match start only where a token starts, so no run of letters, dots or digits is
// scanned again from each of its characters, and no two quantifiers compete for the same text.
const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
/** A link runs to the next space, less the punctuation that ends its sentence. */
const URL_WITH_SCHEME = /(?<![\p{L}\p{N}])(?:https?:\/\/|www\.)[^\s<>"]*[^\s<>".,;:!?)]/giu;
const BARE_DOMAIN =
  /(?<![\p{L}\p{N}._@\/-])[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|io|co|ly|me|tv|dev|app|info|biz|uk|de)(?![\p{L}\p{N}-])(?:\/[^\s<>"]*)?/giu;
const HANDLE = /(?<![\p{L}\p{N}_])@[\p{L}\p{N}_.]*[\p{L}\p{N}_]/gu;
/** 7 to 15 digits, with at most two spaces, dots, dashes or brackets between them, and an optional +. */
const PHONE = /(?<![\p{L}\p{N}+])\+?(?:\(\d{1,4}\)[ .-]?)?\d(?:[ .()-]{0,2}\d){6,14}(?!\p{N})/gu;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/u;
/** A cue term matched in any case, while the name after it must still start with a capital. */
function anyCase(term: string): string {
  return [...term].map((char) => (char === ' ' ? '\\s+' : char.toLowerCase() === char.toUpperCase() ? escape(char) : `[${char.toLowerCase()}${char.toUpperCase()}]`)).join('');
}
const CUE = new RegExp(
  `(?<![\\p{L}\\p{N}])(${[...nameCues.terms].sort((a, b) => b.length - a.length).map(anyCase).join('|')})(,?\\s+)(\\p{Lu}[\\p{L}'’-]*)`,
  'gu',
);
/** The last line of a draft when it is a name alone, as a sign-off: "— Sam". Matched on that line only. */
const SIGN_OFF_LINE = /^([ \t]*(?:[-–—][ \t]*)?)(\p{Lu}[\p{L}'’-]+)[ \t]*$/u;
const KEEP = new Set<string>(notNames.terms);
const FIRST_PERSON = /^I(?:['’]\p{L}+)?$/u;

function escape(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\/-]/gu, '\\$&');
}

const CAPITALISED = /\p{Lu}[\p{L}'’-]*/gu;
/**
 * A capitalised word inside a sentence, where a capital usually means a name. The lookahead comes
 * first, so the lookbehind only runs at capitals and scans back no further than the last word.
 */
const MID_SENTENCE_CAPITAL = /(?=\p{Lu})(?<=[^.!?…\n\s][ \t,;:(]*\s)\p{Lu}[\p{L}'’-]*/gu;

/**
 * The capitalised words of an exercise's own material: its made-up people, brands and places.
 * They are part of the scene, not anyone's personal data, so examples may keep them.
 */
export function sceneVocabulary(exercise: Exercise): Set<string> {
  const texts = [exercise.title, exercise.scenario, exercise.modelAnswer, exercise.debrief, ...exercise.hints, JSON.stringify(exercise.context)];
  if (exercise.type === 'rewrite') texts.push(exercise.starter);
  if (exercise.type === 'spot') texts.push(exercise.draft);
  return new Set(texts.flatMap((text) => text.match(CAPITALISED) ?? []));
}

function replaceSignOff(text: string, keep: (word: string) => boolean): string {
  const end = text.trimEnd().length;
  const lineStart = text.lastIndexOf('\n', end - 1);
  if (lineStart === -1) return text;
  const match = SIGN_OFF_LINE.exec(text.slice(lineStart + 1, end));
  if (!match || keep(match[2]!)) return text;
  return `${text.slice(0, lineStart + 1)}${match[1]}[name]${text.slice(end)}`;
}

function replacePhone(match: string): string {
  return ISO_DATE.test(match) ? match : '[phone]';
}

/**
 * A draft with what could identify people taken out, for a facilitator's examples: emails,
 * links, handles, phone numbers, names after greetings or as sign-offs, and capitalised words
 * inside a sentence that the exercise's own scene does not use.
 */
export function anonymise(text: string, scene: ReadonlySet<string> = new Set()): string {
  const keep = (word: string) => KEEP.has(word) || scene.has(word);
  const withoutContacts = text
    .replace(EMAIL, '[email]')
    .replace(URL_WITH_SCHEME, '[link]')
    .replace(BARE_DOMAIN, '[link]')
    .replace(HANDLE, '@someone')
    .replace(PHONE, replacePhone)
    .replace(CUE, (match, cue: string, gap: string, word: string) => (keep(word) ? match : `${cue}${gap}[name]`));
  return replaceSignOff(withoutContacts, keep).replace(MID_SENTENCE_CAPITAL, (word) => (keep(word) || FIRST_PERSON.test(word) ? word : '[name]'));
}
