import type { RuleDocs } from '../define-rule.js';
import { docs as creditTheSource } from './credit-the-source.js';
import { docs as extendTheConversation } from './extend-the-conversation.js';
import { docs as introduceYourself } from './introduce-yourself.js';
import { docs as noBotMessage } from './no-bot-message.js';
import { docs as noEmptyPost } from './no-empty-post.js';
import { docs as noHostility } from './no-hostility.js';
import { docs as noLowEffortReply } from './no-low-effort-reply.js';
import { docs as noPitch } from './no-pitch.js';
import { docs as noPlaceholder } from './no-placeholder.js';
import { docs as noSelfPromotion } from './no-self-promotion.js';
import { docs as noShouting } from './no-shouting.js';
import { docs as noUnansweredFollowUp } from './no-unanswered-follow-up.js';
import { docs as offlineWhenReady } from './offline-when-ready.js';
import { docs as shareTheSpotlight } from './share-the-spotlight.js';
import { docs as stayOnTopic } from './stay-on-topic.js';
import { docs as thankSharers } from './thank-sharers.js';
import { docs as warmTone } from './warm-tone.js';

/** Why each built-in rule exists, how to fix what it flags, and examples the test suite checks. */
export const ruleDocs: Readonly<Record<string, RuleDocs>> = {
  'credit-the-source': creditTheSource,
  'extend-the-conversation': extendTheConversation,
  'introduce-yourself': introduceYourself,
  'no-bot-message': noBotMessage,
  'no-empty-post': noEmptyPost,
  'no-hostility': noHostility,
  'no-low-effort-reply': noLowEffortReply,
  'no-pitch': noPitch,
  'no-placeholder': noPlaceholder,
  'no-self-promotion': noSelfPromotion,
  'no-shouting': noShouting,
  'no-unanswered-follow-up': noUnansweredFollowUp,
  'offline-when-ready': offlineWhenReady,
  'share-the-spotlight': shareTheSpotlight,
  'stay-on-topic': stayOnTopic,
  'thank-sharers': thankSharers,
  'warm-tone': warmTone,
};
