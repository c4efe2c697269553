import { Channel, DraftKind } from '@kindling/rules';

/**
 * Channel names as scheduling tools write them, after lower-casing. A channel's own name always
 * counts; these are the other spellings.
 */
export const CHANNEL_SYNONYMS: Readonly<Record<string, Channel>> = {
  twitter: 'x',
  'x (twitter)': 'x',
  'twitter (x)': 'x',
  'x/twitter': 'x',
  'twitter/x': 'x',
  'x.com': 'x',
  'linkedin page': 'linkedin',
  'linkedin profile': 'linkedin',
  'linkedin company page': 'linkedin',
  'linkedin company': 'linkedin',
  'linkedin personal': 'linkedin',
  fb: 'facebook',
  'facebook page': 'facebook',
  'facebook group': 'facebook',
  'facebook profile': 'facebook',
  ig: 'instagram',
  insta: 'instagram',
  'instagram business': 'instagram',
  'instagram profile': 'instagram',
  'instagram page': 'instagram',
  'instagram direct': 'instagram',
  bsky: 'bluesky',
  'bluesky social': 'bluesky',
  'threads by instagram': 'threads',
  'instagram threads': 'threads',
};

/** Draft kinds as scheduling tools and inboxes write them, after lower-casing. */
export const KIND_SYNONYMS: Readonly<Record<string, DraftKind>> = {
  'direct message': 'dm',
  'direct messages': 'dm',
  'private message': 'dm',
  message: 'dm',
  pm: 'dm',
  repost: 'share',
  reshare: 'share',
  retweet: 'share',
  'quote post': 'share',
  'quote tweet': 'share',
  replies: 'reply',
  response: 'reply',
  comments: 'comment',
  posts: 'post',
  tweet: 'post',
  update: 'post',
  status: 'post',
  'status update': 'post',
  'scheduled post': 'post',
};

function valueKey(value: string): string {
  return value.trim().toLowerCase().replace(/\s+/gu, ' ');
}

const CHANNELS: ReadonlySet<string> = new Set(Channel.options);
const KINDS: ReadonlySet<string> = new Set(DraftKind.options);

/** The channel a written value means, whatever its case, or undefined when Kindling does not know it. */
export function channelFromValue(value: string): Channel | undefined {
  const key = valueKey(value);
  return CHANNELS.has(key) ? (key as Channel) : Object.hasOwn(CHANNEL_SYNONYMS, key) ? CHANNEL_SYNONYMS[key] : undefined;
}

/** The draft kind a written value means, whatever its case, or undefined when Kindling does not know it. */
export function kindFromValue(value: string): DraftKind | undefined {
  const key = valueKey(value);
  return KINDS.has(key) ? (key as DraftKind) : Object.hasOwn(KIND_SYNONYMS, key) ? KIND_SYNONYMS[key] : undefined;
}
