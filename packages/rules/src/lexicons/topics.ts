import { defineLexicon } from '../lexicon.js';

/**
 * Word endings stripped when comparing a draft with a community's topics, longest first, so
 * "freelancers" and "freelancing" meet at "freelanc" and "tweet chats" at "tweet chat".
 */
export const topicSuffixes: readonly string[] = ['ations', 'ation', 'ings', 'ing', 'ers', 'er', 'ies', 'es', 'ed', 'ly', 's'];

/**
 * Groups of single words that name the same topic. A community that lists one of them is also
 * talking about the others: a post about a "day rate" is a post about "pricing".
 */
export const topicFamilies: readonly { readonly id: string; readonly terms: readonly string[] }[] = [
  { id: 'pricing', terms: ['price', 'pricing', 'rate', 'fee', 'cost', 'charge', 'quote', 'invoice', 'budget', 'discount', 'paid', 'pay', 'payment', 'retainer'] },
  { id: 'freelancing', terms: ['freelance', 'freelancer', 'freelancing', 'self-employed', 'contractor', 'consultant', 'client', 'gig', 'solopreneur'] },
  { id: 'community', terms: ['community', 'member', 'group', 'forum', 'meetup', 'moderator', 'tribe'] },
  { id: 'chats', terms: ['chat', 'tweetchat', 'twitterchat', 'ama', 'livestream', 'podcast'] },
  { id: 'marketing', terms: ['marketing', 'marketer', 'brand', 'branding', 'campaign', 'advertising', 'audience', 'seo', 'funnel'] },
  { id: 'social media', terms: ['social', 'twitter', 'linkedin', 'facebook', 'instagram', 'tiktok', 'mastodon', 'bluesky', 'youtube', 'hashtag', 'follower'] },
  { id: 'writing', terms: ['writing', 'writer', 'blog', 'article', 'copywriting', 'newsletter', 'essay', 'editing', 'draft'] },
  { id: 'design', terms: ['design', 'designer', 'ux', 'ui', 'typography', 'layout', 'illustration'] },
  { id: 'careers', terms: ['career', 'job', 'hiring', 'hire', 'interview', 'resume', 'cv', 'recruiter', 'salary', 'promotion'] },
  { id: 'networking', terms: ['networking', 'network', 'connection', 'introduction', 'event', 'conference'] },
  { id: 'cooking', terms: ['cooking', 'cook', 'recipe', 'chef', 'kitchen', 'baking', 'food', 'dish', 'dessert'] },
  { id: 'photography', terms: ['photography', 'photo', 'photographer', 'camera', 'lens', 'portrait'] },
  { id: 'fitness', terms: ['fitness', 'workout', 'training', 'running', 'gym', 'exercise'] },
  { id: 'money', terms: ['finance', 'money', 'investing', 'saving', 'budget', 'debt', 'income'] },
  { id: 'software', terms: ['code', 'coding', 'programming', 'developer', 'software', 'javascript', 'typescript', 'python', 'bug', 'release'] },
];

/** Words of a topic that say nothing about it on their own: "tips" in "pricing tips". */
export const topicNoiseWords = defineLexicon({
  terms: ['tip', 'tips', 'advice', 'news', 'general', 'discussion', 'help', 'question', 'questions', 'best', 'practice', 'practices', 'and', 'the', 'of', 'for', 'in', 'on', 'with', 'a', 'an', '&'],
});
