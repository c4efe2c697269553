import { contentStems } from './content-words.js';
import type { Draft } from './draft.js';
import { findTermsIn, findWeightedTermsIn } from './lexicon-index.js';
import { type TermMatch } from './lexicon.js';
import { DISCOUNT, HIDDEN_LINK, MAY_HOLD_HIDDEN_LINK, LOOK_ELSEWHERE_BEFORE, OWNER_BEFORE, ownWork, promotionSignals, valueSignals } from './lexicons/promotion.js';
import { findPitchPatterns } from './pitch.js';
import { withoutOverlapping } from './spans.js';
import { TextDoc, type Span } from './text.js';

/** How strongly an own-work mention ("my new course") or a discount code counts as promotion. */
const OWN_WORK_WEIGHT = 1.5;
const LOOK_ELSEWHERE_WEIGHT = 1.5;
const DISCOUNT_WEIGHT = 1.5;
/** Under someone else's post, promotion is an advert in their space, so it weighs more. */
const IN_OTHERS_SPACE_FACTOR = 1.5;
/**
 * A link left in someone else's comments sends their audience elsewhere; with little else
 * said, it is the commonest form of comment spam.
 */
const DROPPED_LINK_WEIGHT = 2;
const DROPPED_LINK_MAX_WORDS = 12;
/**
 * A link in a longer comment, or beside a question, may be a source for what it says or part of
 * a conversation, so alone it does not flag.
 */
const LINK_IN_LONG_COMMENT_WEIGHT = 1.5;
/** A link to a moment in a video ("?t=2m19s") points into the content under discussion. */
const TIMESTAMP_LINK = /[?&#]t=\d/u;
/** Sharing this many content words with the post replied to means the draft names it, so its link points back to it. */
const ECHO_WORDS = 2;
/** How far back to look before an own-work noun: enough for "take a look at this new". */
const LOOKBACK = 32;

/** How far promotion must outweigh value before a draft reads as an advert. */
export const PROMOTION_THRESHOLD = 2;

export interface PromotionSignal extends Span {
  /** A call to act or buy, a mention of the author's own work, a discount, or a dropped link. */
  kind: 'ask' | 'ownWork' | 'lookElsewhere' | 'discount' | 'droppedLink' | 'hiddenLink' | 'pattern';
  weight: number;
}

export interface PromotionMeasure {
  /** What reads as promotion, in order. */
  signals: PromotionSignal[];
  /** The sum of the signals' weights. */
  promotion: number;
  /**
   * How much the draft gives the reader: teaching, free resources, questions. Only weighed
   * when there is promotion to offset, since lint runs on every keystroke.
   */
  value: number;
}

function inSomeoneElsesSpace(draft: Draft): boolean {
  return draft.kind === 'comment' || draft.kind === 'reply';
}

/** "my new course", "check out this video": an own-work noun after "my", "our" or a pointer elsewhere. */
function workMentions(doc: TextDoc): PromotionSignal[] {
  const { prose, text } = doc;
  const signals: PromotionSignal[] = [];
  for (const noun of findTermsIn(doc, ownWork)) {
    const before = prose.slice(Math.max(0, noun.start - LOOKBACK), noun.start);
    const owner = OWNER_BEFORE.exec(before);
    const pointer = owner ? undefined : LOOK_ELSEWHERE_BEFORE.exec(before);
    const lead = owner ?? pointer;
    if (!lead) continue;
    const start = noun.start - before.length + lead.index + (lead[0].length - lead[0].replace(/^[^\p{L}\p{N}]+/u, '').length);
    signals.push({
      text: text.slice(start, noun.end),
      start,
      end: noun.end,
      kind: owner ? 'ownWork' : 'lookElsewhere',
      weight: owner ? OWN_WORK_WEIGHT : LOOK_ELSEWHERE_WEIGHT,
    });
  }
  return signals;
}

/** Weights of the pattern families: bait and audience goals ask the reader to work for the author. */
const PATTERN_WEIGHT = { outcomePromise: 2, booking: 1.5, engagementBait: 1, keywordBait: 2, audienceGoal: 2, attentionAsk: 2, ownChannel: 1.5, unitPrice: 1.5, bookingLink: 2 } as const;
const HIDDEN_LINK_WEIGHT = 2;

function patternSignals(doc: TextDoc): PromotionSignal[] {
  return findPitchPatterns(doc).map(({ kind, text, start, end }) => ({ text, start, end, kind: 'pattern' as const, weight: PATTERN_WEIGHT[kind] }));
}

function hiddenLinks(text: string): PromotionSignal[] {
  if (!MAY_HOLD_HIDDEN_LINK.test(text)) return [];
  HIDDEN_LINK.lastIndex = 0;
  return [...text.matchAll(HIDDEN_LINK)].map((m) => {
    const lead = m[0].length - m[0].trimStart().length;
    const start = m.index + lead;
    return { text: m[0].slice(lead), start, end: m.index + m[0].length, kind: 'hiddenLink' as const, weight: HIDDEN_LINK_WEIGHT };
  });
}

function discounts(text: string): PromotionSignal[] {
  DISCOUNT.lastIndex = 0;
  return [...text.matchAll(DISCOUNT)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length, kind: 'discount' as const, weight: DISCOUNT_WEIGHT }));
}

