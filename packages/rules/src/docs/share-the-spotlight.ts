import type { RuleDocs } from '../define-rule.js';

export const docs: RuleDocs = {
  rationale:
    "Lesson 5 is to be generous. A calendar that only talks about its author becomes an advert; sharing the community's work, with credit, is what makes people glad to see you in their feed and share yours in turn.",
  howToFix:
    'Replace some of your own posts with shares of work you admire, crediting the creator, and keep promotion of your products to about one post in five.',
  correct: [
    { draft: { text: 'Great thread on pricing by @paulchaney: the part on retainers is worth your time.', kind: 'share', sharing: { author: '@paulchaney' } } },
    { draft: { text: 'HT @ckkerley for this photo of 100 bloggers meeting offline.', kind: 'share', sharing: { author: '@ckkerley' } } },
    { draft: { text: 'What is one thing you wish you had known about pricing in your first year?' } },
  ],
  incorrect: [
    { draft: { text: 'Buy my new course today, link in bio!' } },
    { draft: { text: 'Follow me for daily tips, and subscribe to my newsletter!' } },
    { draft: { text: 'Three ways I plan a month of posts in one afternoon.' } },
  ],
};
