import type { Draft } from './draft.js';
import type { CalendarBalance } from './result.js';
import type { TextDoc } from './text.js';

/** Rule ids whose firing marks a draft as self-promotion. */
export const SELF_PROMOTION_RULES: readonly string[] = ['no-self-promotion', 'no-pitch'];

const CREDIT_MARKER = /(?<![\p{L}\p{N}])(?:h\/t|ht|via|hat tip|rt|shout-?out to|credit:?|by)\s+@?[\p{L}\p{N}_.]/iu;

/** Shares, reposts and posts that credit someone else's work. */
export function isAmplifying(draft: Draft, doc: TextDoc): boolean {
  return draft.kind === 'share' || draft.sharing !== undefined || CREDIT_MARKER.test(doc.text);
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

export function isSelfPromotion(entry: CalendarEntry): boolean {
  return SELF_PROMOTION_RULES.some((id) => entry.firedRules.has(id));
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
