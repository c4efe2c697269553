import type { RuleDocs } from '../define-rule.js';

export const docs: RuleDocs = {
  rationale:
    'Lesson 6 is to provide value, and value depends on the reader. A community gathers around a few topics; a post that touches none of them, however good, is noise to its members.',
  howToFix:
    'Connect the post to what the community is about: say how it helps with one of its topics. If it has no connection, post it where it fits instead.',
  correct: [
    {
      draft: {
        text: 'Freelancers: I raised my day rate 20% this year by quoting per project instead of per hour.',
        community: { name: 'Path of the Freelancers', topics: ['freelancing', 'pricing'] },
      },
      note: '"Freelancers" stems to the same word as "freelancing", and "rate" is a word for pricing.',
    },
    {
      draft: { text: 'What I learned hosting tweet chats with TV chefs for five years.', community: { topics: ['tweet chat', 'community building'] } },
    },
  ],
  incorrect: [
    {
      draft: {
        text: 'Look at the sunset from my balcony tonight.',
        community: { name: 'Path of the Freelancers', topics: ['freelancing', 'pricing'] },
      },
    },
    { draft: { text: 'My cat learned to open the fridge.', community: { topics: ['tweet chats', 'community building'] } } },
  ],
};
