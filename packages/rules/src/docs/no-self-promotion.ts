import type { RuleDocs } from '../define-rule.js';

export const docs: RuleDocs = {
  rationale:
    'Lesson 6 is to provide value. A feed of "buy", "follow me" and "check out my channel" asks the reader for attention and gives nothing back, and people learn to scroll past the author. News about your own work is welcome when it comes with something the reader can use.',
  howToFix:
    'Lead with what the reader gets: the lesson you learned, a tip, a free chapter, an answer. Mention your product or channel after that, once, without a row of calls to action.',
  correct: [
    {
      draft: { text: 'My new e-book on content strategy is out, and the first chapter is free for anyone here: it covers how to plan a month of posts.' },
      note: 'Launch news that hands the reader something useful first.',
    },
    { draft: { text: 'Three things I learned from running a weekly tweet chat: prepare the questions, invite the fans, thank every guest.' } },
    { draft: { text: 'Loved this cover, the harmonies in the second verse are beautiful.', kind: 'comment' } },
  ],
  incorrect: [
    { draft: { text: 'BUY my new course today!! 50% off with code SAVE50, link in bio. Follow me for more!' } },
    {
      draft: { text: 'Subscribe to my channel for daily videos!', kind: 'comment', replyingTo: { author: '@chefanna', text: 'My tomato sauce, step by step.' } },
      note: "A call to subscribe left in someone else's comments.",
    },
  ],
};
