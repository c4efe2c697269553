import { noUnansweredFollowUp } from '../../src/rules/no-unanswered-follow-up.js';
import { testRule } from '../rule-tester.js';

const invitation = { author: '@me', text: 'Would you like to join our panel next month?' };
const reminder = { author: '@me', text: 'Checking in on the panel invitation.' };
const maria = { handle: '@maria.lopez' };

testRule(noUnansweredFollowUp, {
  valid: [
    {
      name: 'they answered',
      draft: {
        text: 'Thanks Maria, Thursday works!',
        kind: 'dm',
        recipient: maria,
        thread: [invitation, { author: '@maria.lopez', text: 'Yes! Could we talk on Thursday?' }],
      },
    },
    { name: 'one unanswered message', draft: { text: 'Just checking in on the panel.', kind: 'dm', recipient: maria, thread: [invitation] } },
    {
      name: 'without draft.author, only "@me" messages are surely yours',
      draft: {
        text: 'Just checking in again.',
        kind: 'dm',
        recipient: maria,
        thread: [
          { author: '@sam', text: 'Would you like to join our panel next month?' },
          { author: '@sam', text: 'Checking in on the panel invitation.' },
        ],
      },
    },
    { name: 'a higher limit', draft: { text: 'Just checking in again.', kind: 'dm', thread: [invitation, reminder] }, options: { maxUnanswered: 3 } },
  ],
  invalid: [
    {
      draft: {
        text: 'Hi again Maria, just following up on my last two messages. Let me know!',
        kind: 'dm',
        author: { handle: '@me' },
        recipient: maria,
        thread: [invitation, reminder],
      },
      errors: [
        {
          messageId: 'unanswered',
          message:
            'Your last 2 messages to @maria.lopez have had no answer. Give them room, or close kindly instead of following up again.',
          range: [16, 33],
        },
      ],
    },
    {
      name: 'handles compare without @ and case',
      draft: {
        text: 'Any thoughts on the proposal?',
        kind: 'reply',
        author: { handle: '@sam' },
        thread: [
          { author: '@jo', text: 'Send me the proposal when it is ready.' },
          { author: 'sam', text: 'Here is the proposal we discussed.' },
          { author: '@Sam', text: 'Did you get a chance to look?' },
          { author: '@sam', text: 'Happy to walk you through it.' },
        ],
      },
      errors: [
        {
          messageId: 'unanswered',
          message: 'Your last 3 messages to them have had no answer. Give them room, or close kindly instead of following up again.',
          range: [0, 0],
        },
      ],
    },
    {
      name: 'a stricter limit',
      draft: { text: 'Bumping this in case it got buried.', kind: 'dm', recipient: maria, thread: [invitation] },
      options: { maxUnanswered: 1 },
      errors: [
        {
          messageId: 'unanswered',
          message:
            'Your last 1 messages to @maria.lopez have had no answer. Give them room, or close kindly instead of following up again.',
          range: [0, 12],
        },
      ],
    },
  ],
  praise: [
    {
      draft: {
        text: 'No worries if the timing is not right, Maria. The door is open whenever you like.',
        kind: 'dm',
        recipient: maria,
        thread: [invitation, reminder],
      },
      praise: [
        {
          messageId: 'closesKindly',
          message: 'After 2 unanswered messages, this closes kindly and leaves @maria.lopez free to answer or not.',
          range: [0, 10],
        },
      ],
    },
  ],
});
