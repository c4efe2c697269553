import type { Draft } from './draft.js';

/**
 * Whether the draft talks to someone in particular: a reply, a comment, a DM, or anything that
 * names the post it answers. Lesson 4 ("Talk" to people) judges only these.
 */
export function isTalkingToSomeone(draft: Draft): boolean {
  return draft.kind === 'reply' || draft.kind === 'comment' || draft.kind === 'dm' || draft.replyingTo !== undefined;
}
