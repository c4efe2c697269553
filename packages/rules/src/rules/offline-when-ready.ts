import * as z from 'zod/mini';
import { findInvitationToTalk, findIntroduction, findReasonForWriting, takesTalkOffline } from '../asks.js';
import { defineRule } from '../define-rule.js';
import { hasBothSides } from '../thread.js';

export const offlineWhenReady = defineRule({
  id: 'offline-when-ready',
  meta: {
    lesson: 2,
    description: 'Warn about asking a stranger for a call in a first message, and praise moving a long public exchange offline.',
    messages: {
      tooSoon:
        'This asks a stranger for "{{channel}}" in a first message. Say who you are and why you are writing, or talk in public first.',
      movedOffline: 'After {{count}} messages back and forth, inviting them to "{{channel}}" is the right moment to take it offline.',
    },
    options: z.object({
      /** How many thread messages, from both sides, make a conversation ready to move offline. */
      minExchange: z._default(z.number().check(z.int(), z.minimum(2)), 3),
    }),
    defaultSeverity: 'warning',
    hasSuggestions: false,
    scope: 'draft',
  },
  appliesTo: takesTalkOffline,
  check({ draft, doc, options, report, praise }) {
    const invitation = findInvitationToTalk(doc);
    if (!invitation) return;
    const { sentence, channel } = invitation;
    const thread = draft.thread ?? [];
    if (thread.length === 0 && draft.recipient?.relationship === 'stranger') {
      if (findIntroduction(doc) && findReasonForWriting(doc)) return;
      report({ messageId: 'tooSoon', data: { channel }, range: [sentence.start, sentence.end] });
      return;
    }
    if (thread.length >= options.minExchange && hasBothSides(draft)) {
      praise({ messageId: 'movedOffline', data: { count: thread.length, channel }, range: [sentence.start, sentence.end] });
    }
  },
});
