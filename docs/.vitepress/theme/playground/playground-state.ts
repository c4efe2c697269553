import type { Channel, DraftInput, DraftKind, Relationship, TriggerType } from '@kindling/rules';

/** One earlier message in the thread, as typed. */
export interface ThreadEntry {
  author: string;
  text: string;
}

/** Everything the playground's form holds: the draft's text and the context around it. */
export interface PlaygroundState {
  text: string;
  kind: DraftKind;
  channel: Channel;
  replyingToAuthor: string;
  replyingToText: string;
  sharingAuthor: string;
  sharingTitle: string;
  sharingUrl: string;
  /** Empty when nothing prompted the draft. */
  triggerType: TriggerType | '';
  triggerBy: string;
  recipientHandle: string;
  /** Empty when unknown. */
  relationship: Relationship | '';
  /** Comma-separated, as typed. */
  topics: string;
  /** Earlier messages, oldest first. */
  thread: ThreadEntry[];
}

export function emptyState(): PlaygroundState {
  return {
    text: '',
    kind: 'post',
    channel: 'other',
    replyingToAuthor: '',
    replyingToText: '',
    sharingAuthor: '',
    sharingTitle: '',
    sharingUrl: '',
    triggerType: '',
    triggerBy: '',
    recipientHandle: '',
    relationship: '',
    topics: '',
    thread: [],
  };
}

/** The groups of context fields the form can show. */
export type ContextGroup = 'replyingTo' | 'sharing' | 'recipient' | 'thread' | 'trigger' | 'topics';

/**
 * The context each kind of draft asks for, in the order the form shows it: a reply or comment
 * asks what it answers, a share what it shares, a DM who receives it and how well you know
 * them. Replies, comments and DMs can carry the earlier messages of their thread.
 */
export const CONTEXT_BY_KIND: Readonly<Record<DraftKind, readonly ContextGroup[]>> = {
  post: ['trigger', 'topics'],
  reply: ['replyingTo', 'thread', 'topics'],
  comment: ['replyingTo', 'thread', 'topics'],
  share: ['sharing', 'topics'],
  dm: ['recipient', 'thread', 'trigger'],
};

const present = (value: string): string | undefined => (value.trim() === '' ? undefined : value.trim());

/**
 * The form as a Draft. Only the context the draft's kind asks for is sent, so a field filled in
 * for another kind (and kept, should the attendee switch back) never changes the feedback, and
 * context left blank is left out, not sent as empty strings.
 */
export function stateToDraft(state: PlaygroundState): DraftInput {
  const asks = new Set(CONTEXT_BY_KIND[state.kind]);
  const draft: DraftInput = { text: state.text, kind: state.kind, channel: state.channel };
  if (asks.has('replyingTo') && present(state.replyingToText)) {
    draft.replyingTo = { author: present(state.replyingToAuthor) ?? 'someone', text: state.replyingToText };
  }
  const sharingAuthor = present(state.sharingAuthor);
  if (asks.has('sharing') && sharingAuthor) {
    const title = present(state.sharingTitle);
    const url = present(state.sharingUrl);
    draft.sharing = { author: sharingAuthor, ...(url ? { url } : {}), ...(title ? { title } : {}) };
  }
  if (asks.has('trigger') && state.triggerType) draft.trigger = { type: state.triggerType, by: present(state.triggerBy) ?? 'someone' };
  const handle = present(state.recipientHandle);
  if (asks.has('recipient') && (handle || state.relationship)) {
    draft.recipient = { handle: handle ?? 'someone', ...(state.relationship ? { relationship: state.relationship } : {}) };
  }
  if (asks.has('thread')) {
    const thread = state.thread
      .filter((entry) => present(entry.text))
      .map((entry) => ({ author: present(entry.author) ?? 'someone', text: entry.text }));
    if (thread.length > 0) draft.thread = thread;
  }
  const topics = state.topics.split(',').map((topic) => topic.trim()).filter(Boolean);
  if (asks.has('topics') && topics.length > 0) draft.community = { topics };
  return draft;
}
