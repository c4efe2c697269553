import { offlineWhenReady } from '../../src/rules/offline-when-ready.js';
import { testRule } from '../rule-tester.js';

const stranger = { handle: '@maria.lopez', relationship: 'stranger' } as const;
const exchange = [
  { author: '@paulchaney', text: 'Interesting point about tweet chats.' },
  { author: '@me', text: 'Thanks! I have been running one since 2012.' },
  { author: '@paulchaney', text: 'Would love to hear how you find guests.' },
];

testRule(offlineWhenReady, {
  valid: [
    {
      draft: {
        text: "Hello Maria, I'm Toby, I host a tweet chat. I loved your onboarding video. Would you be open to a short call sometime?",
        kind: 'dm',
        recipient: stranger,
      },
    },
    { name: 'connections can ask', draft: { text: 'Want to grab a coffee next week?', kind: 'dm', recipient: { handle: '@caryl', relationship: 'connection' } } },
    { name: 'no invitation', draft: { text: 'Loved your onboarding video, Maria.', kind: 'dm', recipient: stranger } },
    {
      name: 'a call mentioned, not asked for',
      draft: { text: 'Most of my clients came from replies that turned into DMs, then calls.', kind: 'reply', recipient: stranger },
    },
    {
      name: 'a short exchange is not praised yet',
      draft: { text: 'Would you be up for a call?', kind: 'dm', author: { handle: '@me' }, thread: exchange.slice(0, 2) },
    },
  ],
  invalid: [
    {
      draft: { text: "Hey! Let's jump on a call this week.", kind: 'dm', recipient: stranger },
      errors: [
        {
          messageId: 'tooSoon',
          message: 'This asks a stranger for "call" in a first message. Say who you are and why you are writing, or talk in public first.',
          range: [5, 36],
        },
      ],
    },
    {
      name: 'an introduction without a reason',
      draft: { text: "I'm Sam. Want to grab a coffee next week?", kind: 'dm', recipient: stranger },
      errors: [
        {
          messageId: 'tooSoon',
          message: 'This asks a stranger for "a coffee" in a first message. Say who you are and why you are writing, or talk in public first.',
          range: [9, 41],
        },
      ],
    },
  ],
  praise: [
    {
      draft: {
        text: 'Paul, I enjoyed this. Would you be up for a quick phone call next week to swap notes?',
        kind: 'dm',
        author: { handle: '@me' },
        recipient: { handle: '@paulchaney', relationship: 'acquaintance' },
        thread: exchange,
      },
      praise: [
        {
          messageId: 'movedOffline',
          message: 'After 3 messages back and forth, inviting them to "phone call" is the right moment to take it offline.',
          range: [22, 85],
        },
      ],
    },
    {
      name: 'options: a longer exchange first',
      draft: { text: 'Coffee sometime?', kind: 'reply', thread: [...exchange, { author: '@me', text: 'Ha, by asking nicely.' }] },
      options: { minExchange: 4 },
      praise: [
        {
          messageId: 'movedOffline',
          message: 'After 4 messages back and forth, inviting them to "coffee" is the right moment to take it offline.',
          range: [0, 16],
        },
      ],
    },
  ],
});
