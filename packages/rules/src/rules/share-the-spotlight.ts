import * as z from 'zod/mini';
import { isAmplifying, isSelfPromotion } from '../calendar.js';
import { defineRule } from '../define-rule.js';

const share = z.number().check(z.minimum(0), z.maximum(1));

/** "1 in 3" reads better than "33%" in a message about a calendar. */
function oneIn(fraction: number): number {
  return Math.max(1, Math.round(1 / fraction));
}

export const shareTheSpotlight = defineRule({
  id: 'share-the-spotlight',
  meta: {
    lesson: 5,
    description: "Check that a content calendar's posts amplify others often enough and promote the author rarely enough.",
    messages: {
      tooFewAmplifying:
        "Only {{amplifying}} of {{total}} posts share or credit someone else's work. Aim for about 1 in {{every}}: pass on what your community makes, and name who made it.",
      tooMuchSelfPromotion:
        '{{selfPromotion}} of {{total}} posts promote your own work. Keep it under about 1 in {{every}}, and fill the rest with value and other people\'s work.',
    },
    options: z.object({
      /** The least share of drafts that should amplify others: about 1 in 3. */
      minAmplifying: z._default(share, 0.3),
      /** The largest share of drafts that may promote the author: about 1 in 5. */
      maxSelfPromotion: z._default(share, 0.2),
      /** Calendars smaller than this are too small to judge. */
      minDrafts: z._default(z.number().check(z.int(), z.minimum(1)), 3),
    }),
    defaultSeverity: 'warning',
    hasSuggestions: false,
    scope: 'batch',
  },
  checkBatch({ entries, options, report }) {
    // Replies, comments and DMs are conversation, not the calendar: only what goes out to the
    // author's own audience is weighed.
    const published = entries.flatMap((entry, index) => (entry.draft.kind === 'post' || entry.draft.kind === 'share' ? [index] : []));
    const total = published.length;
    if (total < options.minDrafts) return;
    const notAmplifying: number[] = [];
    const promoting: number[] = [];
    for (const index of published) {
      const entry = entries[index]!;
      if (!isAmplifying(entry.draft, entry.doc)) notAmplifying.push(index);
      if (isSelfPromotion(entry)) promoting.push(index);
    }
    const amplifying = total - notAmplifying.length;
    if (amplifying / total < options.minAmplifying) {
      report({
        messageId: 'tooFewAmplifying',
        data: { amplifying, total, every: oneIn(options.minAmplifying) },
        drafts: notAmplifying,
      });
    }
    if (promoting.length / total > options.maxSelfPromotion) {
      report({
        messageId: 'tooMuchSelfPromotion',
        data: { selfPromotion: promoting.length, total, every: oneIn(options.maxSelfPromotion) },
        drafts: promoting,
      });
    }
  },
});
