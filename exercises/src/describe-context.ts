import type { ExerciseContext } from './exercise.js';

export interface ContextLine {
  label: string;
  text: string;
}

const KIND_NAMES = { post: 'a post', reply: 'a reply', comment: 'a comment', share: 'a share', dm: 'a direct message' } as const;
const CHANNEL_NAMES = {
  x: 'X',
  linkedin: 'LinkedIn',
  facebook: 'Facebook',
  instagram: 'Instagram',
  mastodon: 'Mastodon',
  bluesky: 'Bluesky',
  threads: 'Threads',
  other: 'social media',
} as const;
const TRIGGER_NAMES = { mention: 'mentioned you', share: 'shared your post', comment: 'commented on your post', follow: 'followed you', dm: 'sent you a message' } as const;

/**
 * The situation of an exercise in plain words, for the site's context card and the terminal's
 * exercise files alike: who you reply to, who shared you, and so on.
 */
export function describeContext(context: ExerciseContext): ContextLine[] {
  const lines: ContextLine[] = [{ label: 'You are writing', text: `${KIND_NAMES[context.kind]} on ${CHANNEL_NAMES[context.channel]}` }];
  if (context.author) lines.push({ label: 'You are', text: context.author.name ? `${context.author.name} (${context.author.handle})` : context.author.handle });
  if (context.trigger) lines.push({ label: 'What happened', text: `${context.trigger.by} ${TRIGGER_NAMES[context.trigger.type]}` });
  if (context.replyingTo) lines.push({ label: `Replying to ${context.replyingTo.author}`, text: `“${context.replyingTo.text}”` });
  if (context.sharing) {
    const what = [context.sharing.title, context.sharing.text && `“${context.sharing.text}”`, context.sharing.url].filter(Boolean).join(' · ');
    lines.push({ label: `Sharing ${context.sharing.author}`, text: what || 'their post' });
  }
  if (context.recipient) {
    lines.push({ label: 'To', text: context.recipient.relationship ? `${context.recipient.handle} (${context.recipient.relationship})` : context.recipient.handle });
  }
  if (context.community) {
    const topics = context.community.topics?.length ? `, which talks about ${context.community.topics.join(', ')}` : '';
    lines.push({ label: 'Community', text: `${context.community.name ?? 'the community'}${topics}` });
  }
  for (const message of context.thread ?? []) {
    lines.push({ label: `Earlier, ${message.author}`, text: `“${message.text}”` });
  }
  return lines;
}
