import * as z from 'zod/mini';
import { defineRule } from '../define-rule.js';
import type { Draft } from '../draft.js';
import type { Fix } from '../finding.js';
import { findHostility, type HostileHit } from '../hostility.js';
import { readsBenignToModel, readsHostileToModel } from '../hostility-model.js';
import { findTerms } from '../lexicon.js';
import { hasTermWithin } from '../lexicon-index.js';
import { acknowledgements } from '../lexicons/function-words.js';
import { profaneIntensifiers, profanity } from '../lexicons/hostility.js';
import { coldReplies } from '../lexicons/tone.js';
import { findPersonalNegativity } from '../mood.js';
import { withoutOverlapping } from '../spans.js';
import { TextDoc } from '../text.js';
import { estimateWarmth, warmestPhrase } from '../tone.js';

/** Marks that carry tone in writing: an exclamation, an emoji, a smiley. */
const TONE_CUE = /[!\p{Extended_Pictographic}]|[:;]-?[)D]/u;
const REPLY_KINDS = new Set<Draft['kind']>(['reply', 'comment', 'dm']);

function isReply(draft: Draft): boolean {
  return REPLY_KINDS.has(draft.kind) || draft.replyingTo !== undefined || (draft.thread?.length ?? 0) > 0;
}

/** The message a reply answers: what it replies to, or the last message of its thread. */
function answeredText(draft: Draft): string | undefined {
  return draft.replyingTo?.text ?? draft.thread?.[draft.thread.length - 1]?.text;
}

/** The longest stock phrase a whole draft may be, in characters. */
const STOCK_PHRASE_LENGTH = 30;
const STOCK_PHRASE_GAP = /[.,?…\s]/u;

/** Whether more than `limit` characters of `text` are no punctuation or space: then it is no stock phrase. Stops at `limit`. */
function exceedsWords(text: string, limit: number): boolean {
  let count = 0;
  for (let i = 0; i < text.length; i++) if (!STOCK_PHRASE_GAP.test(text[i]!) && ++count > limit) return true;
  return false;
}

/** The whole draft, when it is one stock phrase with nothing to warm it. */
function wholeDraftAs(doc: TextDoc, lexicon: typeof coldReplies): boolean {
  // Counted before the text is rewritten, so a long draft costs a few characters' look, not a copy.
  if (exceedsWords(doc.prose, STOCK_PHRASE_LENGTH) || TONE_CUE.test(doc.text)) return false;
  const bare = doc.prose.replace(/[.,?…\s]+/gu, ' ').trim();
  if (bare === '' || bare.length > STOCK_PHRASE_LENGTH) return false;
  const match = findTerms(lexicon, bare)[0];
  return match !== undefined && match.start === 0 && match.end === bare.length;
}

/** Deletes a swear word that only intensifies the next word, keeping a capital at the start. */
function dropIntensifier(doc: TextDoc, hit: HostileHit): Fix | undefined {
  if (!hasTermWithin(doc, profaneIntensifiers, hit.start, hit.end)) return undefined;
  const gap = /^ +(?=\p{L})/u.exec(doc.text.slice(hit.end, hit.end + 8));
  if (!gap) return undefined;
  const nextLetter = hit.end + gap[0].length;
  if (!/^\p{Lu}/u.test(hit.text)) return { range: [hit.start, nextLetter], text: '' };
  return { range: [hit.start, nextLetter + 1], text: doc.text[nextLetter]!.toUpperCase() };
}

