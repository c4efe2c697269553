import type { Draft, ThreadMessage } from './draft.js';
import { normaliseHandle } from './text.js';

/**
 * Thread authors that can only mean the draft's own author. Exports and hand-written examples
 * often write "@me" instead of the real handle.
 */
const SELF_ALIASES: ReadonlySet<string> = new Set(['me', 'myself', 'self']);

/**
 * Whether the draft's author wrote this thread message. Without `draft.author`, only a message
 * clearly marked as one's own ("@me") counts: guessing from "not the recipient" would blame the
 * author for other people's silence.
 */
export function isOwnMessage(message: ThreadMessage, draft: Draft): boolean {
  const author = normaliseHandle(message.author);
  if (SELF_ALIASES.has(author)) return true;
  return draft.author !== undefined && author === normaliseHandle(draft.author.handle);
}

/** How many of the thread's last messages are the author's own, with no answer after them. */
export function countUnansweredOwnMessages(draft: Draft): number {
  const thread = draft.thread ?? [];
  let count = 0;
  for (let i = thread.length - 1; i >= 0 && isOwnMessage(thread[i]!, draft); i--) count++;
  return count;
}

/** Whether both the author and someone else have written in the thread. */
export function hasBothSides(draft: Draft): boolean {
  const thread = draft.thread ?? [];
  const own = thread.filter((message) => isOwnMessage(message, draft)).length;
  if (own > 0) return own < thread.length;
  return new Set(thread.map((message) => normaliseHandle(message.author))).size >= 2;
}
