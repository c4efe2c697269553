import type { ExerciseContext } from './exercise.js';
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

function escape(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\/-]/gu, '\\$&');
}

/** Names the exercise itself puts in the scene: the people the attendee writes to or about. */
export function namesInContext(context: ExerciseContext): string[] {
  const people = [
    context.author?.name,
    context.author?.handle,
    context.replyingTo?.author,
    context.sharing?.author,
    context.trigger?.by,
    context.recipient?.handle,
    ...(context.thread ?? []).map((message) => message.author),
  ];
  return [
    ...new Set(
      people
        .filter((person): person is string => Boolean(person))
        .flatMap((person) => person.replace(/^@/u, '').split(/[\s_.]+/u))
        .filter((word) => word.length > 1 && !KEEP.has(word)),
    ),
  ];
}

/**
 * A draft with what could identify people taken out, for a facilitator's examples: emails,
 * links, handles, the names the exercise mentions, and names after greetings or as sign-offs.
 */
export function anonymise(text: string, knownNames: readonly string[] = []): string {
  let result = text.replace(EMAIL, '[email]').replace(URL_LIKE, '[link]').replace(HANDLE, '@someone');
  if (knownNames.length > 0) {
    const names = new RegExp(`(?<![\\p{L}\\p{N}])(?:${knownNames.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
    result = result.replace(names, '[name]');
  }
  result = result.replace(CUE, (match, cue: string, gap: string, word: string) => (KEEP.has(word) ? match : `${cue}${gap}[name]`));
  return result.replace(SIGN_OFF, (match, before: string, word: string) => (KEEP.has(word) ? match : `${before}[name]`));
}
