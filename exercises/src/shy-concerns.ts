import type { ShyConcern } from './exercise.js';

export interface ShyConcernInfo {
  id: ShyConcern;
  /** The worry, in the words of someone who networks well offline but feels awkward online. */
  worry: string;
  /** The one practice that makes it smaller, for the printed handout. */
  practice: string;
}

/** The four worries the post lists, in its order. */
export const shyConcerns: readonly ShyConcernInfo[] = [
  {
    id: 'no-tone-cues',
    worry: 'Online there is no tone of voice or body language to read.',
    practice: 'Put the tone into your words, since your face cannot carry it, and read interest from what people do: a question back is someone leaning in.',
  },
  {
    id: 'knows-no-one',
    worry: "I don't know anyone here.",
    practice: 'Introduce yourself in one line in your first reply, and start where you can help: answer a question, or share someone’s work and name them.',
  },
  {
    id: 'uninvited',
    worry: 'Joining a conversation nobody invited me to feels rude.',
    practice: 'Public posts invite replies. Build on what was said, name the person you answer, and never arrive with a pitch.',
  },
  {
    id: 'no-answer',
    worry: 'Nobody answered. Do I carry on, or let it go?',
    practice: 'Assume busy, not bored. Follow up once, with something new, then let it rest, and thank the people who do respond.',
  },
];