export const warmTone = defineRule({
  id: 'warm-tone',
  meta: {
    lesson: 1,
    description: 'Flag negativity aimed at people and curt replies that read cold without tone cues; praise warm drafts.',
    messages: {
      profanity: '"{{word}}" is profanity. In writing, with no tone of voice to soften it, it reads harsh.',
      praiseProfanity: '"{{word}}" is swearing used as praise. Friends will read it as warmth; a stranger may still read it as harsh.',
      readsHostile: 'Most readers would take this as offensive, "{{word}}" most of all, though it is aimed at no one in particular. Say what you mean without the edge.',
      emphaticProfanity: '"{{word}}" is swearing for emphasis, aimed at nobody. Friends will read it as energy; a stranger may still read it as harsh.',
      harshWord: '"{{word}}" is a harsh word. With no tone of voice to soften it, it lands on whoever reads it.',
      dropIntensifier: 'Drop "{{word}}".',
      personalNegativity: '"{{phrase}}" makes it about the person rather than the point. Say what you would like to see instead.',
      curtReply: '"{{reply}}" is the whole reply. Without a face or a voice it reads cold: add a reason or a word of warmth.',
      warm: '"{{phrase}}" warms the message, the way a smile would face to face.',
    },
    options: z.object({
      /** Communities that swear among friends can turn the profanity check off. */
      allowProfanity: z._default(z.boolean(), false),
      /** The warmth (0..100) at which a draft gets praise. */
      praiseAt: z._default(z.number().check(z.minimum(50), z.maximum(100)), 70),
    }),
    defaultSeverity: 'warning',
    hasSuggestions: true,
    scope: 'draft',
  },
  check({ draft, doc, options, report, praise }) {
    const hostility = findHostility(doc);
    let flagged = hostility.some((hit) => hit.targeted);

    // Where readers would hardly take the draft as offensive, a harsh word or a swear word aimed
    // at nobody is worth a note, not a warning.
    let benignReading: boolean | undefined;
    const benign = () => (benignReading ??= readsBenignToModel(doc));
    for (const hit of hostility) {
      if (hit.targeted || hit.kind !== 'putDown') continue;
      flagged = true;
      report({ messageId: 'harshWord', data: { word: hit.text }, range: [hit.start, hit.end], ...(benign() && { severity: 'info' as const }) });
    }

    if (!options.allowProfanity) {
      for (const hit of hostility) {
        if (hit.targeted || hit.kind !== 'profanity') continue;
        flagged = true;
        const word = hit.text;
        const fix = dropIntensifier(doc, hit);
        report({
          // Swearing that praises or only adds emphasis, aimed at nobody, is worth a note only.
          messageId: hit.asPraise ? 'praiseProfanity' : hit.asEmphasis ? 'emphaticProfanity' : 'profanity',
          data: { word },
          range: [hit.start, hit.end],
          ...((hit.asPraise || hit.asEmphasis || benign()) && { severity: 'info' as const }),
          ...(fix && { suggestions: [{ messageId: 'dropIntensifier' as const, data: { word }, fix }] }),
        });
      }
    }

    // One sweep: both lists are sorted by start, and the hits do not overlap each other.
    for (const match of withoutOverlapping(findPersonalNegativity(doc), hostility.filter((hit) => hit.targeted))) {
      flagged = true;
      report({ messageId: 'personalNegativity', data: { phrase: match.text }, range: [match.start, match.end] });
    }

    // The model's second opinion: offensive as a whole, on the strength of a word it can name,
    // where no rule has found anything to say.
    if (!flagged) {
      const strongest = readsHostileToModel(doc, options.allowProfanity ? (word) => hasTermWithin(doc, profanity, word.start, word.end) : undefined);
      if (strongest) {
        flagged = true;
        report({ messageId: 'readsHostile', data: { word: strongest.word.text }, range: [strongest.word.start, strongest.word.end] });
      }
    }

    if (isReply(draft)) {
      const answered = answeredText(draft);
      const answersWarmth = answered !== undefined && estimateWarmth(new TextDoc(answered)) > 50;
      if (wholeDraftAs(doc, coldReplies) || (answersWarmth && wholeDraftAs(doc, acknowledgements))) {
        flagged = true;
        report({ messageId: 'curtReply', data: { reply: doc.text.trim() }, range: doc.trimmedRange });
      }
    }

    if (!flagged && estimateWarmth(doc) >= options.praiseAt) {
      const phrase = warmestPhrase(doc);
      if (phrase) praise({ messageId: 'warm', data: { phrase: phrase.text }, range: [phrase.start, phrase.end] });
    }
  },
});
