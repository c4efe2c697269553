import type { Rule } from '../define-rule.js';
import { noEmptyPost } from './no-empty-post.js';
import { noSelfPromotion } from './no-self-promotion.js';
import { stayOnTopic } from './stay-on-topic.js';
import { creditTheSource } from './credit-the-source.js';
import { shareTheSpotlight } from './share-the-spotlight.js';
import { noLowEffortReply } from './no-low-effort-reply.js';
import { extendTheConversation } from './extend-the-conversation.js';
import { introduceYourself } from './introduce-yourself.js';
import { noUnansweredFollowUp } from './no-unanswered-follow-up.js';
import { thankSharers } from './thank-sharers.js';
import { noPitch } from './no-pitch.js';
import { noBotMessage } from './no-bot-message.js';
import { noPlaceholder } from './no-placeholder.js';
import { offlineWhenReady } from './offline-when-ready.js';
import { noHostility } from './no-hostility.js';
import { noShouting } from './no-shouting.js';
import { warmTone } from './warm-tone.js';

/** Every built-in rule, in lesson order (6 down to 1), as the post counts them. */
export const rules: readonly Rule[] = [
  noEmptyPost,
  noSelfPromotion,
  stayOnTopic,
  creditTheSource,
  shareTheSpotlight,
  noLowEffortReply,
  extendTheConversation,
  introduceYourself,
  noUnansweredFollowUp,
  thankSharers,
  noPitch,
  noBotMessage,
  noPlaceholder,
  offlineWhenReady,
  noHostility,
  noShouting,
  warmTone,
];
