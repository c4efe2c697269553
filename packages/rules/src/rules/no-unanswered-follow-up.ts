import * as z from 'zod/mini';
import { defineRule } from '../define-rule.js';
import { firstTerm } from '../lexicon.js';
import { followUpPhrases, graciousCloses } from '../lexicons/follow-ups.js';
import { countUnansweredOwnMessages } from '../thread.js';

export const noUnansweredFollowUp = defineRule({
  id: 'no-unanswered-follow-up',
  meta: {
    lesson: 4,
    description: 'Flag a message that follows two or more of your own that got no answer.',
    messages: {
      unanswered:
        'Your last {{count}} messages to {{recipient}} have had no answer. Give them room, or close kindly instead of following up again.',
      closesKindly: 'After {{count}} unanswered messages, this closes kindly and leaves {{recipient}} free to answer or not.',
    },
    options: z.object({
      /** How many unanswered messages of yours make another one too many. */
      maxUnanswered: z._default(z.number().check(z.int(), z.minimum(1)), 2),
    }),
    defaultSeverity: 'warning',
    hasSuggestions: false,
    scope: 'draft',
    docs: {
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
    },
  },
  appliesTo: (draft) => (draft.thread?.length ?? 0) > 0,
  check({ draft, doc, options, report, praise }) {
    const count = countUnansweredOwnMessages(draft);
    if (count < options.maxUnanswered) return;
    const recipient = draft.recipient?.handle ?? 'them';
    const close = firstTerm(graciousCloses, doc.prose);
    if (close) {
      praise({ messageId: 'closesKindly', data: { count, recipient }, range: [close.start, close.end] });
      return;
    }
    const chase = firstTerm(followUpPhrases, doc.prose);
    report({ messageId: 'unanswered', data: { count, recipient }, range: chase ? [chase.start, chase.end] : [0, 0] });
  },
});
