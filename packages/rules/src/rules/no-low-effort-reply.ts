import { isTalkingToSomeone } from '../conversation-kinds.js';
import { defineRule, noOptions } from '../define-rule.js';
import type { Draft } from '../draft.js';
import { findTermsIn, hasTermIn } from '../lexicon-index.js';
import { emptyPraise, praiseGlue } from '../lexicons/empty-praise.js';
import { gratitude } from '../lexicons/gratitude.js';
import { TextDoc } from '../text.js';

/** An emoji: a reply of nothing else says nothing. */
const EMOJI = /\p{Extended_Pictographic}/u;
const GLUE: ReadonlySet<string> = new Set(praiseGlue.terms);
/** Every word that can take part in stock praise: a reply with any other word is not empty. */
const PRAISE_WORDS: ReadonlySet<string> = new Set(
  [...praiseGlue.terms, ...emptyPraise.terms].flatMap((term) => new TextDoc(term).words.map((word) => word.lower)),
);

/** Thanking someone who shared or mentioned you is the whole point of the reply (lesson 3). */
function thanksASharer(draft: Draft, doc: TextDoc): boolean {
  const trigger = draft.trigger?.type;
  return (trigger === 'share' || trigger === 'mention') && hasTermIn(doc, gratitude);
}

export type EmptyReply = 'praise' | 'emoji';

/**
 * Whether a draft says nothing but stock praise ("Great post!", "+1") or emoji. A link is
 * something to read, so it is judged by other rules. Other rules
 * use it too, so a reply with nothing in it gets one finding, not one from each rule.
 */
export function findEmptyReply(draft: Draft, doc: TextDoc): EmptyReply | undefined {
  if (doc.trimmedRange[1] === 0 || doc.urls.length > 0) return undefined;
  if (!doc.words.every((word) => PRAISE_WORDS.has(word.lower))) return undefined;
  if (thanksASharer(draft, doc)) return undefined;
  const praise = findTermsIn(doc, emptyPraise);
  let next = 0;
  for (const word of doc.words) {
    while (next < praise.length && praise[next]!.end <= word.start) next++;
    const inPraise = next < praise.length && praise[next]!.start <= word.start;
    if (!inPraise && !GLUE.has(word.lower)) return undefined;
  }
  if (praise.length > 0) return 'praise';
  return EMOJI.test(doc.text) ? 'emoji' : undefined;
}

export const noLowEffortReply = defineRule({
  id: 'no-low-effort-reply',
  meta: {
    lesson: 4,
    description: 'Flag replies that add nothing: \'Great post!\', \'+1\', \'So true\', emoji alone.',
    messages: {
      stockPraise:
        '"{{reply}}" could be left under any post. Say what struck you, add something you know, or ask a question.',
      emojiOnly: 'Emoji on their own add nothing to the conversation. Add a sentence about what you liked or want to know.',
    },
    options: noOptions,
    defaultSeverity: 'warning',
    hasSuggestions: false,
    scope: 'draft',
  },
  appliesTo: isTalkingToSomeone,
  check({ draft, doc, report }) {
    const empty = findEmptyReply(draft, doc);
    if (!empty) return;
    const range = doc.trimmedRange;
    if (empty === 'emoji') report({ messageId: 'emojiOnly', range });
    else report({ messageId: 'stockPraise', data: { reply: doc.text.slice(range[0], range[1]) }, range });
  },
});
