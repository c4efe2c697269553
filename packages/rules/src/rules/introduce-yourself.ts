import { findIntroduction, findQuestionToReader, findReasonForWriting, findRequest } from '../asks.js';
import { defineRule, noOptions } from '../define-rule.js';
import type { Draft } from '../draft.js';
import type { Span, TextDoc } from '../text.js';

/** The first ask. In a DM, a question to the reader asks for their time too; in public it joins a conversation. */
function findAsk(draft: Draft, doc: TextDoc): Span | undefined {
  const request = findRequest(doc);
  const question = draft.kind === 'dm' ? findQuestionToReader(doc) : undefined;
  if (!request || !question) return request ?? question;
  return question.start < request.start ? question : request;
}

function writesToStranger(draft: Draft): boolean {
  return draft.recipient?.relationship === 'stranger' && draft.kind !== 'post' && draft.kind !== 'share';
}

export const introduceYourself = defineRule({
  id: 'introduce-yourself',
  meta: {
    lesson: 4,
    description: 'Ask for an introduction before a request to a stranger.',
    messages: {
      askBeforeIntroduction:
        'This asks a stranger for something before saying who you are. Introduce yourself and say why you are writing first.',
      sayWhy: 'You say who you are, but not why you are writing to {{recipient}}. Add what brought you to them.',
      introducedFirst: 'You say who you are and why you are writing before you ask: a stranger can place you.',
    },
    options: noOptions,
    defaultSeverity: 'warning',
    hasSuggestions: false,
    scope: 'draft',
  },
  appliesTo: writesToStranger,
  check({ draft, doc, report, praise }) {
    const request = findAsk(draft, doc);
    if (!request) return;
    const introduction = findIntroduction(doc);
    if (!introduction || introduction.start >= request.start) {
      report({ messageId: 'askBeforeIntroduction', range: [request.start, request.end] });
      return;
    }
    if (!findReasonForWriting(doc)) {
      report({ messageId: 'sayWhy', data: { recipient: draft.recipient!.handle }, range: [request.start, request.end] });
      return;
    }
    praise({ messageId: 'introducedFirst', range: [introduction.start, introduction.end] });
  },
});
