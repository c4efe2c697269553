import { findCredits } from './credit.js';
import type { Draft } from './draft.js';
import { isPromotional, measurePromotion } from './promotion.js';
import type { CalendarBalance } from './result.js';
import type { TextDoc } from './text.js';

/** Rule ids whose firing marks a draft as self-promotion. */
export const SELF_PROMOTION_RULES: readonly string[] = ['no-self-promotion', 'no-pitch'];

/**
 * Whether each draft credits someone, with the text it was worked out for: the batch linter asks
 * while the draft's linted analysis is at hand, so the calendar's balance, run over thousands
 * of kept drafts, need not read any of them again.
 */
const credited = new WeakMap<Draft, { text: string; credits: boolean }>();

/** Shares, reposts and posts that credit someone else's work ("via @sam", "h/t Maria"). */
export function isAmplifying(draft: Draft, doc: TextDoc): boolean {
  if (draft.kind === 'share' || draft.sharing !== undefined) return true;
  let known = credited.get(draft);
  if (known?.text !== draft.text) {
    known = { text: draft.text, credits: findCredits(doc).length > 0 };
    credited.set(draft, known);
  }
  return known.credits;
}

/** Replies, comments, DMs, and posts that ask the community a question. */
export function isConversation(draft: Draft, doc: TextDoc): boolean {
  return draft.kind === 'reply' || draft.kind === 'comment' || draft.kind === 'dm' || doc.text.includes('?');
}

export interface CalendarEntry {
  draft: Draft;
  doc: TextDoc;
  firedRules: ReadonlySet<string>;
}

/**
 * Drafts a promotion rule fired on, or that read as promotion even with those rules off: the
 * balance of a calendar should not change with the severities a user picked.
 */
export function isSelfPromotion(entry: CalendarEntry): boolean {
  if (SELF_PROMOTION_RULES.some((id) => entry.firedRules.has(id))) return true;
  return entry.draft.kind !== 'dm' && isPromotional(measurePromotion(entry.draft, entry.doc));
}

export function measureCalendar(entries: readonly CalendarEntry[]): CalendarBalance {
  const balance: CalendarBalance = { total: entries.length, amplifying: 0, selfPromotion: 0, conversation: 0 };
  for (const entry of entries) {
    if (isAmplifying(entry.draft, entry.doc)) balance.amplifying++;
    if (isSelfPromotion(entry)) balance.selfPromotion++;
    if (isConversation(entry.draft, entry.doc)) balance.conversation++;
  }
  return balance;
}
