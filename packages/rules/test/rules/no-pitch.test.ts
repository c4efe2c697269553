import { noPitch } from '../../src/rules/no-pitch.js';
import { testRule } from '../rule-tester.js';

const pitchMessage = (phrase: string) =>
  `"${phrase}" is a sales pitch. Take a conversation offline to get to know someone, and save the offer until they ask.`;
const promiseMessage = (phrase: string) =>
  `"${phrase}" promises results, which is how a sales pitch opens. Ask about their work before offering yours.`;
const bookingMessage = (phrase: string) =>
  `"${phrase}" books a sales call before there is a conversation. Get to know them first, and let a call follow from that.`;
const priceMessage = (price: string) => `A price ("${price}") turns this conversation into a sales call. Talk prices when they ask for them.`;

testRule(noPitch, {
  valid: [
    { draft: { text: 'Hi Paul, would you be up for a quick call to swap notes on tweet chats? No agenda.', kind: 'dm' } },
    { draft: { text: 'The meetup tickets were $20 and worth every cent. See you at the next one?', kind: 'dm' } },
    { draft: { text: 'How do you handle pricing for retainers?', kind: 'dm' } },
    { name: 'posts are for no-self-promotion', draft: { text: 'Book a demo of our new planner today!', kind: 'post' } },
    { name: 'proposing a call is how lesson 2 is done', draft: { text: 'Shall we book a call for Tuesday to swap notes?', kind: 'dm' } },
    { name: 'ordinary comments are not invitations to talk', draft: { text: 'This song has 10x your energy, love it', kind: 'comment' } },
  ],
  invalid: [
    {
      name: 'an outcome promise, whoever it is made to',
      draft: { text: 'Hi Dana, we help busy founders cut their accounting costs in half.', kind: 'dm' },
      errors: [{ messageId: 'outcomePromise', message: promiseMessage('we help busy founders cut'), range: [9, 34] }],
    },
    {
      name: 'a booking command and a scheduling link',
      draft: { text: 'Hi {first_name}, I help agencies like yours double revenue. Book a 15-min call: calendly.com/acme/intro', kind: 'dm' },
      errors: [
        { messageId: 'outcomePromise', message: promiseMessage('I help agencies like yours double'), range: [17, 50] },
        { messageId: 'booking', message: bookingMessage('Book a 15-min call'), range: [60, 78] },
        { messageId: 'booking', message: bookingMessage('calendly.com/acme/intro'), range: [80, 103] },
      ],
    },
    {
      name: 'a rate card: a price per unit of work, and a cut price',
      draft: { text: 'I record voiceovers: $75 an episode, half price for new shows.', kind: 'dm' },
      errors: [
        { messageId: 'price', message: priceMessage('$75 an episode'), range: [21, 35] },
        { messageId: 'price', message: priceMessage('half price'), range: [37, 47] },
      ],
    },
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
