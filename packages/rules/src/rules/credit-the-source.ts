import { findCredits } from '../credit.js';
import { defineRule, noOptions } from '../define-rule.js';
import { findTermsIn } from '../lexicon-index.js';
import { attributionVerbs } from '../lexicons/credit.js';
import { findName } from '../names.js';
import { normaliseHandle, type Span, type TextDoc } from '../text.js';

/**
 * A quotation in straight or curly double quotes, bounded so an unclosed quote stays linear. A
 * doubled quote ("") is an escaped quote mark, not a quotation.
 */
const QUOTATION = /(?<!["“”])["“]([^"“”\n]{1,600})["”](?!["“”])/gu;
/**
 * Someone's saying is a sentence of its own: at least this many words, opening with a capital,
 * at the start of the draft or of a sentence. Shorter or mid-sentence quotes are scare quotes,
 * titles or reported phrases.
 */
const MIN_QUOTE_WORDS = 6;
const SAYING_START = /^[.…\s]*\p{Lu}/u;
const SENTENCE_BEFORE = /(?:^|[.!?:\n—–(-])\s*$/u;
/** "— Maya Angelou", "- @sam", "~ Toby": a dash or tilde before a name signs a quotation. */
const SIGNATURE = /(?:^|\s|["”])[—–~-]\s*@?\p{Lu}|[—–]\s*@?\p{L}/u;
/** "Waitress: “…”": a speaker named before a colon. */
const SPEAKER_BEFORE = /\p{Lu}[\p{L}'’.-]{0,30}\s?:\s*$/u;
/** Enough text before a quotation to see a sentence boundary or a speaker's name. */
const LOOKBACK = 40;

function quotations(text: string): Span[] {
  QUOTATION.lastIndex = 0;
  const found: Span[] = [];
  for (const match of text.matchAll(QUOTATION)) {
    const quoted = match[1]!;
    if (quoted.trim().split(/\s+/u).length < MIN_QUOTE_WORDS || !SAYING_START.test(quoted)) continue;
    if (!SENTENCE_BEFORE.test(text.slice(Math.max(0, match.index - LOOKBACK), match.index))) continue;
    found.push({ text: match[0], start: match.index, end: match.index + match[0].length });
  }
  return found;
}

function hasSpeakerLabel(text: string, quotes: readonly Span[]): boolean {
  return quotes.some((quote) => SPEAKER_BEFORE.test(text.slice(Math.max(0, quote.start - LOOKBACK), quote.start)));
}

/** The text with the quotations blanked out, so the quoted words cannot attribute themselves. */
function outsideQuotations(text: string, quotes: readonly Span[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const quote of quotes) {
    parts.push(text.slice(at, quote.start), ' '.repeat(quote.end - quote.start));
    at = quote.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

function creditsSomeone(doc: TextDoc): boolean {
  return doc.mentions.length > 0 || findCredits(doc).length > 0;
}

function attributesQuotation(doc: TextDoc, quotes: readonly Span[]): boolean {
  const outside = outsideQuotations(doc.text, quotes);
  const credited = (span: Span) => quotes.every((q) => span.end <= q.start || span.start >= q.end);
  return (
    doc.mentions.some(credited) ||
    findCredits(doc).some(credited) ||
    findTermsIn(doc, attributionVerbs).some(credited) ||
    SIGNATURE.test(outside) ||
    hasSpeakerLabel(doc.text, quotes)
  );
}

function sameHandle(a: string, b: string): boolean {
  return normaliseHandle(a) === normaliseHandle(b);
}

export const creditTheSource = defineRule({
  id: 'credit-the-source',
  meta: {
    lesson: 5,
    description: 'Require shares, reposts and quotes to name the person who made the original.',
    messages: {
      uncredited: "This shares {{author}}'s work without naming them. Credit the creator with their @handle or name, \"via\" or \"h/t\".",
      noSource: 'This share does not say whose work it is. Name the creator with their @handle or name, "via" or "h/t".',
      unattributedQuote: 'This quotation does not say who said it. Name the source, e.g. "— Name" or "via @handle".',
      addCredit: 'Add "(via {{author}})".',
      creditsCreator: 'Names {{author}}, who made what you share.',
    },
    options: noOptions,
    defaultSeverity: 'warning',
    hasSuggestions: true,
    scope: 'draft',
  },
  // Quotes in replies, comments and DMs usually quote the thread back to it, so only posts are checked for them.
  appliesTo: (draft) => draft.kind === 'share' || draft.sharing !== undefined || (draft.kind === 'post' && quotations(draft.text).length > 0),
  check({ draft, doc, report, praise }) {
    const author = draft.sharing?.author;
    // Re-sharing your own post needs no credit: you are the source.
    if (author !== undefined && draft.author && sameHandle(author, draft.author.handle)) return;
    if (author !== undefined && author.trim() !== '') {
      const named = findName(doc, author);
      if (named) {
        praise({ messageId: 'creditsCreator', data: { author }, range: [named.start, named.end] });
        return;
      }
      const end = doc.trimmedRange[1];
      report({
        messageId: 'uncredited',
        data: { author },
        suggestions: [{ messageId: 'addCredit', data: { author }, fix: { range: [end, end], text: ` (via ${author})` } }],
      });
      return;
    }
    if (draft.kind === 'share' || draft.sharing !== undefined) {
      if (!creditsSomeone(doc)) report({ messageId: 'noSource' });
      return;
    }
    const quotes = quotations(doc.text);
    if (quotes.length === 0 || attributesQuotation(doc, quotes)) return;
    for (const quote of quotes) report({ messageId: 'unattributedQuote', range: [quote.start, quote.end] });
  },
});
