import type { Exercise } from './exercise.js';
import { nameCues, notNames } from './lexicons/name-cues.js';

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu;
const URL_LIKE = /\b(?:https?:\/\/|www\.)[^\s<>"]+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|io|co|ly|me|tv|dev|app|info|biz|uk|de)(?:\/[^\s<>"]*)?/giu;
const HANDLE = /(?<![\p{L}\p{N}_])@[\p{L}\p{N}_.]*[\p{L}\p{N}_]/gu;
/** A cue term matched in any case, while the name after it must still start with a capital. */
function anyCase(term: string): string {
  return [...term].map((char) => (char === ' ' ? '\\s+' : char.toLowerCase() === char.toUpperCase() ? escape(char) : `[${char.toLowerCase()}${char.toUpperCase()}]`)).join('');
}
const CUE = new RegExp(
  `(?<![\\p{L}\\p{N}])(${[...nameCues.terms].sort((a, b) => b.length - a.length).map(anyCase).join('|')})(,?\\s+)(\\p{Lu}[\\p{L}'’-]*)`,
  'gu',
);
const SIGN_OFF = /(\n\s*[-–—]?\s*)(\p{Lu}[\p{L}'’-]+)\s*$/u;
const KEEP = new Set<string>(notNames.terms);
const FIRST_PERSON = /^I(?:['’]\p{L}+)?$/u;

function escape(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\/-]/gu, '\\$&');
}

const CAPITALISED = /\p{Lu}[\p{L}'’-]*/gu;
/** A capitalised word inside a sentence, where a capital usually means a name. */
const MID_SENTENCE_CAPITAL = /(?<=[^.!?…\n\s][ \t,;:(]*\s)\p{Lu}[\p{L}'’-]*/gu;

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

/**
 * A draft with what could identify people taken out, for a facilitator's examples: emails,
 * links, handles, names after greetings or as sign-offs, and capitalised words inside a
 * sentence that the exercise's own scene does not use.
 */
export function anonymise(text: string, scene: ReadonlySet<string> = new Set()): string {
  const keep = (word: string) => KEEP.has(word) || scene.has(word);
  return text
    .replace(EMAIL, '[email]')
    .replace(URL_LIKE, '[link]')
    .replace(HANDLE, '@someone')
    .replace(CUE, (match, cue: string, gap: string, word: string) => (keep(word) ? match : `${cue}${gap}[name]`))
    .replace(SIGN_OFF, (match, before: string, word: string) => (keep(word) ? match : `${before}[name]`))
    .replace(MID_SENTENCE_CAPITAL, (word) => (keep(word) || FIRST_PERSON.test(word) ? word : '[name]'));
}
