import * as z from 'zod/mini';
import { isQuestionToReader } from '../asks.js';
import { contentStems, contentWords, isFunctionWord } from '../content-words.js';
import { defineRule } from '../define-rule.js';
import { acknowledgements } from '../lexicons/function-words.js';
import { findName } from '../names.js';
import { TextDoc, type Span } from '../text.js';
import { topicStem } from '../topic-stem.js';
import { findEmptyReply } from './no-low-effort-reply.js';

const ACKNOWLEDGEMENT_WORDS: ReadonlySet<string> = new Set(acknowledgements.terms.filter((term) => !term.includes(' ')));
/** Fewer content words than this, and the original has no point to pick up. */
const MIN_WORDS_TO_BE_A_POINT = 3;
/**
 * Titles ("Party Rock Anthem ft. Lauren Bennett") have no grammar words; posts always do. A
 * comment on a video title is about the video, so sharing no word with the title says nothing.
 */
const MIN_GRAMMAR_WORDS_IN_PROSE = 2;

function sharesHashtag(reply: TextDoc, original: TextDoc): boolean {
  const tags = new Set(original.hashtags.map((tag) => tag.text.toLowerCase()));
  return reply.hashtags.some((tag) => tags.has(tag.text.toLowerCase()));
}

function makesAPoint(original: TextDoc): boolean {
  const grammarWords = original.words.filter(isFunctionWord).length;
  return grammarWords >= MIN_GRAMMAR_WORDS_IN_PROSE && original.words.length - grammarWords >= MIN_WORDS_TO_BE_A_POINT && !isHeadline(original);
}

/** A headline is one line with no closing stop: "Remote workers are happier, study finds". */
const ENDS_A_SENTENCE = /[.!?…:;)"”]\s*$/u;
const CAPITALISED = /^\p{Lu}/u;

/**
 * Whether the text reads as a headline or a title: one line, one sentence, and no full stop,
 * or most of its content words capitalised. A reply to a headline is about the story behind
 * it, so it need not share the headline's words.
 */
function isHeadline(original: TextDoc): boolean {
  const text = original.text.trim();
  if (text.includes('\n') || original.sentences.length > 1) return false;
  if (!ENDS_A_SENTENCE.test(text)) return true;
  const content = contentWords(original);
  return content.length > 0 && content.filter((word) => CAPITALISED.test(word.text)).length * 2 > content.length;
}

function questions(doc: TextDoc): Span[] {
  return doc.sentences.filter((sentence) => sentence.text.endsWith('?'));
}

export const extendTheConversation = defineRule({
  id: 'extend-the-conversation',
  meta: {
    lesson: 4,
    description: 'Ask replies to connect to what they answer and add a thought, information or a question.',
    messages: {
      curt: '"{{reply}}" answers {{author}} without adding anything. Add a thought, some information or a question.',
      disconnected:
        'This reply does not connect to what {{author}} said. Pick up their point or question, or name them, so they know you read it.',
      asksQuestion: 'This reply asks {{author}} a real question, which keeps the conversation going.',
    },
    options: z.object({
      /** A reply this long that shares nothing with the post reads as changing the subject. */
      minWordsToJudgeTopic: z._default(z.number().check(z.int(), z.minimum(1)), 4),
    }),
    defaultSeverity: 'warning',
    hasSuggestions: false,
    scope: 'draft',
  },
  appliesTo: (draft) => draft.replyingTo !== undefined && draft.kind !== 'share' && draft.kind !== 'post',
  check({ draft, doc, options, report, praise }) {
    const original = draft.replyingTo!;
    // Exports often give the post answered without its author; the messages then say "the author".
    const author = original.author ?? 'the author';
    if (doc.trimmedRange[1] === 0 || findEmptyReply(draft, doc)) return;

    const own = contentWords(doc).filter((word) => !ACKNOWLEDGEMENT_WORDS.has(word.lower));
    const asked = questions(doc);
    const informs = doc.urls.length > 0;
    if (own.length === 0 && asked.length === 0 && !informs) {
      const range = doc.trimmedRange;
      report({ messageId: 'curt', data: { reply: doc.text.slice(range[0], range[1]), author }, range });
      return;
    }

    const originalDoc = new TextDoc(original.text);
    const theirs = contentStems(originalDoc);
    const namesThem = original.author !== undefined && findName(doc, original.author) !== undefined;
    const sharesTopic = own.some((word) => theirs.has(topicStem(word.text))) || sharesHashtag(doc, originalDoc);
    const answersTheirQuestion = originalDoc.text.includes('?');
    const asksThem = asked.some(isQuestionToReader);
    const connects = namesThem || sharesTopic || answersTheirQuestion || asksThem;

    if (!connects && own.length >= options.minWordsToJudgeTopic && makesAPoint(originalDoc)) {
      report({ messageId: 'disconnected', data: { author } });
      return;
    }
    const question = asked[0];
    if (question && connects) praise({ messageId: 'asksQuestion', data: { author }, range: [question.start, question.end] });
  },
});
