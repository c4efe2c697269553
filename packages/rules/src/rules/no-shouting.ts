import * as z from 'zod/mini';
import { defineRule } from '../define-rule.js';
import type { Lexicon } from '../lexicon.js';
import { hasTermWithin } from '../lexicon-index.js';
import { enthusiasm, joyfulEmoji } from '../lexicons/tone.js';
import { isTalkingToSomeone } from '../conversation-kinds.js';
import { readsCross } from '../mood.js';
import { TextDoc, type Span } from '../text.js';
import { voicesWarmFeeling } from '../tone.js';
import { spanAt } from '../spans.js';

const EXCLAMATION_RUN = /!{2,}(?:[!?1]*)/gu;
const UPPER = /\p{Lu}/gu;
const HAS_LOWER = /\p{Ll}/u;
const TWO_CAPITAL_WORDS = /\p{Lu}[^\p{L}]+\p{Lu}/u;
const JOYFUL_EMOJI = new Set((joyfulEmoji as Lexicon).terms);
const EMOJI = /\p{Extended_Pictographic}/gu;
/** How far past a sentence an emoji still belongs to it: "So proud!!! 🎉🎉". */
const EMOJI_REACH = 8;

/** Whether a sentence is loud with delight ("HAPPY BIRTHDAY!!! 🎉") rather than anger. */
/**
 * The sentence in sentence case. Handles, hashtags and links keep their case: a link's path is
 * case-sensitive, and "@NASA" is a name.
 */
function toSentenceCase(doc: TextDoc, sentence: Span): string {
  const prose = doc.prose;
  let result = '';
  let capitalised = false;
  for (let i = sentence.start; i < sentence.end; i++) {
    const char = doc.text[i]!;
    const isToken = prose[i] !== char;
    if (isToken || !/\p{L}/u.test(char)) result += char;
    else if (!capitalised) {
      result += char;
      capitalised = true;
    } else result += char.toLowerCase();
  }
  return result;
}

function isJoyful(doc: TextDoc, sentence: Span): boolean {
  const words = doc.prose.slice(sentence.start, sentence.end);
  if (hasTermWithin(doc, enthusiasm, sentence.start, sentence.end, true) || voicesWarmFeeling(new TextDoc(words))) return true;
  // Searched in the sentence and its reach only, so each sentence costs its own length. An emoji
  // counts if it starts within the reach: the text searched runs one unit on, so that one starting
  // at its last place is not cut in half.
  const reach = sentence.end + EMOJI_REACH - sentence.start;
  const near = doc.text.slice(sentence.start, sentence.start + reach + 1);
  EMOJI.lastIndex = 0;
  for (let match = EMOJI.exec(near); match && match.index < reach; match = EMOJI.exec(near)) if (JOYFUL_EMOJI.has(match[0])) return true;
  return false;
}

export const noShouting = defineRule({
  id: 'no-shouting',
  meta: {
    lesson: 1,
    description: 'Flag all-caps sentences and piles of exclamation marks.',
    messages: {
      allCaps: 'This sentence is in capitals, which reads as shouting. Write it in sentence case.',
      exclamations: '"{{marks}}" reads as shouting. One exclamation mark is enough.',
      useSentenceCase: 'Rewrite in sentence case.',
      useOneMark: 'Use a single "!".',
    },
    options: z.object({
      minLetters: z._default(z.number().check(z.int(), z.minimum(2)), 8),
      maxExclamations: z._default(z.number().check(z.int(), z.minimum(1)), 2),
    }),
    defaultSeverity: 'warning',
    hasSuggestions: true,
    scope: 'draft',
  },
  check({ draft, doc, options, report }) {
    let loudness: 'info' | undefined;
    let judged = false;
    // Capitals and "!!!" raise the voice at someone when the draft is cross; in a draft that is
    // not, they are excitement and only worth a note.
    const severity = (): 'info' | undefined => {
      if (!judged) {
        loudness = readsCross(doc, isTalkingToSomeone(draft)) ? undefined : 'info';
        judged = true;
      }
      return loudness;
    };
    for (const sentence of doc.sentences) {
      // Handles and hashtags (#MAGA, @NASA) are names, not raised voices.
      const words = doc.prose.slice(sentence.start, sentence.end);
      // One capitalised word ("ATTENTION") is emphasis; a sentence of them is a raised voice.
      if (HAS_LOWER.test(words) || !TWO_CAPITAL_WORDS.test(words)) continue;
      // Someone else's words, quoted and attributed, are not the writer raising their voice.
      if (spanAt(doc.quotations, sentence.start)) continue;
      const upper = words.match(UPPER)?.length ?? 0;
      if (upper >= options.minLetters && !isJoyful(doc, sentence)) {
        const sentenceCase = toSentenceCase(doc, sentence);
        report({
          messageId: 'allCaps',
          range: [sentence.start, sentence.end],
          severity: severity(),
          suggestions: [{ messageId: 'useSentenceCase', fix: { range: [sentence.start, sentence.end], text: sentenceCase } }],
        });
      }
    }
    EXCLAMATION_RUN.lastIndex = 0;
    for (const match of doc.text.matchAll(EXCLAMATION_RUN)) {
      const marks = match[0];
      if ((marks.match(/!/gu)?.length ?? 0) <= options.maxExclamations) continue;
      const start = match.index;
      if (spanAt(doc.quotations, start)) continue;
      const sentence = spanAt(doc.sentences, start);
      if (sentence && isJoyful(doc, sentence)) continue;
      report({
        messageId: 'exclamations',
        data: { marks },
        range: [start, start + marks.length],
        severity: severity(),
        suggestions: [{ messageId: 'useOneMark', fix: { range: [start, start + marks.length], text: '!' } }],
      });
    }
  },
});
