import * as z from 'zod/mini';
import { contentWords } from '../content-words.js';
import { defineRule } from '../define-rule.js';
import type { Range } from '../finding.js';
import { findTermsIn } from '../lexicon-index.js';
import { fillerPhrases } from '../lexicons/filler.js';
import type { Span, TextDoc } from '../text.js';

/** A post that opens with @handle is addressed to someone, as a reply is: lesson 4 judges it. */
const ADDRESSED = /^\s*\.?@[\p{L}\p{N}_]/u;

/** Content words outside filler phrases. Both lists are sorted by position, so this is linear. */
function wordsBeyondFiller(doc: TextDoc, filler: readonly Span[]): number {
  let count = 0;
  let f = 0;
  for (const word of contentWords(doc)) {
    while (f < filler.length && filler[f]!.end <= word.start) f++;
    const phrase = filler[f];
    if (phrase && phrase.start <= word.start && word.end <= phrase.end) continue;
    count++;
  }
  return count;
}

/** Nothing but white space, including the invisible kinds a paste can leave. */
function isBlank(text: string): boolean {
  return /^[\s\u200b-\u200d\u2060\ufeff]*$/u.test(text);
}

function spanning(spans: readonly Span[]): Range {
  let start = Infinity;
  let end = 0;
  for (const span of spans) {
    start = Math.min(start, span.start);
    end = Math.max(end, span.end);
  }
  return [start, end];
}

export const noEmptyPost = defineRule({
  id: 'no-empty-post',
  meta: {
    lesson: 6,
    description: 'Flag posts with nothing in them for the reader: filler, a bare link, or only hashtags or emoji.',
    messages: {
      filler: '"{{filler}}" gives the reader nothing to learn, use or answer. Add the point you want to make.',
      bareLink: 'This post is a bare link. Say in a sentence what the reader will find there and why it is worth their time.',
      noWords: 'This post has no words, only hashtags, mentions or emoji. Say what you want the reader to know.',
      empty: 'This draft is empty. Write what you want to say before it goes out.',
    },
    options: z.object({
      minContentWords: z._default(z.number().check(z.int(), z.minimum(1)), 1),
    }),
    defaultSeverity: 'warning',
    hasSuggestions: false,
    scope: 'draft',
  },
  // An empty draft of any kind has nothing in it; otherwise replies and DMs are lesson 4's.
  appliesTo: (draft) => isBlank(draft.text) || ((draft.kind === 'post' || draft.kind === 'share') && !ADDRESSED.test(draft.text)),
  check({ doc, options, report }) {
    if (isBlank(doc.text)) {
      report({ messageId: 'empty' });
      return;
    }
    const filler = findTermsIn(doc, fillerPhrases);
    if (wordsBeyondFiller(doc, filler) >= options.minContentWords) return;
    if (doc.urls.length > 0) {
      report({ messageId: 'bareLink', range: spanning(doc.urls) });
    } else if (doc.words.length > 0) {
      const range = spanning([...filler, ...doc.words]);
      report({ messageId: 'filler', data: { filler: doc.text.slice(range[0], range[1]) }, range });
    } else {
      report({ messageId: 'noWords' });
    }
  },
});
