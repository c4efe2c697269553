import { introduceYourself } from '../../src/rules/introduce-yourself.js';
import { testRule } from '../rule-tester.js';

const stranger = { handle: '@maria.lopez', relationship: 'stranger' } as const;
const askedBeforeIntroducing = (start: number, end: number) => ({
  messageId: 'askBeforeIntroduction',
  message: 'This asks a stranger for something before saying who you are. Introduce yourself and say why you are writing first.',
  range: [start, end] as const,
});

testRule(introduceYourself, {
  valid: [
    { draft: { text: 'Can you send me the slides?', kind: 'dm', recipient: { handle: '@caryl', relationship: 'friend' } } },
    { name: 'no relationship given', draft: { text: 'Can you send me the slides?', kind: 'dm', recipient: { handle: '@caryl' } } },
    {
      name: 'in public, a question joins the conversation',
      draft: { text: 'What do you charge for a logo?', kind: 'reply', recipient: stranger },
    },
    { name: 'no request', draft: { text: 'Loved your talk on pricing, thank you for it.', kind: 'dm', recipient: stranger } },
    { name: 'posts have no recipient to introduce yourself to', draft: { text: 'Can you send me your favourite tools?', recipient: stranger } },
    { name: "\"I'm curious\" is not an introduction, but no request either", draft: { text: "I'm curious how you plan a month of posts.", kind: 'dm', recipient: stranger } },
  ],
  invalid: [
    {
      draft: { text: 'Can you send me your client list?', kind: 'dm', recipient: stranger },
      errors: [askedBeforeIntroducing(0, 33)],
    },
    {
      name: 'introduced only after the ask',
      draft: { text: "Please share your media kit. I'm Dana from Loop Studio.", kind: 'reply', recipient: stranger },
      errors: [askedBeforeIntroducing(0, 28)],
    },
    {
      name: "\"I'm curious\" does not say who you are",
      draft: { text: "I'm curious: could you share your rate card?", kind: 'dm', recipient: stranger },
      errors: [askedBeforeIntroducing(0, 44)],
    },
    {
      name: 'in a DM, a question to the reader asks for their time',
      draft: { text: 'Love the blog. What do you charge for a logo?', kind: 'dm', recipient: stranger },
      errors: [askedBeforeIntroducing(15, 45)],
    },
    {
      draft: { text: "I'm Sam, a designer. Could you review my portfolio?", kind: 'dm', recipient: stranger },
      errors: [
        {
          messageId: 'sayWhy',
          message: 'You say who you are, but not why you are writing to @maria.lopez. Add what brought you to them.',
          range: [21, 51],
        },
      ],
    },
  ],
  praise: [
    {
      name: '"Lee here" says who',
      draft: { text: 'Lee here, we met at the Leeds meetup. Do you know anyone hiring juniors?', kind: 'dm', recipient: stranger },
      praise: [
        {
          messageId: 'introducedFirst',
          message: 'You say who you are and why you are writing before you ask: a stranger can place you.',
          range: [0, 8],
        },
      ],
    },
    {
      draft: {
        text: "Hi Maria, I'm Toby and I host a tweet chat. I read your post on onboarding videos. Could you share who edited yours?",
        kind: 'dm',
        recipient: stranger,
      },
      praise: [
        {
          messageId: 'introducedFirst',
          message: 'You say who you are and why you are writing before you ask: a stranger can place you.',
          range: [10, 18],
        },
      ],
    },
  ],
});
