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
    docs: {
      rationale:
        'Online you cannot walk up, shake hands and say your name, and a stranger does not know you. A request that arrives before an introduction reads as a demand from nobody; the same request after "I\'m Toby, I host #FoodTVChat, and I loved your talk" is the start of a conversation.',
      howToFix:
        'Open with who you are and why you are writing to this person in particular (what you read, heard or have in common), then ask.',
      correct: [
        {
          draft: {
            text: "Hi Paul, I'm Toby and I host #FoodTVChat. I read your post on guest lists. Could you share how you find guests?",
            kind: 'dm',
            recipient: { handle: '@paulchaney', relationship: 'stranger' },
          },
        },
        {
          draft: { text: 'Can you send me the slides?', kind: 'dm', recipient: { handle: '@caryl', relationship: 'friend' } },
          note: 'Friends know who you are.',
        },
      ],
      incorrect: [
        {
          draft: { text: 'Can you send me your client list?', kind: 'dm', recipient: { handle: '@paulchaney', relationship: 'stranger' } },
        },
        {
          draft: {
            text: "I'm Sam, a designer. Could you review my portfolio?",
            kind: 'dm',
            recipient: { handle: '@maria.lopez', relationship: 'stranger' },
          },
          note: 'It says who, but not why this person.',
        },
      ],
    },
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
