import type { RuleDocs } from '../define-rule.js';

export const docs: RuleDocs = {
  rationale:
    'Lesson 6 is to provide value. A greeting, a hashtag row or a link with "check this out" takes a moment of every follower\'s attention and gives nothing back; a feed of them teaches people to scroll past you.',
  howToFix:
    'Say one thing the reader can use: what the link taught you, a tip, a question you want answered. Keep the greeting if you like, but give it something to carry.',
  correct: [
    { draft: { text: 'Happy Monday! This week I am trying per-project quotes instead of hourly rates. I will share what happens.' } },
    { draft: { text: 'This guide to pricing your first freelance project saved me hours: https://example.com/pricing' } },
  ],
  incorrect: [
    { draft: { text: 'Happy Monday everyone! #motivation #mondayvibes' } },
    { draft: { text: 'Check this out https://example.com/article' }, note: 'A link with nothing said about it.' },
    { draft: { text: '🔥🔥🔥' } },
  ],
};
