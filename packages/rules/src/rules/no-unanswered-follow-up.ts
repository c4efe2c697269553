import * as z from 'zod/mini';
import { defineRule } from '../define-rule.js';
import { firstTermIn } from '../lexicon-index.js';
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
  },
  appliesTo: (draft) => (draft.thread?.length ?? 0) > 0,
  check({ draft, doc, options, report, praise }) {
    const count = countUnansweredOwnMessages(draft);
    if (count < options.maxUnanswered) return;
    const recipient = draft.recipient?.handle ?? 'them';
    const close = firstTermIn(doc, graciousCloses);
    if (close) {
      praise({ messageId: 'closesKindly', data: { count, recipient }, range: [close.start, close.end] });
      return;
    }
    const chase = firstTermIn(doc, followUpPhrases);
    report({ messageId: 'unanswered', data: { count, recipient }, range: chase ? [chase.start, chase.end] : [0, 0] });
  },
});
