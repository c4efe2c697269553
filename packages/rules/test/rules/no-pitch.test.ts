import { noPitch } from '../../src/rules/no-pitch.js';
import { testRule } from '../rule-tester.js';

const pitchMessage = (phrase: string) =>
  `"${phrase}" is a sales pitch. Take a conversation offline to get to know someone, and save the offer until they ask.`;
const priceMessage = (price: string) => `A price ("${price}") turns this conversation into a sales call. Talk prices when they ask for them.`;

testRule(noPitch, {
  valid: [
    { draft: { text: 'Hi Paul, would you be up for a quick call to swap notes on tweet chats? No agenda.', kind: 'dm' } },
    { draft: { text: 'The meetup tickets were $20 and worth every cent. See you at the next one?', kind: 'dm' } },
    { draft: { text: 'How do you handle pricing for retainers?', kind: 'dm' } },
    { name: 'posts are for no-self-promotion', draft: { text: 'Book a demo of our new planner today!', kind: 'post' } },
    { name: 'ordinary comments are not invitations to talk', draft: { text: 'This song has 10x your energy, love it', kind: 'comment' } },
  ],
  invalid: [
    {
      draft: { text: 'Our agency offers packages starting at $499/month. Book a demo here: https://example.com/demo', kind: 'dm' },
      errors: [
        { messageId: 'pitch', message: pitchMessage('Our agency'), range: [0, 10] },
        { messageId: 'pitch', message: pitchMessage('packages starting'), range: [18, 35] },
        { messageId: 'price', message: priceMessage('$499/month'), range: [39, 49] },
        { messageId: 'pitch', message: pitchMessage('Book a demo'), range: [51, 62] },
      ],
    },
    {
      name: 'a comment that invites a call to sell',
      draft: { text: 'Can we hop on a call? I can show you how I can 10x your leads.', kind: 'comment' },
      errors: [
        { messageId: 'pitch', message: pitchMessage('show you how I can'), range: [28, 46] },
        { messageId: 'pitch', message: pitchMessage('10x your'), range: [47, 55] },
      ],
    },
    {
      name: 'a discount is an offer',
      draft: { text: 'We build websites that convert, 50% off this week.', kind: 'dm' },
      errors: [{ messageId: 'price', message: priceMessage('50% off'), range: [32, 39] }],
    },
    {
      draft: { text: 'My audit is just $99 this week.', kind: 'dm' },
      errors: [{ messageId: 'price', message: priceMessage('$99'), range: [17, 20] }],
    },
  ],
});
