import * as z from 'zod/mini';
import { defineRule } from '../define-rule.js';
import type { Draft } from '../draft.js';
import { firstTerm } from '../lexicon.js';
import { GRATITUDE_EMOJI, gratitude } from '../lexicons/gratitude.js';
import { findName } from '../names.js';
import type { Span, TextDoc } from '../text.js';

function sharedOrMentioned(draft: Draft): boolean {
  return draft.trigger?.type === 'share' || draft.trigger?.type === 'mention';
}

function findThanks(doc: TextDoc): Span | undefined {
  const words = firstTerm(gratitude, doc.prose);
  const emoji = GRATITUDE_EMOJI.exec(doc.text);
  if (!emoji) return words;
  if (words && words.start < emoji.index) return words;
  return { text: emoji[0], start: emoji.index, end: emoji.index + emoji[0].length };
}

export const thankSharers = defineRule({
  id: 'thank-sharers',
  meta: {
    lesson: 3,
    description: 'Ask replies to a share or mention to thank that person, ideally by name.',
    messages: {
      sharedWithoutThanks: '{{by}} shared your work with their followers. Thank them, ideally by name.',
      mentionedWithoutThanks: '{{by}} mentioned you. Thank them, ideally by name.',
      addName: 'Thank {{by}} by name, so the thanks is clearly theirs.',
      prependThanks: 'Start with "Thank you, {{by}}! "',
      nameAfterThanks: 'Add ", {{by}}" after the thanks.',
      thankedByName: 'You thank {{by}} by name.',
    },
    options: z.object({
      /** Also ask for the sharer's name when the draft thanks without it. Off by default: "ty!" is a real thank-you. */
      requireName: z._default(z.boolean(), false),
    }),
    defaultSeverity: 'warning',
    hasSuggestions: true,
    scope: 'draft',
  },
  appliesTo: sharedOrMentioned,
  check({ draft, doc, options, report, praise }) {
    const trigger = draft.trigger!;
    const by = trigger.by;
    const thanks = findThanks(doc);
    if (!thanks) {
      const messageId = trigger.type === 'share' ? 'sharedWithoutThanks' : 'mentionedWithoutThanks';
      const fix = { range: [0, 0] as const, text: `Thank you, ${by}! ` };
      report({ messageId, data: { by }, suggestions: [{ messageId: 'prependThanks', data: { by }, fix }] });
      return;
    }
    const name = findName(doc, by);
    if (name) {
      praise({ messageId: 'thankedByName', data: { by }, range: [thanks.start, thanks.end] });
    } else if (options.requireName) {
      const fix = { range: [thanks.end, thanks.end] as const, text: `, ${by}` };
      report({ messageId: 'addName', data: { by }, range: [thanks.start, thanks.end], suggestions: [{ messageId: 'nameAfterThanks', data: { by }, fix }] });
    }
  },
});
