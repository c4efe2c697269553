import type { Channel, DraftInput, DraftKind, Relationship, TriggerType } from '@kindling/rules';

/** Everything the playground's form holds: the draft's text and the context around it. */
export interface PlaygroundState {
  text: string;
  kind: DraftKind;
  channel: Channel;
  replyingToAuthor: string;
  replyingToText: string;
  sharingAuthor: string;
  sharingTitle: string;
  /** Empty when nothing prompted the draft. */
  triggerType: TriggerType | '';
  triggerBy: string;
  recipientHandle: string;
  /** Empty when unknown. */
  relationship: Relationship | '';
  /** Comma-separated, as typed. */
  topics: string;
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
    triggerType: '',
    triggerBy: '',
    recipientHandle: '',
    relationship: '',
    topics: '',
  };
}

const present = (value: string): string | undefined => (value.trim() === '' ? undefined : value.trim());

/** The form as a Draft: context the attendee left blank is left out, not sent as empty strings. */
export function stateToDraft(state: PlaygroundState): DraftInput {
  const draft: DraftInput = { text: state.text, kind: state.kind, channel: state.channel };
  if (present(state.replyingToText)) {
    draft.replyingTo = { author: present(state.replyingToAuthor) ?? 'someone', text: state.replyingToText };
  }
  const sharingAuthor = present(state.sharingAuthor);
  if (sharingAuthor) {
    const title = present(state.sharingTitle);
    draft.sharing = title ? { author: sharingAuthor, title } : { author: sharingAuthor };
  }
  if (state.triggerType) draft.trigger = { type: state.triggerType, by: present(state.triggerBy) ?? 'someone' };
  const handle = present(state.recipientHandle);
  if (handle || state.relationship) {
    draft.recipient = { handle: handle ?? 'someone', ...(state.relationship ? { relationship: state.relationship } : {}) };
  }
  const topics = state.topics.split(',').map((topic) => topic.trim()).filter(Boolean);
  if (topics.length > 0) draft.community = { topics };
  return draft;
}
