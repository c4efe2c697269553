import type { ShyConcern } from './exercise.js';

export interface ShyConcernInfo {
  id: ShyConcern;
  /** The worry, in the words of someone who networks well offline but feels awkward online. */
  worry: string;
}

/** The four worries the post lists, in its order. */
export const shyConcerns: readonly ShyConcernInfo[] = [
  { id: 'no-tone-cues', worry: 'Online there is no tone of voice or body language to read.' },
  { id: 'knows-no-one', worry: "I don't know anyone here." },
  { id: 'uninvited', worry: 'Joining a conversation nobody invited me to feels rude.' },
  { id: 'no-answer', worry: "Nobody answered. Do I carry on, or let it go?" },
];
