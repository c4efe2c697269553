import * as z from 'zod/mini';
import { defineRule } from '../define-rule.js';
import type { Draft } from '../draft.js';
import { findTermsIn } from '../lexicon-index.js';
import { functionWords } from '../lexicons/function-words.js';
import { GRATITUDE_EMOJI, gratitude } from '../lexicons/gratitude.js';
import { findName, nameMatcher } from '../names.js';
import { firstSpanFrom, spanAt } from '../spans.js';
import { normaliseHandle, type Span, type TextDoc, type Word } from '../text.js';

const FUNCTION_WORDS: ReadonlySet<string> = new Set(functionWords.terms);

function sharedOrMentioned(draft: Draft): boolean {
  return draft.trigger?.type === 'share' || draft.trigger?.type === 'mention';
}

/** A capitalised word, not all capitals: "Maria" after "Thanks". */
const NAME = /^\p{Lu}\p{Ll}/u;
/** What may stand between a thank-you and the name it is for: "Thanks, Maria". */
const BEFORE_NAME = /^[\s,]*$/u;

/** "Thanks to", with no comma between: "Thanks, to be honest ..." thanks the reader. */
const TO_AFTER_THANKS = /^\s+$/u;
/** How far past "thanks to" the person thanked may stand: "thanks to my editor Jo". */
const TO_REACH = 4;
/** Whom "thanks to ..." may name and still reach the reader. */
const READER = new Set(['you', 'u', 'ya', "y'all", 'yall', 'everyone', 'everybody', 'all']);

/**
 * Whether "thanks to ..." is for the reader: "thanks to you", "thanks to everyone who shared",
 * "thanks to Caryl". "Thanks to my editor Jo" names a third person.
 */
function thanksTheReaderThrough(words: readonly Word[], isSharer: (word: Word) => boolean): boolean {
  return words.some((word) => READER.has(word.key) || isSharer(word));
}

/**
 * Whether a thank-you is aimed at someone other than `isSharer`: a handle in its sentence, a
 * name right after it ("Thanks Maria"), or someone else after "to" in its sentence ("thanks to
 * my editor"). A thank-you that names nobody speaks to the reader.
 */
function thanksSomeoneElse(doc: TextDoc, thanks: Span, by: string, isSharer: (word: Word) => boolean): boolean {
  const sentence = spanAt(doc.sentences, thanks.start);
  if (sentence) {
    const mention = doc.mentions[firstSpanFrom(doc.mentions, sentence.start)];
    if (mention && mention.start < sentence.end) return normaliseHandle(mention.text) !== normaliseHandle(by);
  }
  const at = firstSpanFrom(doc.words, thanks.end);
  const next = doc.words[at];
  if (next?.key === 'to' && TO_AFTER_THANKS.test(doc.text.slice(thanks.end, next.start))) {
    const thanked = doc.words.slice(at + 1, at + 1 + TO_REACH).filter((word) => !sentence || word.start < sentence.end);
    return !thanksTheReaderThrough(thanked, isSharer);
  }
  if (!next || !NAME.test(next.text) || FUNCTION_WORDS.has(next.key) || !BEFORE_NAME.test(doc.text.slice(thanks.end, next.start))) return false;
  return !isSharer(next);
}

/**
 * The first thank-you aimed at the person who shared or mentioned you: one that names them, or
 * names nobody and so speaks to the reader. "Thanks @maria for the tip" thanks Maria, not the
 * sharer.
 */
function findThanks(doc: TextDoc, by: string): Span | undefined {
  // A copy: the matches are the draft's cached list, shared with other rules.
  const found: Span[] = [...findTermsIn(doc, gratitude)];
  GRATITUDE_EMOJI.lastIndex = 0;
  for (const emoji of doc.text.matchAll(GRATITUDE_EMOJI)) found.push({ text: emoji[0], start: emoji.index, end: emoji.index + emoji[0].length });
  found.sort((a, b) => a.start - b.start);
  const isSharer = nameMatcher(by);
  return found.find((thanks) => !thanksSomeoneElse(doc, thanks, by, isSharer));
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
    const thanks = findThanks(doc, by);
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
