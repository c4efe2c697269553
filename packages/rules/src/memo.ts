import type { TextDoc } from './text.js';

/** Stands for an answer of `undefined`, so an empty slot means "not asked yet". */
const UNDEFINED = Symbol('undefined');
/** Slots handed out so far: one per memoised question, at module load. */
let slots = 0;

/**
 * Wraps a pure function of a draft's analysis so each draft's answer is computed once. Several
 * rules ask the same question of a draft ("does it invite a call?"), and lint runs on every
 * keystroke. Each question owns a numbered slot in the draft's `answers`, so asking again is an
 * array read; a WeakMap per question would cost a hash lookup and leave the garbage collector
 * an ephemeron per draft and question.
 */
export function once<T>(compute: (doc: TextDoc) => T): (doc: TextDoc) => T {
  const slot = slots++;
  return (doc) => {
    const held = doc.answers[slot];
    if (held !== undefined) return (held === UNDEFINED ? undefined : held) as T;
    const value = compute(doc);
    doc.answers[slot] = value === undefined ? UNDEFINED : value;
    return value;
  };
}
