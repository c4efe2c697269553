import type { RuleDocs } from '../define-rule.js';

export const docs: RuleDocs = {
  rationale:
    'Not knowing whether to continue when nobody answers is one of the worries that keep people quiet online. Offline you would read the room; here the thread is the room. Two messages without an answer is the signal: a third chase turns interest into pressure.',
  howToFix:
    'Wait, or talk to them somewhere they are already talking. If you write, make it a kind close ("No worries if the timing is not right") rather than another reminder.',
  correct: [
    {
      draft: {
        text: 'Thanks Maria, Thursday works!',
        kind: 'dm',
        author: { handle: '@me' },
        recipient: { handle: '@maria.lopez' },
        thread: [
          { author: '@me', text: 'Would you like to join our panel next month?' },
          { author: '@maria.lopez', text: 'Yes! Could we talk on Thursday?' },
        ],
      },
      note: 'Maria answered, so this is a conversation, not a chase.',
    },
    {
      draft: {
        text: 'No worries if the timing is not right, Maria. The door is open whenever you like.',
        kind: 'dm',
        author: { handle: '@me' },
        recipient: { handle: '@maria.lopez' },
        thread: [
          { author: '@me', text: 'Would you like to join our panel next month?' },
          { author: '@me', text: 'Checking in on the panel invitation.' },
        ],
      },
      note: 'A kind close is the right last message.',
    },
  ],
  incorrect: [
    {
      draft: {
        text: 'Hi again Maria, just following up on my last two messages. Let me know!',
        kind: 'dm',
        author: { handle: '@me' },
        recipient: { handle: '@maria.lopez' },
        thread: [
          { author: '@me', text: 'Would you like to join our panel next month?' },
          { author: '@me', text: 'Checking in on the panel invitation.' },
        ],
      },
    },
    {
      draft: {
        text: 'Any thoughts on the proposal?',
        kind: 'reply',
        author: { handle: '@sam' },
        thread: [
          { author: '@sam', text: 'Here is the proposal we discussed.' },
          { author: '@Sam', text: 'Did you get a chance to look?' },
          { author: '@sam', text: 'Happy to walk you through it.' },
        ],
      },
    },
  ],
};
