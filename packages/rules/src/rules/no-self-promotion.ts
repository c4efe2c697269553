import * as z from 'zod/mini';
import { defineRule } from '../define-rule.js';
import { isPromotional, measurePromotion, PROMOTION_THRESHOLD } from '../promotion.js';

/** Enough quoted phrases to show why, few enough to read. */
const MAX_PHRASES = 3;

export const noSelfPromotion = defineRule({
  id: 'no-self-promotion',
  meta: {
    lesson: 6,
    description: 'Flag drafts that sell or ask for follows and subscriptions while giving the reader nothing.',
    messages: {
      selfPromotion: 'This reads as self-promotion ({{phrases}}) and gives the reader nothing. Lead with something useful to them: a tip, a lesson, a free resource.',
      valueFirst: 'Shares your own work and gives the reader something useful with it.',
    },
    options: z.object({
      threshold: z._default(z.number().check(z.positive()), PROMOTION_THRESHOLD),
    }),
    defaultSeverity: 'warning',
    hasSuggestions: false,
    scope: 'draft',
    docs: {
      rationale:
        'Lesson 6 is to provide value. A feed of "buy", "follow me" and "check out my channel" asks the reader for attention and gives nothing back, and people learn to scroll past the author. News about your own work is welcome when it comes with something the reader can use.',
      howToFix:
        'Lead with what the reader gets: the lesson you learned, a tip, a free chapter, an answer. Mention your product or channel after that, once, without a row of calls to action.',
      correct: [
        {
          draft: { text: 'My new e-book on content strategy is out, and the first chapter is free for anyone here: it covers how to plan a month of posts.' },
          note: 'Launch news that hands the reader something useful first.',
        },
        { draft: { text: 'Three things I learned from running a weekly tweet chat: prepare the questions, invite the fans, thank every guest.' } },
        { draft: { text: 'Loved this cover, the harmonies in the second verse are beautiful.', kind: 'comment' } },
      ],
      incorrect: [
        { draft: { text: 'BUY my new course today!! 50% off with code SAVE50, link in bio. Follow me for more!' } },
        {
          draft: { text: 'Subscribe to my channel for daily videos!', kind: 'comment', replyingTo: { author: '@chefanna', text: 'My tomato sauce, step by step.' } },
          note: "A call to subscribe left in someone else's comments.",
        },
      ],
    },
  },
  appliesTo: (draft) => draft.kind !== 'dm',
  check({ draft, doc, options, report, praise }) {
    const measure = measurePromotion(draft, doc);
    const { signals, promotion, value } = measure;
    if (signals.length === 0) return;
    const first = signals[0]!;
    const last = signals[signals.length - 1]!;
    if (isPromotional(measure, options.threshold)) {
      const phrases = [...new Set(signals.map((s) => `"${s.text.replace(/\s+/gu, ' ')}"`))].slice(0, MAX_PHRASES).join(', ');
      report({ messageId: 'selfPromotion', data: { phrases }, range: [first.start, last.end] });
    } else if (value >= promotion && signals.some((s) => s.kind === 'ownWork')) {
      praise({ messageId: 'valueFirst', range: [first.start, last.end] });
    }
  },
});
