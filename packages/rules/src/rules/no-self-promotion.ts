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
