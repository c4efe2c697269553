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

// `as const` keeps each rule's id and options schema in the type, so a config's rule settings
// can be typed per rule id (see RuleSettings in config.ts).
const builtInRules = [
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
] as const;

/** The type of any one built-in rule, with its own id, message ids and options schema. */
export type BuiltInRule = (typeof builtInRules)[number];

/** The id of a built-in rule. */
export type BuiltInRuleId = BuiltInRule['id'];

/** Every built-in rule, in lesson order (6 down to 1), as the post counts them. */
export const rules: readonly Rule[] = builtInRules;