function echoesParent(draft: Draft, doc: TextDoc): boolean {
  if (!draft.replyingTo) return false;
  const parent = contentStems(new TextDoc(draft.replyingTo.text));
  let shared = 0;
  for (const stem of contentStems(doc)) if (parent.has(stem) && ++shared >= ECHO_WORDS) return true;
  return false;
}

function droppedLinks(draft: Draft, doc: TextDoc): PromotionSignal[] {
  if (!inSomeoneElsesSpace(draft) || doc.urls.length === 0) return [];
  const elsewhere = doc.urls.filter((url) => !TIMESTAMP_LINK.test(url.text));
  if (elsewhere.length === 0 || echoesParent(draft, doc)) return [];
  const offhand = doc.words.length <= DROPPED_LINK_MAX_WORDS && !doc.prose.includes('?');
  const weight = offhand ? DROPPED_LINK_WEIGHT : LINK_IN_LONG_COMMENT_WEIGHT;
  return [{ ...elsewhere[0]!, kind: 'droppedLink', weight }];
}

/**
 * Merges overlapping signals into one with the heavier weight, so "check out my channel" counts
 * once, as one phrase, rather than as "check out my" plus "my channel".
 */
function mergeOverlaps(signals: PromotionSignal[], text: string): PromotionSignal[] {
  const sorted = signals.sort((a, b) => a.start - b.start);
  const merged: PromotionSignal[] = [];
  for (const signal of sorted) {
    const last = merged[merged.length - 1];
    if (!last || signal.start >= last.end) {
      merged.push(signal);
      continue;
    }
    const heavier = signal.weight > last.weight ? signal : last;
    const end = Math.max(last.end, signal.end);
    merged[merged.length - 1] = { ...heavier, start: last.start, end, text: text.slice(last.start, end) };
  }
  return merged;
}

/** The first match of each term: "please ... PLEASE" is one plea, not two. */
function onePerTerm<T extends TermMatch>(matches: T[]): T[] {
  const seen = new Set<string>();
  return matches.filter((match) => !seen.has(match.term) && seen.add(match.term));
}

const measured = new WeakMap<Draft, PromotionMeasure>();

/**
 * Weighs how much a draft promotes its author against how much it gives the reader. Measured
 * once per draft, which the rule and the calendar balance both ask about: remembered by the
 * draft, as the calendar keeps the draft but not its linted analysis.
 */
export function measurePromotion(draft: Draft, doc: TextDoc): PromotionMeasure {
  let measure = measured.get(draft);
  if (!measure) {
    measure = weighPromotion(draft, doc);
    measured.set(draft, measure);
  }
  return measure;
}

function weighPromotion(draft: Draft, doc: TextDoc): PromotionMeasure {
  const asks = onePerTerm(findWeightedTermsIn(doc, promotionSignals)).map(({ text, start, end, weight }) => ({ text, start, end, kind: 'ask' as const, weight }));
  const signals = mergeOverlaps(
    [...asks, ...discounts(doc.text), ...workMentions(doc), ...droppedLinks(draft, doc), ...patternSignals(doc), ...hiddenLinks(doc.prose)],
    doc.text,
  );
  const factor = inSomeoneElsesSpace(draft) ? IN_OTHERS_SPACE_FACTOR : 1;
  let promotion = 0;
  for (const signal of signals) promotion += signal.kind === 'droppedLink' ? signal.weight : signal.weight * factor;
  let value = 0;
  // A value word inside the ask ("Comment GUIDE below") is part of the bait, not something given.
  if (signals.length > 0) for (const match of withoutOverlapping(findWeightedTermsIn(doc, valueSignals), signals)) value += match.weight;
  return { signals, promotion, value };
}

/** Whether promotion outweighs what the draft gives the reader by at least `threshold`. */
export function isPromotional({ promotion, value }: PromotionMeasure, threshold = PROMOTION_THRESHOLD): boolean {
  return promotion - value >= threshold;
}
