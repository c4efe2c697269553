import type { RuleDocs } from '../define-rule.js';

export const docs: RuleDocs = {
  rationale:
    'Lesson 4 asks you to "talk" to people, not at them. A reply that picks up what the other person said and adds a thought, a fact or a question gives them something to answer. A curt "Fine." closes the door, and a reply on another subject tells them you did not read it.',
  howToFix:
    'Start from their words: answer their question, name them, or pick up their point. Then add one thing of your own: what you think, what you know, or what you want to ask.',
  correct: [
    {
      draft: {
        text: 'That finale dessert looked amazing. How long did the caramel cage take you to practise?',
        kind: 'reply',
        replyingTo: { author: '@chefanna', text: 'Tonight: how I plated the dessert that won the finale.' },
      },
      note: 'It picks up the dessert and asks a question.',
    },
    {
      draft: {
        text: 'Thursday works, no problem. Hope everything is all right!',
        kind: 'reply',
        replyingTo: { author: '@caryl', text: 'Could we move our call to Thursday? Something came up, sorry!' },
      },
    },
  ],
  incorrect: [
    {
      draft: {
        text: 'Fine.',
        kind: 'reply',
        replyingTo: { author: '@caryl', text: 'Could we move our call to Thursday? Something came up, sorry!' },
      },
      note: 'A curt answer to a friendly request.',
    },
    {
      draft: {
        text: 'Anyway, my agency just opened a second office in Lisbon and we are hiring designers.',
        kind: 'reply',
        replyingTo: { author: '@jason_montoya', text: 'Blog comments are still the best place for real conversation.' },
      },
      note: 'It changes the subject.',
    },
  ],
};
