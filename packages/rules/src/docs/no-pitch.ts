import type { RuleDocs } from '../define-rule.js';

export const docs: RuleDocs = {
  rationale:
    'Richard Binhammer\'s "love taking online offline" is about moving a real conversation somewhere more personal. A DM or a call that turns out to be a sales pitch spends the trust the public conversation built, and people stop saying yes to the next invitation.',
  howToFix:
    'Take out the offer, the price and the call to buy. Write about the conversation you had and what you would like to learn from them; if they want your services, they will ask.',
  correct: [
    {
      draft: {
        text: 'Hi Paul, I enjoyed our back-and-forth about tweet chats. Would you be up for a quick call to swap notes? No agenda.',
        kind: 'dm',
        recipient: { handle: '@paulchaney', relationship: 'acquaintance' },
      },
    },
    {
      draft: { text: 'The meetup tickets were $20 and worth every cent. See you at the next one?', kind: 'dm' },
      note: 'A price as a fact, not an offer.',
    },
  ],
  incorrect: [
    {
      draft: {
        text: 'Hi Paul, our agency offers social media packages starting at $499/month. Book a demo here: https://example.com/demo',
        kind: 'dm',
      },
    },
    { draft: { text: "Hey! Let's jump on a call so I can show you how I can 10x your leads.", kind: 'dm' } },
    { draft: { text: 'Limited time offer: my social media audit for just $99. Reply YES to claim your spot!', kind: 'dm' } },
  ],
};
