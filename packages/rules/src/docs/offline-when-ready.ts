import type { RuleDocs } from '../define-rule.js';

export const docs: RuleDocs = {
  rationale:
    'Richard Binhammer loves taking online offline, once there is a conversation to take. A call or a coffee is the natural next step after a real back-and-forth; from a stranger, in a first message, it is a cold ask that most people ignore.',
  howToFix:
    'If you have not talked before, say who you are and why you are writing to this person, or reply to their posts first. Once you have traded a few messages, invite them to a call or a coffee.',
  correct: [
    {
      draft: {
        text: "Hello Jason, I'm Toby, I host #FoodTVChat. I've been enjoying your freelancers group. Would you be open to a short call sometime?",
        kind: 'dm',
        recipient: { handle: '@jason_montoya', relationship: 'stranger' },
      },
      note: 'A stranger, but the message says who and why before it asks.',
    },
    {
      draft: {
        text: 'Would you be up for a quick phone call next week to swap notes?',
        kind: 'dm',
        author: { handle: '@me' },
        recipient: { handle: '@paulchaney', relationship: 'acquaintance' },
        thread: [
          { author: '@paulchaney', text: 'Interesting point about tweet chats.' },
          { author: '@me', text: 'Thanks! I have been running one since 2012.' },
          { author: '@paulchaney', text: 'Would love to hear how you find guests.' },
        ],
      },
      note: 'A long public back-and-forth is ready to go offline.',
    },
  ],
  incorrect: [
    {
      draft: {
        text: "Hey! Let's jump on a call this week.",
        kind: 'dm',
        recipient: { handle: '@maria.lopez', relationship: 'stranger' },
      },
    },
    {
      draft: {
        text: 'Want to grab a coffee next week?',
        kind: 'dm',
        recipient: { handle: '@caryl', relationship: 'stranger' },
      },
    },
  ],
};
